import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, DeepPartial, EntityManager, In } from 'typeorm';
import { notFound, RequestContext } from '@yigou/server/core';
import { queryNamed } from '@yigou/server/database';
import { isUuid } from '@yigou/shared/validation';
import { Order } from '../../entities/order.entity';
import { Refund } from '../../entities/refund.entity';
import { RefundLineRef } from '../../dto/refund-line.types';
import { canSeeOrder } from '../../services/order.service';
import * as SQL from '../sql/order-payments.sql';

export type { RefundOfDay } from '../sql/order-payments.sql';

/**
 * The read/write port payments uses on orders' `shop_order` and `refund` rows (orders owns them; payments depends on
 * orders, not the other way). Methods that take an EntityManager run in the caller's transaction, on the same
 * connection and with the same locks as before; the others read outside any. Changes of an order's state and
 * figures stay with `OrderLifecycle`.
 */
@Injectable()
export class OrderPayments {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** One order by id (null when there is none). */
  order(id: string): Promise<Order | null> {
    return this.db.getRepository(Order).findOneBy({ id });
  }

  /** The orders of these ids, by order number. */
  orders(ids: readonly string[]): Promise<Order[]> {
    return this.db.getRepository(Order).find({ where: { id: In([...ids]) }, order: { orderNo: 'ASC' } });
  }

  /**
   * The orders of these ids (by order number) when the caller may see every one (`canSeeOrder`); otherwise NOT_FOUND
   * '订单不存在', as for an id that names no order or is no UUID, so that a payment refused says nothing about
   * another buyer's order.
   */
  async visibleOrders(ctx: RequestContext, ids: readonly string[]): Promise<Order[]> {
    ctx.requireUser();
    const orders = ids.every(isUuid) ? await this.orders(ids) : [];
    if (orders.length !== new Set(ids).size || !orders.every((o) => canSeeOrder(ctx, o))) throw notFound('订单不存在');
    return orders;
  }

  /** Each order's number by id. */
  async orderNos(ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await queryNamed(this.db, SQL.ORDER_NOS, { ids: [...new Set(ids)] });
    return new Map(rows.map((r) => [r.id, r.orderNo]));
  }

  /**
   * The orders whose 汇款识别码 is one of `refs`, by order number; with `open`, only unpaid bank-transfer orders
   * still owing (not cancelled or refunded). In the caller's transaction when given one.
   */
  ordersByRemittanceRefs(refs: readonly string[], { open = false, em }: { open?: boolean; em?: EntityManager } = {}): Promise<Order[]> {
    const qb = (em ?? this.db.manager)
      .getRepository(Order)
      .createQueryBuilder('o')
      .where('o.remittance_ref IN (:...refs)', { refs: [...refs] });
    if (open) qb.andWhere(`o.payment_method = 'bank_transfer' AND o.status NOT IN ('cancelled', 'refunded') AND o.paid_fen < o.total_fen`);
    return qb.orderBy('o.order_no').getMany();
  }

  /** One refund by id (null when there is none); in the caller's transaction when given one. */
  refund(id: string, em?: EntityManager): Promise<Refund | null> {
    return (em ?? this.db.manager).getRepository(Refund).findOneBy({ id });
  }

  /** The refund, locked FOR UPDATE for the rest of the caller's transaction. */
  lockRefund(em: EntityManager, id: string): Promise<Refund | null> {
    return em.getRepository(Refund).createQueryBuilder('r').where('r.id = :id', { id }).setLock('pessimistic_write').getOne();
  }

  /** Inserts (or, with an id, saves) a refund in the caller's transaction. */
  saveRefund(em: EntityManager, refund: DeepPartial<Refund>): Promise<Refund> {
    return em.getRepository(Refund).save(refund) as Promise<Refund>;
  }

  async updateRefund(em: EntityManager, id: string, patch: Partial<Refund>): Promise<void> {
    await em.getRepository(Refund).update(id, patch);
  }

  /** Bank refunds finance still has to pay back, oldest first. */
  pendingBankRefunds(): Promise<Refund[]> {
    return this.db.getRepository(Refund).find({ where: { method: 'bank', status: 'pending' }, order: { createdAt: 'ASC' }, take: 200 });
  }

  /** What earlier refunds of the order that change its figures took (pending or done), in the caller's transaction. */
  earlierOrderRefunds(
    em: EntityManager,
    orderId: string,
  ): Promise<{ amount_fen: string; status: string; restock: boolean; lines: RefundLineRef[] }[]> {
    return queryNamed(em, SQL.EARLIER_ORDER_REFUNDS, { orderId });
  }

  /** Ids of the pending online refunds due at `now` (at most 500, oldest first). */
  async dueOnlineRefundIds(now: Date): Promise<string[]> {
    const rows = await queryNamed(this.db, SQL.DUE_ONLINE_REFUNDS, { now });
    return rows.map((r) => r.id);
  }

  /** The provider gave no answer about a pending refund: counted, and tried again at `nextSendAt`. */
  async refundSendUnanswered({ id, nextSendAt, lastError }: { id: string; nextSendAt: Date; lastError: string }): Promise<void> {
    await queryNamed(this.db, SQL.REFUND_SEND_UNANSWERED, { id, nextSendAt, lastError });
  }

  /** The pending refunds of a provider's payment are due for a query now (in the caller's transaction); their ids. */
  async wakeRefundsOfPayment(
    em: EntityManager,
    { providerPaymentId, method }: { providerPaymentId: string; method: string },
  ): Promise<string[]> {
    const rows = await queryNamed(em, SQL.WAKE_REFUNDS_OF_PAYMENT, { providerPaymentId, method });
    return rows.map((r) => r.id);
  }

  /** A pending refund is due for a query now. */
  async wakeRefund(id: string): Promise<void> {
    await queryNamed(this.db, SQL.WAKE_REFUND, { id });
  }

  /** A refund's status (undefined when there is none). */
  async refundStatus(id: string): Promise<string | undefined> {
    const rows = await queryNamed(this.db, SQL.REFUND_STATUS, { id });
    return rows[0]?.status;
  }

  /** The online refunds of one provider (`method`) asked within [from, until). */
  refundsOfDay({ method, from, until }: { method: string; from: Date; until: Date }): Promise<SQL.RefundOfDay[]> {
    return queryNamed(this.db, SQL.REFUNDS_OF_DAY, { method, from, until });
  }
}
