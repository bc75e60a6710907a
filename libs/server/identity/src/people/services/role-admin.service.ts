import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AuthenticatedUser, badInput, notFound, RequestContext } from '@yigou/server/core';
import { executeNamed, queryNamed } from '@yigou/server/database';
import { ROLE_SCOPE } from '@yigou/shared/domain';
import { RoleGrantEntity } from '../../entities/role-grant.entity';
import { AuthSession } from '../../entities/session.entity';
import { User } from '../../entities/user.entity';
import type { GrantRoleInput } from '../dto/people.types';
import {
  accountSuspended,
  alreadyHolds,
  grantNotFound,
  lastPlatformAdmin,
  notAMember,
  outOfScope,
  personNotFound,
  reasonRequired,
  unknownPhone,
} from '../errors';
import type { RoleAuditAction } from '../entities/role-audit-entry.entity';
import { recordRoleChange } from './role-change-log';
import { appointingRole, AppointingRole, reasonProblem, scopeShapeProblem, ScopedRole } from './role-policy';
import { ScopeLabels } from './scope-labels';
import { AuthenticatedUserCache } from '../../user-cache/services/authenticated-user-cache';
import { DELETE_GRANT, HOLDS_GRANT, LOCK_PEOPLE, OTHER_ACTIVE_ADMINS } from '../sql/role-admin.sql';

/** Every change that could leave the platform without an admin takes this lock first (withdrawing platform_admin, suspending). */
const PLATFORM_ADMINS_LOCK = 'people:platform-admins';

/**
 * Grants and withdraws roles, suspends and restores accounts, each with its audit entry in the same
 * transaction. Roles are read from `role_grant` on every request (AuthService's per-request lookup), so a
 * withdrawal or suspension counts from the holder's next request; tokens carry no roles.
 */
@Injectable()
export class RoleAdminService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly scopes: ScopeLabels,
    private readonly cache: AuthenticatedUserCache,
  ) {}

  async grant(ctx: RequestContext, input: GrantRoleInput): Promise<{ user: User; scope: ScopedRole }> {
    const me = ctx.requireUser();
    const reason = this.reason(input.reason);
    const g: ScopedRole = {
      role: input.role,
      unitId: input.unitId || null,
      supplierId: input.supplierId || null,
      regionCode: input.regionCode?.trim() || null,
    };
    const shape = scopeShapeProblem(g);
    if (shape) throw badInput(shape.message, shape.field);
    const as = this.appointer(me, g);
    const target = await this.target(input);
    const scopeLabel = await this.requireScope(g);
    if (as === 'unit_admin' && target.unitId !== g.unitId) throw notAMember();
    await this.cache.transaction(this.db, async (em) => {
      await queryNamed(em, LOCK_PEOPLE, { key: `people:user:${target.id}` });
      const fresh = await em.getRepository(User).findOneBy({ id: target.id });
      if (!fresh) throw personNotFound();
      if (fresh.disabled) throw accountSuspended();
      const held = await queryNamed(em, HOLDS_GRANT, {
        userId: target.id,
        role: g.role,
        unitId: g.unitId,
        supplierId: g.supplierId,
        regionCode: g.regionCode,
      });
      if (held.length) throw alreadyHolds();
      await em.getRepository(RoleGrantEntity).insert({ userId: target.id, ...g });
      await this.audit(em, me, as, fresh, 'grant', reason, { ...g, scopeLabel });
    });
    return { user: target, scope: g };
  }

  async withdraw(ctx: RequestContext, grantId: string, rawReason: string): Promise<{ user: User; scope: ScopedRole }> {
    const me = ctx.requireUser();
    const reason = this.reason(rawReason);
    const grant = await this.db.getRepository(RoleGrantEntity).findOneBy({ id: grantId });
    if (!grant) throw grantNotFound();
    if (grant.role === 'buyer') throw badInput('个人买家身份随注册自动拥有，不能撤销', 'grantId');
    const as = this.appointer(me, grant);
    const scopeLabel = ROLE_SCOPE[grant.role] ? await this.scopes.label(grant) : null;
    return this.cache.transaction(this.db, async (em) => {
      if (grant.role === 'platform_admin') {
        await queryNamed(em, LOCK_PEOPLE, { key: PLATFORM_ADMINS_LOCK });
        if ((await this.otherActiveAdmins(em, { grantId: grant.id })) === 0) throw lastPlatformAdmin('withdraw');
      }
      if ((await executeNamed(em, DELETE_GRANT, { grantId: grant.id })) === 0) throw grantNotFound();
      const target = await em.getRepository(User).findOneByOrFail({ id: grant.userId });
      await this.audit(em, me, as, target, 'withdraw', reason, { ...grant, scopeLabel });
      return { user: target, scope: grant };
    });
  }

  /** Stops the account: it cannot sign in, its sessions end and its access tokens are refused from the next request. */
  async suspend(ctx: RequestContext, userId: string, rawReason: string): Promise<User> {
    const me = ctx.requireUser();
    const reason = this.reason(rawReason);
    if (userId === me.id) throw badInput('不能停用自己的账号', 'userId');
    return this.cache.transaction(this.db, async (em) => {
      await queryNamed(em, LOCK_PEOPLE, { key: PLATFORM_ADMINS_LOCK });
      const target = await em.getRepository(User).findOne({ where: { id: userId }, lock: { mode: 'pessimistic_write' } });
      if (!target) throw personNotFound();
      if (target.disabled) throw badInput('该账号已停用', 'userId');
      const isAdmin = await em.getRepository(RoleGrantEntity).exists({ where: { userId, role: 'platform_admin' } });
      if (isAdmin && (await this.otherActiveAdmins(em, { userId })) === 0) throw lastPlatformAdmin('suspend');
      await em.getRepository(User).update({ id: userId }, { disabled: true });
      await em.getRepository(AuthSession).update({ userId, revokedAt: IsNull() }, { revokedAt: ctx.now });
      await this.audit(em, me, 'platform_admin', target, 'suspend', reason, null);
      return { ...target, disabled: true };
    });
  }

  async restore(ctx: RequestContext, userId: string, rawReason: string): Promise<User> {
    const me = ctx.requireUser();
    const reason = this.reason(rawReason);
    return this.cache.transaction(this.db, async (em) => {
      const target = await em.getRepository(User).findOne({ where: { id: userId }, lock: { mode: 'pessimistic_write' } });
      if (!target) throw personNotFound();
      if (!target.disabled) throw badInput('该账号未停用，无需恢复', 'userId');
      await em.getRepository(User).update({ id: userId }, { disabled: false });
      await this.audit(em, me, 'platform_admin', target, 'restore', reason, null);
      return { ...target, disabled: false };
    });
  }

  private reason(raw: string | null | undefined): string {
    const problem = reasonProblem(raw);
    if (problem) throw reasonRequired(problem);
    return (raw ?? '').trim();
  }

  private appointer(me: AuthenticatedUser, g: ScopedRole): AppointingRole {
    const decision = appointingRole(me.grants, g);
    if ('refused' in decision) throw outOfScope(decision.refused);
    return decision.as;
  }

  private async target(input: GrantRoleInput): Promise<User> {
    if (!!input.userId === !!input.phone) throw badInput('请选择一位用户，或输入其注册手机号', input.userId ? 'phone' : 'userId');
    const users = this.db.getRepository(User);
    if (input.phone) {
      const found = await users.findOneBy({ phone: input.phone });
      if (!found) throw unknownPhone();
      return found;
    }
    const found = await users.findOneBy({ id: input.userId! });
    if (!found) throw personNotFound();
    return found;
  }

  /** The scope's name; refuses a unit, supplier or county that does not exist. */
  private async requireScope(g: ScopedRole): Promise<string | null> {
    const kind = ROLE_SCOPE[g.role];
    if (!kind) return null;
    const label = await this.scopes.label(g);
    if (label) return label;
    if (kind === 'unit') throw notFound('找不到该工作单位');
    if (kind === 'supplier') throw notFound('找不到该供应商');
    throw badInput('找不到该县（区），请从列表中选择', 'regionCode');
  }

  /** Platform admins other than this grant (or this person) whose accounts are not suspended. */
  private async otherActiveAdmins(em: EntityManager, except: { grantId?: string; userId?: string }): Promise<number> {
    const [{ n }] = await queryNamed(em, OTHER_ACTIVE_ADMINS, {
      exceptGrantId: except.grantId ?? null,
      exceptUserId: except.userId ?? null,
    });
    return n;
  }

  private audit(
    em: EntityManager,
    actor: AuthenticatedUser,
    actorRole: AppointingRole,
    target: User,
    action: RoleAuditAction,
    reason: string,
    what: (ScopedRole & { scopeLabel: string | null }) | null,
  ): Promise<unknown> {
    return recordRoleChange(em, { actor, actorRole, target, action, reason, what });
  }
}
