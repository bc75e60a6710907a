import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { groupByKeys } from '@yigou/server/core';
import { queryNamed } from '@yigou/server/database';
import { BindingChangeRequest } from '../entities/binding-change.entity';
import { Order } from '../entities/order.entity';
import { SKU_LIMITS } from '../sql/purchase-limits.sql';

export interface SkuLimitView {
  perBuyer: number;
  /** What the signed-in buyer may still buy; null when nobody is signed in. */
  remaining: number | null;
}

/**
 * The batched reads behind the orders domain's relation fields (a resolver asks, per request, through its loader):
 * an order's binding-change requests, a request's order number, a SKU's purchase limit. Resolvers stay the GraphQL
 * surface; the rows are read here.
 */
@Injectable()
export class OrderRelations {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Each order's requests to count it for another unit, oldest first. */
  async bindingChangesOf(orderIds: readonly string[]): Promise<BindingChangeRequest[][]> {
    const rows = await this.db
      .getRepository(BindingChangeRequest)
      .find({ where: { orderId: In([...orderIds]) }, order: { createdAt: 'ASC' } });
    return groupByKeys(orderIds, rows, (r) => r.orderId);
  }

  /** Each order's number ('' for an id that is no order). */
  async orderNosOf(orderIds: readonly string[]): Promise<string[]> {
    const rows = await this.db.getRepository(Order).find({ where: { id: In([...orderIds]) }, select: { id: true, orderNo: true } });
    const byId = new Map(rows.map((o) => [o.id, o.orderNo]));
    return orderIds.map((id) => byId.get(id) ?? '');
  }

  /** Per-buyer purchase limits (限购) and what the buyer holds of them; null for a SKU without a limit. */
  async skuLimits(skuIds: readonly string[], buyerId: string | null): Promise<(SkuLimitView | null)[]> {
    const rows = await queryNamed(this.db, SKU_LIMITS, { skuIds: [...skuIds], buyerId });
    const byId = new Map(rows.map((r) => [r.sku_id, r]));
    return skuIds.map((id) => {
      const r = byId.get(id);
      if (!r) return null;
      return { perBuyer: r.per_buyer, remaining: buyerId ? Math.max(r.per_buyer - (r.held ?? 0), 0) : null };
    });
  }
}
