import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { Connection, keysetPage, keysetSort, pageSize, RequestContext } from '@yigou/server/core';
import { queryNamed } from '@yigou/server/database';
import { requireDisplayName } from '../dto/display-name.field';
import type { Role } from '@yigou/shared/domain';
import { hashPassword } from './password';
import { recordRoleChange, type RoleChange } from '../people/services/role-change-log';
import { RoleGrantEntity } from '../entities/role-grant.entity';
import { User } from '../entities/user.entity';
import { WorkUnit } from '../entities/work-unit.entity';
import { AuthenticatedUserCache } from '../user-cache/services/authenticated-user-cache';
import { GRANT_ROLE_ONCE, USERS_WITH_GRANT } from '../sql/users.sql';

export interface DemoAccountSpec {
  username: string;
  displayName: string;
  phone?: string;
  email?: string;
  unitId?: string | null;
  grants: { role: Role; unitId?: string | null; supplierId?: string | null; regionCode?: string | null }[];
}

export const DEMO_PASSWORD = 'yigou-demo';

@Injectable()
export class UserService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly cache: AuthenticatedUserCache,
  ) {}

  findById(id: string): Promise<User | null> {
    return this.db.getRepository(User).findOneBy({ id });
  }

  grantsForUsers(userIds: readonly string[]): Promise<RoleGrantEntity[]> {
    return this.db.getRepository(RoleGrantEntity).find({ where: { userId: In([...userIds]) }, order: { createdAt: 'ASC', role: 'ASC' } });
  }

  unitsByIds(ids: readonly string[]): Promise<WorkUnit[]> {
    return this.db.getRepository(WorkUnit).findBy({ id: In([...ids]) });
  }

  unitByDemoKey(key: string): Promise<WorkUnit | null> {
    return this.db.getRepository(WorkUnit).findOneBy({ demoKey: key });
  }

  async updateProfile(ctx: RequestContext, displayName: string): Promise<User> {
    const me = ctx.requireUser();
    const name = requireDisplayName(displayName);
    await this.db.getRepository(User).update({ id: me.id }, { displayName: name });
    // The name is part of the per-request read (`me` answers with it): the next request, wherever it goes, sees it.
    await this.cache.settled();
    return this.db.getRepository(User).findOneByOrFail({ id: me.id });
  }

  /** Platform admins' user list: newest first, keyset-paginated on (created_at, id). */
  async list(
    search: string | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Connection<User>> {
    const size = pageSize(first);
    const qb = this.db.getRepository(User).createQueryBuilder('u');
    const text = search?.trim();
    if (text) {
      const like = `%${text.replace(/[\\%_]/g, (c) => '\\' + c)}%`;
      qb.where('(u.display_name ILIKE :like OR u.username ILIKE :like OR u.phone LIKE :like OR u.email ILIKE :like)', { like });
    }
    return keysetPage(qb, keysetSort('u', 'created_at', 'timestamptz'), size, after);
  }

  /** Creates the demo accounts that are missing (idempotent: existing usernames are left alone). */
  async ensureDemoAccounts(specs: DemoAccountSpec[]): Promise<number> {
    const existing = await this.db.getRepository(User).find({ where: { username: In(specs.map((s) => s.username)) } });
    const have = new Set(existing.map((u) => u.username));
    const missing = specs.filter((s) => !have.has(s.username));
    if (missing.length === 0) return 0;
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    await this.db.transaction(async (em) => {
      for (const spec of missing) {
        const user = await em.getRepository(User).save(
          em.getRepository(User).create({
            username: spec.username,
            displayName: spec.displayName,
            phone: spec.phone ?? null,
            email: spec.email ?? null,
            unitId: spec.unitId ?? null,
            passwordHash,
          }),
        );
        await em.getRepository(RoleGrantEntity).insert(
          spec.grants.map((g) => ({
            userId: user.id,
            role: g.role,
            unitId: g.unitId ?? null,
            supplierId: g.supplierId ?? null,
            regionCode: g.regionCode ?? null,
          })),
        );
      }
    });
    return missing.length;
  }

  /**
   * A transaction that changes someone's per-request read (a grant, their unit, their sessions): it answers once it
   * is committed and every API process has dropped what it cached before, so the very next request, wherever it
   * goes, sees the change. Other domains that grant roles (a supplier application) open theirs with this.
   */
  changeIdentity<R>(work: (em: EntityManager) => Promise<R>): Promise<R> {
    return this.cache.transaction(this.db, work);
  }

  /**
   * Gives a user a scoped role inside the caller's transaction, with its entry in the role audit log (who gave it, as
   * which role, why); a no-op, logging nothing, when they already hold it. The transaction must come from
   * `changeIdentity` (it throws otherwise: the grant would reach the holder's requests only when the cache next hears
   * of it). For roles that other flows give (a supplier application); the people desk (RoleAdminService) grants with
   * its own scope checks.
   */
  async grantRole(
    em: EntityManager,
    userId: string,
    grant: { role: Role; unitId?: string | null; supplierId?: string | null; regionCode?: string | null },
    by: Pick<RoleChange, 'actor' | 'actorRole' | 'reason'> & { scopeLabel: string | null },
  ): Promise<void> {
    if (!this.cache.settles(em)) throw new Error('UserService.grantRole must run inside UserService.changeIdentity');
    const inserted = await queryNamed(em, GRANT_ROLE_ONCE, {
      userId,
      role: grant.role,
      unitId: grant.unitId ?? null,
      supplierId: grant.supplierId ?? null,
      regionCode: grant.regionCode ?? null,
    });
    if (inserted.length === 0) return;
    const target = await em.getRepository(User).findOneOrFail({ where: { id: userId }, select: { id: true, displayName: true } });
    await recordRoleChange(em, {
      actor: by.actor,
      actorRole: by.actorRole,
      target,
      action: 'grant',
      reason: by.reason,
      what: { ...grant, scopeLabel: by.scopeLabel },
    });
  }

  /** Users holding `role` scoped to this supplier, or to one of these region codes (exact codes). */
  async userIdsWithGrant(
    role: Role,
    scope: { supplierId?: string; regionCodes?: string[] },
    em: EntityManager = this.db.manager,
  ): Promise<string[]> {
    const rows = await queryNamed(em, USERS_WITH_GRANT, {
      role,
      supplierId: scope.supplierId ?? null,
      regionCodes: scope.regionCodes ?? [],
    });
    return rows.map((r) => r.user_id);
  }
}
