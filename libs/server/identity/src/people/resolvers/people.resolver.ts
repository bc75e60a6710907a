import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Connection, Ctx, DayRangeArgs, GraphQLContext, groupByKeys, RequestContext, Roles } from '@yigou/server/core';
import { User } from '../../entities/user.entity';
import {
  AccountStatusInput,
  GrantRoleInput,
  PeopleArgs,
  PersonConnection,
  PersonRoleType,
  PersonType,
  RoleAuditArgs,
  RoleAuditConnection,
  RoleAuditEntryType,
  RoleAuditExportType,
  RoleScope,
  RoleScopeInput,
  WithdrawRoleInput,
} from '../dto/people.types';
import { PeopleDirectoryService } from '../services/people-directory.service';
import { RoleAdminService } from '../services/role-admin.service';
import { RoleAuditService } from '../services/role-audit.service';

/** Who may appoint at all; what each may give, and where, is decided by `appointingRole`. */
const APPOINTERS = ['platform_admin', 'county_admin', 'unit_admin', 'supplier_staff'] as const;

@Resolver(() => PersonType)
export class PeopleResolver {
  constructor(
    private readonly directory: PeopleDirectoryService,
    private readonly admin: RoleAdminService,
    private readonly log: RoleAuditService,
  ) {}

  @Roles('platform_admin')
  @Query(() => PersonConnection, { description: '平台管理员：用户管理（按姓名、手机号、单位查找；手机号脱敏）' })
  people(@Args() args: PeopleArgs): Promise<Connection<PersonType>> {
    return this.directory.search(args);
  }

  @Roles(...APPOINTERS)
  @Query(() => [PersonType], { description: '本单位成员与角色、本供应商同事、本县角色持有人（只列出该范围内的角色）' })
  roleHolders(@Ctx() ctx: RequestContext, @Args('scope') scope: RoleScopeInput): Promise<PersonType[]> {
    return this.directory.holders(ctx, scope);
  }

  @Roles('platform_admin')
  @Query(() => RoleAuditConnection, {
    description: '平台管理员：角色授予、撤销、账号停用与恢复的日志，最新在前；可按日期范围（上海时间，含首尾两天），总数只计该范围',
  })
  roleAuditLog(@Args() args: RoleAuditArgs, @Args() days: DayRangeArgs): Promise<Connection<RoleAuditEntryType>> {
    return this.log.page(args.userId, args.first, args.after, days);
  }

  @Roles('platform_admin')
  @Query(() => RoleAuditExportType, {
    description: '平台管理员：导出角色授权日志（XLSX，可按日期范围）；超过一次导出的上限时拒绝（EXPORT_TOO_LARGE），不生成不完整的文件',
  })
  exportRoleAuditLog(@Args() args: RoleAuditArgs, @Args() days: DayRangeArgs): Promise<RoleAuditExportType> {
    return this.log.export(args.userId, days);
  }

  @Roles(...APPOINTERS)
  @Mutation(() => PersonType, { description: '授予角色：平台管理员任意角色；县乡村振兴局本县角色；单位管理员本单位采购员；供应商邀请同事' })
  async grantRole(@Ctx() ctx: RequestContext, @Args('input') input: GrantRoleInput): Promise<PersonType> {
    const done = await this.admin.grant(ctx, input);
    return this.asPerson(ctx, done.user, done.scope);
  }

  @Roles(...APPOINTERS)
  @Mutation(() => PersonType, { description: '撤销角色（下一次请求起生效）' })
  async withdrawRole(@Ctx() ctx: RequestContext, @Args('input') input: WithdrawRoleInput): Promise<PersonType> {
    const done = await this.admin.withdraw(ctx, input.grantId, input.reason);
    return this.asPerson(ctx, done.user, done.scope);
  }

  @Roles('platform_admin')
  @Mutation(() => PersonType, { description: '平台管理员：停用账号（立即退出所有登录）' })
  async suspendAccount(@Ctx() ctx: RequestContext, @Args('input') input: AccountStatusInput): Promise<PersonType> {
    return this.asPerson(ctx, await this.admin.suspend(ctx, input.userId, input.reason), null);
  }

  @Roles('platform_admin')
  @Mutation(() => PersonType, { description: '平台管理员：恢复已停用的账号' })
  async restoreAccount(@Ctx() ctx: RequestContext, @Args('input') input: AccountStatusInput): Promise<PersonType> {
    return this.asPerson(ctx, await this.admin.restore(ctx, input.userId, input.reason), null);
  }

  @ResolveField(() => [PersonRoleType], { description: 'Roles with their scopes in words (for a delegate: only those in their scope)' })
  async roles(@Parent() person: PersonType, @Context() gql: GraphQLContext): Promise<PersonRoleType[]> {
    const all = await gql.loaders
      .get<string, (PersonRoleType & { userId: string })[]>('people.rolesByUser', async (ids) =>
        groupByKeys(ids, await this.directory.rolesOf(ids), (r) => r.userId),
      )
      .load(person.id);
    const s = person.scope;
    if (!s) return all;
    return all.filter(
      (r) =>
        (s.unitId && r.unitId === s.unitId) ||
        (s.supplierId && r.supplierId === s.supplierId) ||
        (s.regionCode && r.regionCode === s.regionCode),
    );
  }

  /** Mutations answer with the person as their appointer sees them: masked phone; a delegate sees only the roles of the scope changed. */
  private async asPerson(ctx: RequestContext, u: User, scope: RoleScope | null): Promise<PersonType> {
    const person = await this.directory.byId(u.id);
    const platform = ctx.hasRole('platform_admin');
    return {
      ...person,
      scope: platform || !scope ? null : { unitId: scope.unitId, supplierId: scope.supplierId, regionCode: scope.regionCode },
    };
  }
}
