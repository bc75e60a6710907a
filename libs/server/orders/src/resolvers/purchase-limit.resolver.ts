import { Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ProductSku } from '@yigou/server/catalog';
import { Ctx, GraphQLContext, RequestContext } from '@yigou/server/core';
import { CartItem } from '../entities/cart-item.entity';
import { ProductSkuView } from '@yigou/server/catalog';
import { CartItemView } from '../dto/cart-item.view';
import { OrderRelations, type SkuLimitView } from '../services/order-relations.service';

const skuLimitLoader = (reads: OrderRelations, ctx: RequestContext, { loaders }: GraphQLContext) =>
  loaders.get<string, SkuLimitView | null>('skuPurchaseLimit', (ids) => reads.skuLimits(ids, ctx.user?.id ?? null));

/** The limit shown to buyers on the product page and in the editor for suppliers. */
@Resolver(() => ProductSkuView)
export class SkuPurchaseLimitResolver {
  constructor(private readonly reads: OrderRelations) {}

  @ResolveField(() => Int, { nullable: true, description: '每人限购件数 (per-buyer limit); null = no limit' })
  async purchaseLimit(@Ctx() ctx: RequestContext, @Parent() sku: ProductSku, @Context() gctx: GraphQLContext): Promise<number | null> {
    return (await skuLimitLoader(this.reads, ctx, gctx).load(sku.id))?.perBuyer ?? null;
  }

  @ResolveField(() => Int, {
    nullable: true,
    description:
      'How many more the signed-in buyer may order under the limit (orders not cancelled count); null = no limit or not signed in',
  })
  async purchaseLimitRemaining(
    @Ctx() ctx: RequestContext,
    @Parent() sku: ProductSku,
    @Context() gctx: GraphQLContext,
  ): Promise<number | null> {
    return (await skuLimitLoader(this.reads, ctx, gctx).load(sku.id))?.remaining ?? null;
  }
}

/** The same limit on a cart line, so the cart can warn before checkout refuses. */
@Resolver(() => CartItemView)
export class CartItemLimitResolver {
  constructor(private readonly reads: OrderRelations) {}

  @ResolveField(() => Int, { nullable: true, description: '每人限购件数; null = no limit' })
  async purchaseLimit(@Ctx() ctx: RequestContext, @Parent() item: CartItem, @Context() gctx: GraphQLContext): Promise<number | null> {
    return (await skuLimitLoader(this.reads, ctx, gctx).load(item.skuId))?.perBuyer ?? null;
  }

  @ResolveField(() => Int, { nullable: true, description: 'How many more the buyer may order under the limit' })
  async purchaseLimitRemaining(
    @Ctx() ctx: RequestContext,
    @Parent() item: CartItem,
    @Context() gctx: GraphQLContext,
  ): Promise<number | null> {
    return (await skuLimitLoader(this.reads, ctx, gctx).load(item.skuId))?.remaining ?? null;
  }
}
