import { Args, Context, GraphQLISODateTime, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CatalogService } from '@yigou/server/catalog';
import { Ctx, GraphQLContext, IdPipe, RequestContext, Roles } from '@yigou/server/core';
import { FINANCE_DESK_ROLES } from '@yigou/shared/domain';
import { CartItem } from '../entities/cart-item.entity';
import { CartService } from '../services/cart.service';
import { CartQuote } from '../dto/cart-quote.types';
import { CheckoutService } from '../services/checkout.service';
import { AddressInput, CartLineInput, PlaceOrderInput, RateOrderInput, ShipOrderInput } from '../dto/order.inputs';
import { OrderLine } from '../entities/order-line.entity';
import { PlaceOrderInputFields, PlaceOrderInputPipe } from './place-order-input.pipe';
import { isShipOverdue, shipDueAt } from '../services/order-state';
import { OrderTransition } from '../entities/order-transition.entity';
import { Order } from '../entities/order.entity';
import { OrderService } from '../services/order.service';
import { Refund } from '../entities/refund.entity';
import { CartSkuDetails, OrderConnection, OrdersArgs } from '../dto/order.types';
import { OrderView } from '../dto/order.view';
import { OrderLineView } from '../dto/order-line.view';
import { OrderTransitionView } from '../dto/order-transition.view';
import { CartItemView } from '../dto/cart-item.view';
import { AddressView } from '../dto/address.view';
import { RefundView } from '../dto/refund.view';
import { BindingChangeRequestView } from '../dto/binding-change.view';

@Resolver(() => OrderView)
export class OrderResolver {
  constructor(
    private readonly orders: OrderService,
    private readonly checkout: CheckoutService,
    private readonly catalog: CatalogService,
  ) {}

  @Query(() => OrderConnection, { description: "The signed-in buyer's orders, newest first" })
  myOrders(@Ctx() ctx: RequestContext, @Args() args: OrdersArgs) {
    return this.orders.list(ctx, 'mine', args);
  }

  @Roles('supplier_staff', 'platform_admin')
  @Query(() => OrderConnection, { description: "Orders of the caller's supplier(s) (supplier order desk)" })
  supplierOrders(@Ctx() ctx: RequestContext, @Args() args: OrdersArgs) {
    return this.orders.list(ctx, 'supplier', args);
  }

  @Roles(...FINANCE_DESK_ROLES)
  @Query(() => OrderConnection, { description: 'All orders (platform finance desk)' })
  platformOrders(@Ctx() ctx: RequestContext, @Args() args: OrdersArgs) {
    return this.orders.list(ctx, 'platform', args);
  }

  @Query(() => OrderView)
  order(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<Order> {
    return this.orders.visibleOrder(ctx, id);
  }

  @Mutation(() => [OrderView], { description: 'Checkout: one order per supplier, stock reserved until the payment deadline' })
  placeOrder(
    @Ctx() ctx: RequestContext,
    // Typed by an alias, so the global pipe skips it: PlaceOrderInputPipe checks it (and asks the global pipe when unsure).
    @Args('input', { type: () => PlaceOrderInput }, PlaceOrderInputPipe) input: PlaceOrderInputFields,
  ): Promise<Order[]> {
    return this.checkout.placeOrder(ctx, input);
  }

  @Mutation(() => OrderView)
  cancelOrder(
    @Ctx() ctx: RequestContext,
    @Args('orderId', { type: () => ID }) orderId: string,
    @Args('reason', { type: () => String, nullable: true }) reason: string | null,
  ) {
    return this.orders.cancel(ctx, orderId, reason);
  }

  @Roles('supplier_staff', 'platform_admin')
  @Mutation(() => OrderView)
  shipOrder(@Ctx() ctx: RequestContext, @Args('input') input: ShipOrderInput) {
    return this.orders.ship(ctx, input);
  }

  @Roles('platform_admin')
  @Mutation(() => OrderView, { description: 'Platform: shipping deadline 7, 15 or 30 days' })
  setShipDeadline(
    @Ctx() ctx: RequestContext,
    @Args('orderId', { type: () => ID }) orderId: string,
    @Args('days', { type: () => Int }) days: number,
  ) {
    return this.orders.setShipDeadline(ctx, orderId, days);
  }

  @Mutation(() => OrderView)
  confirmReceipt(@Ctx() ctx: RequestContext, @Args('orderId', { type: () => ID }) orderId: string) {
    return this.orders.receive(ctx, orderId);
  }

  @Mutation(() => OrderView)
  rateOrder(@Ctx() ctx: RequestContext, @Args('input') input: RateOrderInput) {
    return this.orders.rate(ctx, input);
  }

  @Mutation(() => OrderView, { description: 'Bank transfer pay-first: extend the 30-day term once by 15 days' })
  extendPaymentTerm(@Ctx() ctx: RequestContext, @Args('orderId', { type: () => ID }) orderId: string) {
    return this.orders.extendTerm(ctx, orderId);
  }

  @Mutation(() => BindingChangeRequestView)
  requestBindingChange(
    @Ctx() ctx: RequestContext,
    @Args('orderId', { type: () => ID }) orderId: string,
    @Args('toUnitId', { type: () => ID }) toUnitId: string,
    @Args('reason') reason: string,
  ) {
    return this.orders.requestBindingChange(ctx, orderId, toUnitId, reason);
  }

  @Roles('platform_admin')
  @Query(() => [BindingChangeRequestView])
  pendingBindingChanges(@Ctx() ctx: RequestContext) {
    return this.orders.pendingBindingChanges(ctx);
  }

  @Roles('platform_admin')
  @Mutation(() => BindingChangeRequestView)
  decideBindingChange(
    @Ctx() ctx: RequestContext,
    @Args('requestId', { type: () => ID }, new IdPipe('变更申请不存在')) requestId: string,
    @Args('approve') approve: boolean,
  ) {
    return this.orders.decideBindingChange(ctx, requestId, approve);
  }

  @Roles('supplier_staff', 'platform_admin')
  @Mutation(() => Boolean, { description: 'Supplier: per-buyer purchase limit of a SKU (null removes it)' })
  setPurchaseLimit(
    @Ctx() ctx: RequestContext,
    @Args('skuId', { type: () => ID }) skuId: string,
    @Args('perBuyer', { type: () => Int, nullable: true }) perBuyer: number | null,
  ) {
    return this.checkout.setPurchaseLimit(ctx, skuId, perBuyer);
  }

  @ResolveField(() => [OrderLineView])
  lines(@Parent() o: Order, @Context() { loaders }: GraphQLContext): Promise<OrderLine[]> {
    return loaders.get<string, OrderLine[]>('orderLines', (ids) => this.orders.linesByOrderIds(ids)).load(o.id);
  }

  @ResolveField(() => [OrderTransitionView], { description: 'Status timeline: every transition with actor and time' })
  timeline(@Parent() o: Order, @Context() { loaders }: GraphQLContext): Promise<OrderTransition[]> {
    return loaders.get<string, OrderTransition[]>('orderTransitions', (ids) => this.orders.transitionsByOrderIds(ids)).load(o.id);
  }

  @ResolveField(() => [RefundView])
  refunds(@Parent() o: Order, @Context() { loaders }: GraphQLContext): Promise<Refund[]> {
    return loaders.get<string, Refund[]>('orderRefunds', (ids) => this.orders.refundsByOrderIds(ids)).load(o.id);
  }

  @ResolveField(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Ship by then (while waiting to ship): 7, 15 or 30 days after payment, or after placement for ship-first orders',
  })
  shipDueAt(@Parent() o: Order): Date | null {
    return shipDueAt(o);
  }

  @ResolveField(() => Boolean, { description: 'Waiting to ship past its shipping deadline' })
  shipOverdue(@Ctx() ctx: RequestContext, @Parent() o: Order): boolean {
    return isShipOverdue(o, ctx.now);
  }

  @ResolveField(() => String)
  async supplierName(@Parent() o: Order, @Context() { loaders }: GraphQLContext): Promise<string> {
    const name = await loaders
      .get<string, string | null>('orderSupplierName', async (ids) => {
        const m = await this.catalog.supplierNames(ids);
        return ids.map((id) => m.get(id) ?? null);
      })
      .load(o.supplierId);
    return name ?? '';
  }
}

@Resolver(() => CartItemView)
export class CartResolver {
  constructor(
    private readonly cart: CartService,
    private readonly orders: OrderService,
    private readonly catalog: CatalogService,
  ) {}

  @ResolveField(() => CartSkuDetails, { nullable: true })
  details(@Ctx() ctx: RequestContext, @Parent() item: CartItem, @Context() { loaders }: GraphQLContext): Promise<CartSkuDetails | null> {
    return loaders
      .get<string, CartSkuDetails | null>('cartSkuDetails', async (ids) => {
        const rows = await this.catalog.skusForCheckout(ctx, ids);
        const names = await this.catalog.supplierNames([...new Set(rows.map((r) => r.supplierId))]);
        const productIds = [...new Set(rows.map((r) => r.productId))];
        const images = await this.catalog.imagesByProductIds(productIds);
        const thumbs = new Map(productIds.map((id, i) => [id, images[i]?.[0]?.thumbUrl ?? null]));
        const byId = new Map(rows.map((r) => [r.skuId, r]));
        return ids.map((id) => {
          const r = byId.get(id);
          return r
            ? {
                productId: r.productId,
                productName: r.productName,
                spec: r.spec,
                supplierId: r.supplierId,
                supplierName: names.get(r.supplierId) ?? '',
                currentPriceFen: r.priceFen,
                sellable: r.sellable,
                certified: r.certified,
                thumbUrl: thumbs.get(r.productId) ?? null,
              }
            : null;
        });
      })
      .load(item.skuId);
  }

  @Query(() => [CartItemView])
  myCart(@Ctx() ctx: RequestContext) {
    return this.cart.items(ctx);
  }

  @Query(() => CartQuote, { description: 'The cart priced per supplier order, with shipping, as checkout will charge it' })
  cartQuote(@Ctx() ctx: RequestContext) {
    return this.cart.quote(ctx);
  }

  @Mutation(() => [CartItemView])
  addToCart(@Ctx() ctx: RequestContext, @Args('input') input: CartLineInput) {
    return this.cart.add(ctx, input);
  }

  @Mutation(() => [CartItemView], { description: 'Set the quantity; confirmPrice accepts a changed price' })
  updateCartItem(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CartLineInput,
    @Args('confirmPrice', { nullable: true }) confirmPrice: boolean,
  ) {
    return this.cart.update(ctx, { ...input, confirmPrice });
  }

  @Mutation(() => [CartItemView])
  removeFromCart(@Ctx() ctx: RequestContext, @Args('skuIds', { type: () => [ID] }) skuIds: string[]) {
    return this.cart.remove(ctx, skuIds);
  }

  @Query(() => [AddressView])
  myAddresses(@Ctx() ctx: RequestContext) {
    return this.cart.addresses(ctx);
  }

  @Mutation(() => AddressView)
  saveAddress(
    @Ctx() ctx: RequestContext,
    @Args('input') input: AddressInput,
    @Args('id', { type: () => ID, nullable: true }) id: string | null,
  ) {
    return this.cart.saveAddress(ctx, id, input);
  }

  @Mutation(() => Boolean)
  deleteAddress(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string) {
    return this.cart.deleteAddress(ctx, id);
  }
}
