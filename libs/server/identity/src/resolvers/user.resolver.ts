import { Args, Context, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { byKeys, Connection, Ctx, GraphQLContext, groupByKeys, Public, RequestContext, Roles } from '@yigou/server/core';
import { UpdateProfileInput, UserConnection, UsersArgs } from '../dto/admin.types';
import { RoleGrantType, UserType, WorkUnitType } from '../dto/user.types';
import { invalidToken } from '../errors';
import { RoleGrantEntity } from '../entities/role-grant.entity';
import { ScopeDirectory } from '../services/scope-directory';
import { User } from '../entities/user.entity';
import { UserService } from '../services/user.service';
import { WorkUnit } from '../entities/work-unit.entity';

@Resolver(() => UserType)
export class UserResolver {
  constructor(
    private readonly userService: UserService,
    private readonly directory: ScopeDirectory,
  ) {}

  @Public()
  @Query(() => UserType, { nullable: true, description: 'The signed-in user; null for visitors' })
  async me(@Ctx() ctx: RequestContext, @Context() gql: GraphQLContext & { tokenInvalid?: boolean; account?: User }): Promise<User | null> {
    if (gql.tokenInvalid) throw invalidToken();
    if (!ctx.user) return null;
    // Over HTTP the sign-in check of this very request read the row already (AuthService.contextFromToken);
    // a WebSocket's context is as old as the socket, so there it is read again.
    if (gql.account?.id === ctx.user.id) return gql.account;
    return this.userService.findById(ctx.user.id);
  }

  @Mutation(() => UserType, { description: '修改自己的姓名或昵称' })
  updateMyProfile(@Ctx() ctx: RequestContext, @Args('input') input: UpdateProfileInput): Promise<User> {
    return this.userService.updateProfile(ctx, input.displayName);
  }

  @Roles('platform_admin')
  @Query(() => UserConnection, { description: '平台管理员：用户列表' })
  users(@Args() args: UsersArgs): Promise<Connection<User>> {
    return this.userService.list(args.search, args.first, args.after);
  }

  // Field resolvers take (parent, args, context) without parameter decorators: Nest binds them directly (see ProductResolver).
  @ResolveField(() => WorkUnitType, { nullable: true })
  unit(user: User, _args: unknown, gql: GraphQLContext): Promise<WorkUnit | null> | null {
    if (!user.unitId) return null;
    return gql.loaders
      .get<string, WorkUnit | null>('workUnitById', async (ids) => byKeys(ids, await this.userService.unitsByIds(ids), (u) => u.id))
      .load(user.unitId);
  }

  @ResolveField(() => [RoleGrantType])
  async roles(user: User, _args: unknown, gql: GraphQLContext): Promise<RoleGrantType[]> {
    const grants = await gql.loaders
      .get<string, RoleGrantEntity[]>('grantsByUser', async (ids) =>
        groupByKeys(ids, await this.userService.grantsForUsers(ids), (g) => g.userId),
      )
      .load(user.id);
    const unitIds = grants.map((g) => g.unitId).filter((x): x is string => !!x);
    const supplierIds = grants.map((g) => g.supplierId).filter((x): x is string => !!x);
    const regionCodes = grants.map((g) => g.regionCode).filter((x): x is string => !!x);
    const [units, suppliers, regions] = await Promise.all([
      unitIds.length ? this.userService.unitsByIds(unitIds) : Promise.resolve([]),
      supplierIds.length ? this.directory.supplierNames(supplierIds) : Promise.resolve(new Map<string, string>()),
      regionCodes.length ? this.directory.regionNames(regionCodes) : Promise.resolve(new Map<string, string>()),
    ]);
    const unitNames = new Map(units.map((u) => [u.id, u.name]));
    return grants.map((g) => ({
      role: g.role,
      unitId: g.unitId,
      supplierId: g.supplierId,
      regionCode: g.regionCode,
      scopeLabel:
        (g.unitId && unitNames.get(g.unitId)) ||
        (g.supplierId && suppliers.get(g.supplierId)) ||
        (g.regionCode && regions.get(g.regionCode)) ||
        null,
    }));
  }
}
