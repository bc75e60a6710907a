import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { badInput, Connection, Ctx, IdPipe, RequestContext, Roles } from '@yigou/server/core';
import {
  ImportWorkUnitsInput,
  JoinUnitByCodeInput,
  SearchWorkUnitsArgs,
  UnitIdInput,
  UnitImportResultType,
  UnitInvitePreviewType,
  UnitJoinRequestType,
  UnitMemberType,
  UnitSearchConnection,
  UnitSearchResultType,
  WorkUnitInviteType,
  WorkUnitNodeType,
} from '../dto/work-unit.types';
import { UnitJoinRequest } from '../entities/unit-join-request.entity';
import { WorkUnitInvite } from '../entities/work-unit-invite.entity';
import { ScopeDirectory } from '../services/scope-directory';
import { WorkUnitImportService } from '../services/work-unit-import.service';
import { WorkUnitService } from '../services/work-unit.service';
import { WorkUnit } from '../entities/work-unit.entity';

const inviteType = (i: WorkUnitInvite): WorkUnitInviteType => ({
  id: i.id,
  code: i.code,
  unitId: i.unitId,
  expiresAt: i.expiresAt,
  link: `/join-unit?code=${i.code}`,
});

@Resolver()
export class WorkUnitResolver {
  constructor(
    private readonly units: WorkUnitService,
    private readonly importer: WorkUnitImportService,
    private readonly directory: ScopeDirectory,
  ) {}

  @Query(() => UnitSearchConnection, { description: '按名称（及地区）查找单位以申请加入（须登录；不含人数、预算等内部信息）' })
  async searchWorkUnits(@Ctx() ctx: RequestContext, @Args() args: SearchWorkUnitsArgs): Promise<Connection<UnitSearchResultType>> {
    const page = await this.units.searchUnits(ctx, args.search, args.regionCode, args.first, args.after);
    const codes = [...new Set(page.edges.map((e) => e.node.regionCode))];
    const regions = codes.length ? await this.directory.regionNames(codes) : new Map<string, string>();
    return {
      ...page,
      edges: page.edges.map((e) => ({ cursor: e.cursor, node: { ...e.node, regionName: regions.get(e.node.regionCode) ?? null } })),
    };
  }

  @Query(() => [UnitJoinRequestType], { description: '我的加入单位申请（最近 50 条，新的在前）' })
  async myUnitJoinRequests(@Ctx() ctx: RequestContext): Promise<UnitJoinRequestType[]> {
    return (await this.units.myJoinRequests(ctx)).map((r) => ({ ...r, userDisplayName: ctx.user?.displayName ?? null }));
  }

  @Mutation(() => UnitJoinRequestType, { description: '撤回自己尚未审批的加入申请' })
  async withdrawUnitJoinRequest(
    @Ctx() ctx: RequestContext,
    @Args('requestId', { type: () => ID }, new IdPipe('找不到该加入申请')) requestId: string,
  ): Promise<UnitJoinRequestType> {
    return { ...(await this.units.withdrawJoinRequest(ctx, requestId)), userDisplayName: ctx.user?.displayName ?? null };
  }

  @Roles('unit_admin', 'platform_admin')
  @Mutation(() => WorkUnitInviteType, { description: '单位管理员：生成邀请码（及邀请链接）' })
  async createUnitInvite(@Ctx() ctx: RequestContext, @Args('input') input: UnitIdInput): Promise<WorkUnitInviteType> {
    return inviteType(await this.units.createInvite(ctx, input.unitId));
  }

  @Roles('unit_admin', 'platform_admin')
  @Query(() => WorkUnitInviteType, { nullable: true, description: '单位管理员：本单位仍有效的最新邀请码；没有则为 null' })
  async activeUnitInvite(
    @Ctx() ctx: RequestContext,
    @Args('unitId', { type: () => ID }, new IdPipe('单位不存在')) unitId: string,
  ): Promise<WorkUnitInviteType | null> {
    const invite = await this.units.activeInvite(ctx, unitId);
    return invite ? inviteType(invite) : null;
  }

  @Query(() => UnitInvitePreviewType, { description: '凭邀请码查看将加入的单位（须登录；无效或过期的邀请码报错）' })
  async unitInvitePreview(@Ctx() ctx: RequestContext, @Args('input') input: JoinUnitByCodeInput): Promise<UnitInvitePreviewType> {
    const { invite, unit } = await this.units.invitePreview(ctx, input.code);
    return { code: invite.code, unitId: unit.id, unitName: unit.name, regionCode: unit.regionCode, expiresAt: invite.expiresAt };
  }

  @Mutation(() => WorkUnitNodeType, { description: '凭邀请码加入单位' })
  joinUnitByCode(@Ctx() ctx: RequestContext, @Args('input') input: JoinUnitByCodeInput): Promise<WorkUnit> {
    return this.units.joinByCode(ctx, input.code);
  }

  @Mutation(() => UnitJoinRequestType, { description: '申请加入单位，由单位管理员审批' })
  async requestToJoinUnit(@Ctx() ctx: RequestContext, @Args('input') input: UnitIdInput): Promise<UnitJoinRequestType> {
    return { ...(await this.units.requestToJoin(ctx, input.unitId)), userDisplayName: ctx.user?.displayName ?? null };
  }

  @Roles('unit_admin', 'platform_admin')
  @Query(() => [UnitJoinRequestType], { description: '单位管理员：待审批的加入申请' })
  async unitJoinRequests(
    @Ctx() ctx: RequestContext,
    @Args('unitId', { type: () => ID }, new IdPipe('单位不存在')) unitId: string,
  ): Promise<UnitJoinRequestType[]> {
    const requests = await this.units.joinRequests(ctx, unitId);
    const users = new Map((await this.units.usersByIds(requests.map((r) => r.userId))).map((u) => [u.id, u.displayName]));
    return requests.map((r: UnitJoinRequest) => ({ ...r, userDisplayName: users.get(r.userId) ?? null }));
  }

  @Roles('unit_admin', 'platform_admin')
  @Mutation(() => UnitJoinRequestType, { description: '单位管理员：批准或拒绝加入申请' })
  async decideUnitJoinRequest(
    @Ctx() ctx: RequestContext,
    @Args('requestId', { type: () => ID }, new IdPipe('找不到该加入申请')) requestId: string,
    @Args('approve') approve: boolean,
    @Args('reason', { type: () => String, nullable: true, description: '拒绝理由（可选，申请人可见；最多 200 字）' })
    reason?: string | null,
  ): Promise<UnitJoinRequestType> {
    if (reason && reason.length > 200) throw badInput('拒绝理由最多 200 个字', 'reason');
    return { ...(await this.units.decideJoinRequest(ctx, requestId, approve, reason)), userDisplayName: null };
  }

  @Roles('unit_admin', 'platform_admin')
  @Query(() => [UnitMemberType], { description: '单位管理员：本单位成员' })
  async unitMembers(
    @Ctx() ctx: RequestContext,
    @Args('unitId', { type: () => ID }, new IdPipe('单位不存在')) unitId: string,
  ): Promise<UnitMemberType[]> {
    this.units.requireUnitAdmin(ctx, unitId);
    return (await this.units.members(unitId)).map((u) => ({ id: u.id, displayName: u.displayName }));
  }

  @Mutation(() => Boolean, { description: '退出所在单位（已下的订单仍计入原单位）' })
  leaveUnit(@Ctx() ctx: RequestContext): Promise<boolean> {
    return this.units.leaveUnit(ctx);
  }

  @Roles('unit_admin', 'platform_admin')
  @Mutation(() => Boolean, { description: '单位管理员：移除成员（其已下的订单仍计入本单位）' })
  removeUnitMember(
    @Ctx() ctx: RequestContext,
    @Args('unitId', { type: () => ID }, new IdPipe('单位不存在')) unitId: string,
    @Args('userId', { type: () => ID }, new IdPipe('找不到该用户')) userId: string,
  ): Promise<boolean> {
    return this.units.removeMember(ctx, unitId, userId);
  }

  @Roles('finance_reviewer', 'platform_admin')
  @Mutation(() => UnitImportResultType, {
    description: '平台管理员/财政部门：从 XLSX 或 CSV 导入单位；有错误时逐行列出且不写入任何行',
    deprecationReason:
      'Upload the file as multipart to POST /uploads/work-units: base64 in the JSON body is bounded by the small JSON body limit (256 KB)',
  })
  importWorkUnits(@Ctx() ctx: RequestContext, @Args('input') input: ImportWorkUnitsInput): Promise<UnitImportResultType> {
    return this.importer.importUnits(ctx, input.format, Buffer.from(input.contentBase64, 'base64'));
  }
}
