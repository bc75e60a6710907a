import { Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ProductSku } from '@yigou/server/catalog';
import { Ctx, GraphQLContext, RequestContext } from '@yigou/server/core';
import { CartItem } from '../entities/cart-item.entity';
import { ProductSkuView } from '@yigou/server/catalog';
import { CartItemView } from '../dto/cart-item.view';

export interface SkuLimitView {
  perBuyer: number;
  /** What the signed-in buyer may still buy; null when nobody is signed in. */
  remaining: number | null;
}

/** Reads per-buyer purchase limits (限购) and what a buyer holds of them, batched per request. */
export async function loadSkuLimits(db: DataSource, skuIds: readonly string[], buyerId: string | null): Promise<(SkuLimitView | null)[]> {
  const rows: { sku_id: string; per_buyer: number; held: number | null }[] = await db.query(
    `SELECT l.sku_id, l.per_buyer, p.quantity AS held
       FROM sku_purchase_limit l LEFT JOIN buyer_sku_purchase p ON p.sku_id = l.sku_id AND p.buyer_id = $2::uuid
      WHERE l.sku_id = ANY($1::uuid[])`,
    [[...skuIds], buyerId],
  );
  const byId = new Map(rows.map((r) => [r.sku_id, r]));
  return skuIds.map((id) => {
    const r = byId.get(id);
    if (!r) return null;
    return { perBuyer: r.per_buyer, remaining: buyerId ? Math.max(r.per_buyer - (r.held ?? 0), 0) : null };
  });
}

export const skuLimitLoader = (db: DataSource, ctx: RequestContext, { loaders }: GraphQLContext) =>
  loaders.get<string, SkuLimitView | null>('skuPurchaseLimit', (ids) => loadSkuLimits(db, ids, ctx.user?.id ?? null));

/** The limit shown to buyers on the product page and in the editor for suppliers. */
@Resolver(() => ProductSkuView)
export class SkuPurchaseLimitResolver {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @ResolveField(() => Int, { nullable: true, description: '每人限购件数 (per-buyer limit); null = no limit' })
  async purchaseLimit(@Ctx() ctx: RequestContext, @Parent() sku: ProductSku, @Context() gctx: GraphQLContext): Promise<number | null> {
    return (await skuLimitLoader(this.db, ctx, gctx).load(sku.id))?.perBuyer ?? null;
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
    return (await skuLimitLoader(this.db, ctx, gctx).load(sku.id))?.remaining ?? null;
  }
}

/** The same limit on a cart line, so the cart can warn before checkout refuses. */
@Resolver(() => CartItemView)
export class CartItemLimitResolver {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @ResolveField(() => Int, { nullable: true, description: '每人限购件数; null = no limit' })
  async purchaseLimit(@Ctx() ctx: RequestContext, @Parent() item: CartItem, @Context() gctx: GraphQLContext): Promise<number | null> {
    return (await skuLimitLoader(this.db, ctx, gctx).load(item.skuId))?.perBuyer ?? null;
  }

  @ResolveField(() => Int, { nullable: true, description: 'How many more the buyer may order under the limit' })
  async purchaseLimitRemaining(
    @Ctx() ctx: RequestContext,
    @Parent() item: CartItem,
    @Context() gctx: GraphQLContext,
  ): Promise<number | null> {
    return (await skuLimitLoader(this.db, ctx, gctx).load(item.skuId))?.remaining ?? null;
  }
}
