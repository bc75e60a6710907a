import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, forbidden, GraphQLContext, RequestContext } from '@yigou/server/core';
import { WorkUnitService } from '@yigou/server/identity';
import { BindingChangeRequest } from '../entities/binding-change.entity';
import { Order } from '../entities/order.entity';
import { OrderService } from '../services/order.service';
import { OrderRelations } from '../services/order-relations.service';
import { BindingUnitChoice } from '../dto/binding-change.types';
import { OrderView } from '../dto/order.view';
import { BindingChangeRequestView } from '../dto/binding-change.view';

const unitNameLoader = (ctx: GraphQLContext, units: WorkUnitService) =>
  ctx.loaders.get<string, string | null>('workUnitName', async (ids) => {
    const rows = await units.unitsByIds(ids);
    const byId = new Map(rows.map((u) => [u.id, u.name]));
    return ids.map((id) => byId.get(id) ?? null);
  });

/** The order's binding to a work unit, and the recorded requests to change it. */
@Resolver(() => OrderView)
export class OrderBindingResolver {
  constructor(
    private readonly reads: OrderRelations,
    private readonly orders: OrderService,
    private readonly units: WorkUnitService,
  ) {}

  @Query(() => [BindingUnitChoice], {
    description:
      "Buyer: units the order could be counted for instead (the buyer's current and former units, and the 主管单位 above the order's unit)",
  })
  async bindingChangeTargets(
    @Ctx() ctx: RequestContext,
    @Args('orderId', { type: () => ID }) orderId: string,
  ): Promise<BindingUnitChoice[]> {
    const user = ctx.requireUser();
    const order = await this.orders.visibleOrder(ctx, orderId);
    if (order.buyerId !== user.id) throw forbidden('只能为自己的订单申请变更');
    const targets = await this.orders.bindingTargets(order, user.id);
    return targets.map(({ unit, parent }) => ({ id: unit.id, name: unit.name, current: unit.id === user.unitId, parent }));
  }

  @ResolveField(() => String, { nullable: true, description: 'Name of the work unit the order counts for' })
  unitName(@Parent() o: Order, @Context() gctx: GraphQLContext): Promise<string | null> {
    return o.unitId ? unitNameLoader(gctx, this.units).load(o.unitId) : Promise.resolve(null);
  }

  @ResolveField(() => [BindingChangeRequestView], { description: 'Requests to count the order for another unit, oldest first' })
  bindingChanges(@Parent() o: Order, @Context() { loaders }: GraphQLContext): Promise<BindingChangeRequest[]> {
    return loaders.get<string, BindingChangeRequest[]>('orderBindingChanges', (ids) => this.reads.bindingChangesOf(ids)).load(o.id);
  }
}

@Resolver(() => BindingChangeRequestView)
export class BindingChangeRequestResolver {
  constructor(
    private readonly reads: OrderRelations,
    private readonly units: WorkUnitService,
  ) {}

  @ResolveField(() => String, { nullable: true })
  fromUnitName(@Parent() r: BindingChangeRequest, @Context() gctx: GraphQLContext): Promise<string | null> {
    return r.fromUnitId ? unitNameLoader(gctx, this.units).load(r.fromUnitId) : Promise.resolve(null);
  }

  @ResolveField(() => String, { nullable: true })
  toUnitName(@Parent() r: BindingChangeRequest, @Context() gctx: GraphQLContext): Promise<string | null> {
    return unitNameLoader(gctx, this.units).load(r.toUnitId);
  }

  @ResolveField(() => String)
  orderNo(@Parent() r: BindingChangeRequest, @Context() { loaders }: GraphQLContext): Promise<string> {
    return loaders.get<string, string>('bindingOrderNo', (ids) => this.reads.orderNosOf(ids)).load(r.orderId);
  }
}
