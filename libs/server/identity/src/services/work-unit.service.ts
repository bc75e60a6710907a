import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager, In, IsNull, MoreThan } from 'typeorm';
import { badInput, Connection, forbidden, notFound, pageSize, RequestContext, keysetConnection } from '@yigou/server/core';
import { namedValues, queryNamed } from '@yigou/server/database';
import { NotificationService } from '@yigou/server/notifications';
import { ROLE_LABELS, ROLE_SCOPE, ROLES, type Role } from '@yigou/shared/domain';
import { UnitJoinRequest } from '../entities/unit-join-request.entity';
import { UnitMembershipEvent } from '../entities/unit-membership-event.entity';
import { WorkUnitInvite } from '../entities/work-unit-invite.entity';
import { User } from '../entities/user.entity';
import { WorkUnit } from '../entities/work-unit.entity';
import { AuthenticatedUserCache } from '../user-cache/services/authenticated-user-cache';
import { alreadyInUnit, alreadyUnitMember, joinRequestPending } from '../errors';
import { recordRoleChange } from '../people/services/role-change-log';
import { type ActorGrant, appointingRole } from '../people/services/role-policy';
import { DROP_UNIT_GRANTS } from '../sql/unit-grants.sql';
import {
  CURRENT_UNIT_OF_USER,
  UNIT_ADMIN_IDS,
  UNIT_ANCESTORS,
  UNIT_AUDIENCE,
  UNIT_SUBTREE,
  UNITS_IN_REGION,
  UNITS_OF_USER,
  unitSearchSql,
  type UnitSearchRow,
} from '../sql/work-unit.sql';

const INVITE_DAYS = 30;
/**
 * The roles held in a unit (单位管理员, 单位采购员): they end with the membership. Not the buyer grant, which may name the
 * unit too (demo accounts' do) but is everyone's from registration.
 */
const UNIT_ROLES = ROLES.filter((r) => r !== 'buyer' && ROLE_SCOPE[r] === 'unit');
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** What anyone signed in may see of a unit when looking for one to join: no headcount or budgets. */
export interface UnitSearchHit {
  id: string;
  name: string;
  regionCode: string;
  parentName: string | null;
}

/** A person's own join request with the unit's name. */
export type MyJoinRequest = UnitJoinRequest & { unitName: string };

const MY_REQUESTS_LIMIT = 50;

/** Work units (预算单位) as a tree, and their members: invitations, join requests, leaving. */
@Injectable()
export class WorkUnitService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly notifications: NotificationService,
    private readonly cache: AuthenticatedUserCache,
  ) {}

  async unitById(id: string): Promise<WorkUnit> {
    const unit = await this.db.getRepository(WorkUnit).findOneBy({ id });
    if (!unit) throw notFound('找不到该工作单位');
    return unit;
  }

  unitsByIds(ids: readonly string[]): Promise<WorkUnit[]> {
    return ids.length ? this.db.getRepository(WorkUnit).findBy({ id: In([...ids]) }) : Promise.resolve([]);
  }

  /** Units whose region is this code or inside it (a city covers its counties). */
  unitsInRegion(regionPrefix: string): Promise<WorkUnit[]> {
    return queryNamed(this.db, UNITS_IN_REGION, { regionLike: `${regionPrefix}%` }).then((rows) =>
      rows.map((r) => ({ ...r, canteenBudgetFen: Number(r.canteenBudgetFen) }) as WorkUnit),
    );
  }

  /** The unit and every unit under it (主管单位 → subordinates), by a recursive walk of the tree. */
  async subtreeIds(unitId: string): Promise<string[]> {
    const rows = await queryNamed(this.db, UNIT_SUBTREE, { unitId });
    return rows.map((r) => r.id);
  }

  /** Units a user belongs to now or has belonged to (membership history), current first. */
  async unitsOfUser(userId: string): Promise<WorkUnit[]> {
    const rows = await queryNamed(this.db, UNITS_OF_USER, { userId });
    const units = await this.unitsByIds(rows.map((r) => r.id));
    const [me] = await queryNamed(this.db, CURRENT_UNIT_OF_USER, { userId });
    return units.sort((a, b) => Number(b.id === me?.unit_id) - Number(a.id === me?.unit_id) || a.name.localeCompare(b.name, 'zh-CN'));
  }

  /** The 主管单位 chain above a unit, nearest first. */
  async ancestors(unitId: string): Promise<WorkUnit[]> {
    const rows = await queryNamed(this.db, UNIT_ANCESTORS, { unitId });
    const units = new Map((await this.unitsByIds(rows.map((r) => r.id))).map((u) => [u.id, u]));
    return rows.map((r) => units.get(r.id)).filter((u): u is WorkUnit => !!u);
  }

  members(unitId: string): Promise<User[]> {
    return this.db.getRepository(User).find({ where: { unitId }, order: { displayName: 'ASC' } });
  }

  /**
   * Who hears about these units (quota reminders): each unit's members and the people who administer it, one row per
   * (unit, person). A read function run in the caller's transaction.
   */
  unitAudience(em: EntityManager, unitIds: readonly string[]): Promise<{ unitId: string; userId: string }[]> {
    if (unitIds.length === 0) return Promise.resolve([]);
    return queryNamed(em, UNIT_AUDIENCE, { unitIds });
  }

  usersByIds(ids: readonly string[]): Promise<User[]> {
    return ids.length ? this.db.getRepository(User).findBy({ id: In([...ids]) }) : Promise.resolve([]);
  }

  isUnitAdmin(ctx: RequestContext, unitId: string): boolean {
    return ctx.hasRole('platform_admin') || ctx.grantsFor('unit_admin').some((g) => g.unitId === unitId);
  }

  requireUnitAdmin(ctx: RequestContext, unitId: string): void {
    if (!this.isUnitAdmin(ctx, unitId)) throw forbidden('只有本单位的管理员可以执行此操作');
  }

  async createInvite(ctx: RequestContext, unitId: string): Promise<WorkUnitInvite> {
    const user = ctx.requireUser();
    this.requireUnitAdmin(ctx, unitId);
    await this.unitById(unitId);
    const code = Array.from(randomBytes(8), (b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join('');
    return this.db.getRepository(WorkUnitInvite).save({
      code,
      unitId,
      createdBy: user.id,
      expiresAt: new Date(ctx.now.getTime() + INVITE_DAYS * 86400_000),
      revokedAt: null,
    });
  }

  /** The newest invitation of the unit that still works, so the admin can show it again instead of minting one each visit. */
  activeInvite(ctx: RequestContext, unitId: string): Promise<WorkUnitInvite | null> {
    this.requireUnitAdmin(ctx, unitId);
    return this.db.getRepository(WorkUnitInvite).findOne({
      where: { unitId, revokedAt: IsNull(), expiresAt: MoreThan(ctx.now) },
      order: { createdAt: 'DESC' },
    });
  }

  /** What a code leads to, shown before joining; refused like joining for a bad or expired code. */
  async invitePreview(ctx: RequestContext, code: string): Promise<{ invite: WorkUnitInvite; unit: WorkUnit }> {
    ctx.requireUser();
    const invite = await this.validInvite(ctx, code);
    return { invite, unit: await this.unitById(invite.unitId) };
  }

  private async validInvite(ctx: RequestContext, code: string): Promise<WorkUnitInvite> {
    const invite = await this.db.getRepository(WorkUnitInvite).findOneBy({ code: code.trim().toUpperCase(), revokedAt: IsNull() });
    if (!invite || invite.expiresAt <= ctx.now) throw badInput('邀请码无效或已过期', 'code');
    return invite;
  }

  /** Joins the unit of a valid invitation at once (the invitation is the admin's consent). */
  async joinByCode(ctx: RequestContext, code: string): Promise<WorkUnit> {
    const user = ctx.requireUser();
    const invite = await this.validInvite(ctx, code);
    await this.cache.transaction(this.db, (em) => this.bind(em, user.id, invite.unitId, user.id));
    return this.unitById(invite.unitId);
  }

  /**
   * Finds units by parts of their name (every word must match), optionally inside a region
   * (a city code covers its counties); keyset-paginated on (name, id).
   */
  async searchUnits(
    ctx: RequestContext,
    search: string,
    regionCode: string | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Connection<UnitSearchHit>> {
    ctx.requireUser();
    const size = pageSize(first);
    const words = search.trim().split(/\s+/).filter(Boolean).slice(0, 5);
    if (!words.length) throw badInput('请输入单位名称', 'search');
    const params: Record<string, unknown> = {};
    words.forEach((w, i) => (params[`word${i}`] = `%${w.replace(/[\\%_]/g, (c) => '\\' + c)}%`));
    const region = regionCode?.trim();
    if (region) {
      if (!/^\d{2,12}$/.test(region)) throw badInput('行政区划代码格式不正确', 'regionCode');
      params.regionLike = `${region}%`;
    }
    const sql = unitSearchSql(words.length, !!region, after, size + 1);
    const count = await queryNamed(this.db, sql.count, params);
    const rows: UnitSearchRow[] = await this.db.query(sql.page.text, [...namedValues(sql.page, params), ...sql.keysetParams]);
    return keysetConnection(
      rows.map(({ id, name, regionCode, parentName }) => ({ id, name, regionCode, parentName })),
      rows,
      size,
      count[0].n,
    );
  }

  /**
   * Asks to join a unit. Refused when the person is already in a unit, or already waits on a
   * request (one pending request per person, enforced by a partial unique index too).
   */
  async requestToJoin(ctx: RequestContext, unitId: string): Promise<UnitJoinRequest> {
    const user = ctx.requireUser();
    const unit = await this.unitById(unitId);
    const me = await this.db.getRepository(User).findOneByOrFail({ id: user.id });
    if (me.unitId) throw me.unitId === unitId ? alreadyUnitMember() : alreadyInUnit();
    const pending = await this.db.getRepository(UnitJoinRequest).findOneBy({ userId: user.id, status: 'pending' });
    if (pending) throw joinRequestPending(pending.unitId === unitId);
    try {
      return await this.db.transaction(async (em) => {
        const request = await em
          .getRepository(UnitJoinRequest)
          .save({ unitId, userId: user.id, status: 'pending', decidedBy: null, decidedAt: null, reason: null });
        await this.notifications.send(em, await this.unitAdminIds(em, unitId), {
          kind: 'unit_join_request',
          title: '新的加入单位申请',
          body: `${me.displayName} 申请加入 ${unit.name}，请在“单位成员”中审批。`,
          refType: 'work_unit',
          refId: unitId,
        });
        return request;
      });
    } catch (e) {
      if ((e as { code?: string }).code === '23505') throw joinRequestPending(false);
      throw e;
    }
  }

  /** The caller's own requests, newest first (the latest 50), with the unit's name. */
  async myJoinRequests(ctx: RequestContext): Promise<MyJoinRequest[]> {
    const user = ctx.requireUser();
    const requests = await this.db
      .getRepository(UnitJoinRequest)
      .find({ where: { userId: user.id }, order: { createdAt: 'DESC', id: 'DESC' }, take: MY_REQUESTS_LIMIT });
    const names = new Map((await this.unitsByIds([...new Set(requests.map((r) => r.unitId))])).map((u) => [u.id, u.name]));
    return requests.map((r) => Object.assign(r, { unitName: names.get(r.unitId) ?? '' }));
  }

  /** The requester takes back a request that still waits for a decision. */
  async withdrawJoinRequest(ctx: RequestContext, requestId: string): Promise<UnitJoinRequest> {
    const user = ctx.requireUser();
    const request = await this.db.getRepository(UnitJoinRequest).findOneBy({ id: requestId, userId: user.id });
    if (!request) throw notFound('找不到该加入申请');
    const res = await this.db
      .createQueryBuilder()
      .update(UnitJoinRequest)
      .set({ status: 'withdrawn', decidedBy: user.id, decidedAt: ctx.now })
      .where('id = :id AND status = :pending', { id: requestId, pending: 'pending' })
      .execute();
    if (!res.affected) throw badInput('该申请已处理，无法撤回', 'requestId');
    return this.db.getRepository(UnitJoinRequest).findOneByOrFail({ id: requestId });
  }

  joinRequests(ctx: RequestContext, unitId: string): Promise<UnitJoinRequest[]> {
    this.requireUnitAdmin(ctx, unitId);
    return this.db.getRepository(UnitJoinRequest).find({ where: { unitId, status: 'pending' }, order: { createdAt: 'ASC' } });
  }

  async decideJoinRequest(ctx: RequestContext, requestId: string, approve: boolean, reason?: string | null): Promise<UnitJoinRequest> {
    const actor = ctx.requireUser();
    const request = await this.db.getRepository(UnitJoinRequest).findOneBy({ id: requestId });
    if (!request) throw notFound('找不到该加入申请');
    this.requireUnitAdmin(ctx, request.unitId);
    // An approval moves the member's unit (app_user.unit_id, part of the per-request read).
    return this.cache.transaction(this.db, async (em) => {
      const res = await em
        .createQueryBuilder()
        .update(UnitJoinRequest)
        .set({
          status: approve ? 'approved' : 'rejected',
          decidedBy: actor.id,
          decidedAt: ctx.now,
          reason: approve ? null : reason?.trim() || null,
        })
        .where('id = :id AND status = :pending', { id: requestId, pending: 'pending' })
        .execute();
      if (!res.affected) throw badInput('该申请已处理', 'requestId');
      if (approve) await this.bind(em, request.userId, request.unitId, actor.id);
      const decided = await em.getRepository(UnitJoinRequest).findOneByOrFail({ id: requestId });
      const unit = await em.getRepository(WorkUnit).findOneByOrFail({ id: request.unitId });
      await this.notifications.send(em, [request.userId], {
        kind: approve ? 'unit_join_approved' : 'unit_join_rejected',
        title: approve ? `已加入 ${unit.name}` : `加入 ${unit.name} 的申请未通过`,
        body: approve ? '单位管理员已批准您的加入申请，此后的订单将计入该单位。' : `原因：${decided.reason ?? '未说明'}`,
        refType: 'work_unit',
        refId: unit.id,
      });
      return decided;
    });
  }

  async leaveUnit(ctx: RequestContext): Promise<boolean> {
    const user = ctx.requireUser();
    const me = await this.db.getRepository(User).findOneByOrFail({ id: user.id });
    if (!me.unitId) throw badInput('您当前不属于任何单位');
    await this.cache.transaction(this.db, (em) => this.unbind(em, me.id, me.unitId as string, { actor: me, actorRole: 'buyer' }, 'left'));
    return true;
  }

  async removeMember(ctx: RequestContext, unitId: string, userId: string): Promise<boolean> {
    const actor = ctx.requireUser();
    this.requireUnitAdmin(ctx, unitId);
    const actorRole: Role = ctx.grantsFor('unit_admin').some((g) => g.unitId === unitId) ? 'unit_admin' : 'platform_admin';
    await this.cache.transaction(this.db, (em) => this.unbind(em, userId, unitId, { actor, actorRole, grants: actor.grants }, 'removed'));
    return true;
  }

  /** Users who administer this unit (their role grant is scoped to it). */
  private async unitAdminIds(em: EntityManager, unitId: string): Promise<string[]> {
    const rows = await queryNamed(em, UNIT_ADMIN_IDS, { unitId });
    return rows.map((r) => r.user_id);
  }

  /** A user belongs to at most one unit: the conditional update refuses a second one. */
  private async bind(em: EntityManager, userId: string, unitId: string, actorId: string): Promise<void> {
    const res = await em
      .createQueryBuilder()
      .update(User)
      .set({ unitId })
      .where('id = :userId AND (unit_id IS NULL OR unit_id = :unitId)', { userId, unitId })
      .execute();
    if (!res.affected) throw alreadyInUnit();
    await em.getRepository(UnitMembershipEvent).insert({ unitId, userId, action: 'joined', actorId });
  }

  /**
   * Past orders keep counting for the unit they were bound to at checkout; the membership ends, and with it the roles
   * the person held in this unit (单位管理员, 单位采购员): a grant naming a unit its holder no longer belongs to would let
   * them run the unit, or buy in its name, from outside it. Each withdrawal is in the role audit log, by whoever ended
   * the membership, with the reason in words.
   */
  private async unbind(
    em: EntityManager,
    userId: string,
    unitId: string,
    by: { actor: { id: string; displayName: string }; actorRole: Role; grants?: readonly ActorGrant[] },
    action: 'left' | 'removed',
  ): Promise<void> {
    const res = await em
      .createQueryBuilder()
      .update(User)
      .set({ unitId: null })
      .where('id = :userId AND unit_id = :unitId', { userId, unitId })
      .execute();
    if (!res.affected) throw notFound('该用户不是本单位成员');
    await em.getRepository(UnitMembershipEvent).insert({ unitId, userId, action, actorId: by.actor.id });
    const dropped = await queryNamed(em, DROP_UNIT_GRANTS, { userId, unitId, roles: UNIT_ROLES });
    if (dropped.length === 0) return;
    const target = await em.getRepository(User).findOneOrFail({ where: { id: userId }, select: { id: true, displayName: true } });
    // Removing a member takes their roles in the unit only where the remover may withdraw them (a unit admin: its
    // purchasers; a co-admin only by the platform); leaving takes one's own.
    const kept = by.grants
      ? dropped.find(({ role }) => 'refused' in appointingRole(by.grants!, { role, unitId, supplierId: null, regionCode: null }))
      : null;
    if (kept) throw forbidden(`${target.displayName} 是本单位的${ROLE_LABELS[kept.role].zh}，只有平台管理员可以将其移出`);
    const unit = await em.getRepository(WorkUnit).findOneOrFail({ where: { id: unitId }, select: { id: true, name: true } });
    for (const { role } of dropped)
      await recordRoleChange(em, {
        actor: by.actor,
        actorRole: by.actorRole,
        target,
        action: 'withdraw',
        reason: action === 'left' ? '本人退出单位，其在该单位的身份随之撤销' : '被移出单位，其在该单位的身份随之撤销',
        what: { role, unitId, scopeLabel: unit.name },
      });
  }
}
