import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import {
  applyDayRange,
  badInput,
  Connection,
  forbidden,
  groupByKeys,
  keysetPage,
  notFound,
  pageSize,
  RequestContext,
} from '@yigou/server/core';
import { type OrderListArgs, orderSort } from './order-list';
import { BindingChangeRequest } from '../entities/binding-change.entity';
import { OrderLine } from '../entities/order-line.entity';
import { OrderTransition } from '../entities/order-transition.entity';
import { Order } from '../entities/order.entity';
import { BANK_EXTENSION_DAYS, buyerRoleOf, SHIP_DEADLINE_DAYS } from './order-state';
import { invalidState } from '../errors';
import { Actor, OrderLifecycle } from './order-lifecycle.service';
import { Refund } from '../entities/refund.entity';
import { Parcel } from '../shipping/entities/parcel.entity';
import { legacyParcel } from '../shipping/services/parcel-rules';
import { WorkUnit, WorkUnitService } from '@yigou/server/identity';
import { isUuid } from '@yigou/shared/validation';

export type OrderScope = 'mine' | 'supplier' | 'platform';

/**
 * Who may see an order: its buyer, its supplier's staff, the platform (admin or finance desk). Anyone else is told
 * '订单不存在', the answer for an id that names no order, so a refusal says nothing about another buyer's order.
 */
export function canSeeOrder(ctx: RequestContext, order: Pick<Order, 'buyerId' | 'supplierId'>): boolean {
  return order.buyerId === ctx.user?.id || ctx.canActForSupplier(order.supplierId) || !!ctx.financeDeskRole();
}

/** Reading orders and the buyer's / supplier's actions on them. */
@Injectable()
export class OrderService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly lifecycle: OrderLifecycle,
    private readonly units: WorkUnitService,
  ) {}

  /**
   * Units an order may be counted for instead: the buyer's current and former
   * units and the 主管单位 chain above the order's unit (never the unit it counts for now).
   */
  async bindingTargets(order: Order, buyerId: string): Promise<{ unit: WorkUnit; parent: boolean }[]> {
    const own = await this.units.unitsOfUser(buyerId);
    const above = order.unitId ? await this.units.ancestors(order.unitId) : [];
    const seen = new Set<string>(order.unitId ? [order.unitId] : []);
    const out: { unit: WorkUnit; parent: boolean }[] = [];
    for (const [unit, parent] of [...own.map((u) => [u, false] as const), ...above.map((u) => [u, true] as const)]) {
      if (seen.has(unit.id)) continue;
      seen.add(unit.id);
      out.push({ unit, parent });
    }
    return out;
  }

  /** The order if the caller may see it: its buyer, its supplier's staff, or the platform (admin or finance desk). */
  async visibleOrder(ctx: RequestContext, id: string): Promise<Order> {
    ctx.requireUser();
    const order = isUuid(id) ? await this.db.getRepository(Order).findOne({ where: { id } }) : null;
    if (!order || !canSeeOrder(ctx, order)) throw notFound('订单不存在');
    return order;
  }

  async list(ctx: RequestContext, scope: OrderScope, args: OrderListArgs): Promise<Connection<Order>> {
    const user = ctx.requireUser();
    const first = pageSize(args.first);
    const qb = this.db.getRepository(Order).createQueryBuilder('o');
    if (scope === 'mine') qb.where('o.buyer_id = :uid', { uid: user.id });
    else if (scope === 'supplier') {
      if (args.supplierId && !isUuid(args.supplierId)) throw notFound('供应商不存在');
      if (args.supplierId && !ctx.canActForSupplier(args.supplierId)) throw forbidden('您无权查看其他供应商的订单');
      const scoped = args.supplierId
        ? [args.supplierId]
        : ctx
            .grantsFor('supplier_staff')
            .map((g) => g.supplierId)
            .filter((s): s is string => !!s);
      if (scoped.length > 0) qb.where('o.supplier_id IN (:...sids)', { sids: scoped });
      else if (ctx.hasRole('platform_admin'))
        qb.where('1 = 1'); // the platform sees every supplier's desk
      else throw forbidden('您不是供应商人员');
    } else {
      if (!ctx.financeDeskRole()) throw forbidden('仅平台财务可查看全部订单');
      qb.where('1 = 1');
    }
    if (args.status) qb.andWhere('o.status = :st', { st: args.status });
    if (args.search) qb.andWhere('(o.order_no = :q OR o.remittance_ref = :q)', { q: args.search.trim().toUpperCase() });
    applyDayRange(qb, 'o.created_at', args.from, args.to);
    return keysetPage(qb, orderSort(args.sort, args.direction), first, args.after);
  }

  async linesByOrderIds(ids: readonly string[]): Promise<OrderLine[][]> {
    const rows = await this.db
      .getRepository(OrderLine)
      .find({ where: { orderId: In([...ids]) }, order: { productName: 'ASC', id: 'ASC' } });
    return groupByKeys(ids, rows, (l) => l.orderId);
  }

  async transitionsByOrderIds(ids: readonly string[]): Promise<OrderTransition[][]> {
    const rows = await this.db.getRepository(OrderTransition).find({ where: { orderId: In([...ids]) }, order: { id: 'ASC' } });
    return groupByKeys(ids, rows, (t) => t.orderId);
  }

  async refundsByOrderIds(ids: readonly string[]): Promise<Refund[][]> {
    const rows = await this.db.getRepository(Refund).find({ where: { orderId: In([...ids]) }, order: { createdAt: 'ASC' } });
    return groupByKeys(ids, rows, (r) => r.orderId);
  }

  /** Runs `fn` on the locked order inside one transaction, after an access check. */
  async act(
    ctx: RequestContext,
    orderId: string,
    who: 'buyer' | 'supplier' | 'platform',
    fn: (em: EntityManager, order: Order, actor: Actor) => Promise<void>,
  ): Promise<Order> {
    const user = ctx.requireUser();
    await this.visibleOrder(ctx, orderId);
    return this.db.transaction(async (em) => {
      const [order] = await this.lifecycle.lock(em, [orderId]);
      const allowed =
        who === 'buyer'
          ? order.buyerId === user.id
          : who === 'supplier'
            ? ctx.canActForSupplier(order.supplierId)
            : ctx.hasRole('platform_admin');
      if (!allowed)
        throw forbidden(who === 'buyer' ? '只能操作自己的订单' : who === 'supplier' ? '只能操作本供应商的订单' : '需要平台管理员权限');
      const role = who === 'buyer' ? buyerRoleOf(order) : who === 'supplier' ? 'supplier_staff' : 'platform_admin';
      await fn(em, order, { id: user.id, role });
      return order;
    });
  }

  cancel(ctx: RequestContext, orderId: string, reason: string | null): Promise<Order> {
    return this.act(ctx, orderId, 'buyer', async (em, order, actor) => {
      if (order.paidFen > 0) throw invalidState(order.status, '直接取消已付款的订单，请申请退款');
      await this.lifecycle.cancel(em, order, 'cancel', actor, reason?.trim() || '买家取消', ctx.now);
    });
  }

  ship(ctx: RequestContext, input: { orderId: string; carrier: string; trackingNo: string }): Promise<Order> {
    return this.act(ctx, input.orderId, 'supplier', async (em, order, actor) => {
      const parcel = legacyParcel(input.carrier.trim(), input.trackingNo.trim()); // one waybill: its order's first parcel
      await this.lifecycle.ship(em, order, parcel.carrierName, parcel.trackingNo, actor, ctx.now);
      await em.getRepository(Parcel).insert({ ...parcel, orderId: order.id, shippedAt: ctx.now });
    });
  }

  setShipDeadline(ctx: RequestContext, orderId: string, days: number): Promise<Order> {
    if (!(SHIP_DEADLINE_DAYS as readonly number[]).includes(days)) throw badInput('发货期限只能是 7、15 或 30 天', 'days');
    return this.act(ctx, orderId, 'platform', async (em, order) => {
      order.shipDeadlineDays = days;
      await em.getRepository(Order).save(order);
    });
  }

  receive(ctx: RequestContext, orderId: string): Promise<Order> {
    return this.act(ctx, orderId, 'buyer', (em, order, actor) => this.lifecycle.receive(em, order, false, actor, ctx.now));
  }

  /** Rating completes a received order (an order counts as completed after payment, receipt and rating). */
  rate(ctx: RequestContext, input: { orderId: string; rating: number; comment?: string | null }): Promise<Order> {
    return this.act(ctx, input.orderId, 'buyer', async (em, order, actor) => {
      if (order.rating !== null) throw badInput('该订单已评价', 'rating');
      if (order.status !== 'received' && order.status !== 'completed') throw invalidState(order.status, '评价');
      order.rating = input.rating;
      order.ratingComment = input.comment?.trim() || null;
      if (order.status === 'received') await this.lifecycle.complete(em, order, actor, `评价 ${input.rating} 星`, ctx.now);
      else await this.lifecycle.record(em, order, 'rate', order.status, actor, `评价 ${input.rating} 星`, ctx.now);
    });
  }

  /** Bank transfer, pay first: one 15-day extension of the 30-day term. */
  extendTerm(ctx: RequestContext, orderId: string): Promise<Order> {
    return this.act(ctx, orderId, 'buyer', async (em, order, actor) => {
      if (order.paymentTerm !== 'pay_first' || !order.payDeadline) throw badInput('只有先付款的对公转账订单可以延期', 'orderId');
      if (order.termExtended) throw badInput('付款期限只能延长一次', 'orderId');
      order.termExtended = true;
      order.payDeadline = new Date(order.payDeadline.getTime() + BANK_EXTENSION_DAYS * 86_400_000);
      await this.lifecycle.record(em, order, 'extend_term', order.status, actor, `付款期限延长 ${BANK_EXTENSION_DAYS} 天`, ctx.now);
    });
  }

  async requestBindingChange(ctx: RequestContext, orderId: string, toUnitId: string, reason: string): Promise<BindingChangeRequest> {
    const user = ctx.requireUser();
    if (!isUuid(toUnitId)) throw badInput('单位无效', 'toUnitId');
    if (!reason.trim()) throw badInput('请说明变更原因', 'reason');
    const order = await this.visibleOrder(ctx, orderId);
    if (order.buyerId !== user.id) throw forbidden('只能为自己的订单申请变更');
    if (order.unitId === toUnitId) throw badInput('订单已计入该单位', 'toUnitId');
    if (order.status === 'cancelled') throw invalidState(order.status, '变更计入单位');
    const targets = await this.bindingTargets(order, user.id);
    if (!targets.some((t) => t.unit.id === toUnitId))
      throw badInput('只能变更为您现在或曾经所在的单位，或订单所计单位的主管单位', 'toUnitId');
    const pending = await this.db.getRepository(BindingChangeRequest).findOne({ where: { orderId, status: 'pending' } });
    if (pending) throw badInput('该订单已有待审批的变更申请，请等待审批后再申请', 'orderId');
    try {
      return await this.db
        .getRepository(BindingChangeRequest)
        .save({ orderId, fromUnitId: order.unitId, toUnitId, reason: reason.trim(), status: 'pending', requestedBy: user.id });
    } catch (e) {
      // two requests at once: the partial unique index keeps one pending request per order
      if ((e as { code?: string }).code === '23505') throw badInput('该订单已有待审批的变更申请，请等待审批后再申请', 'orderId');
      throw e;
    }
  }

  async pendingBindingChanges(ctx: RequestContext): Promise<BindingChangeRequest[]> {
    if (!ctx.hasRole('platform_admin')) throw forbidden('需要平台管理员权限');
    return this.db.getRepository(BindingChangeRequest).find({ where: { status: 'pending' }, order: { createdAt: 'ASC' }, take: 100 });
  }

  /** A platform admin approves (the order is rebound, recorded as a transition) or rejects a binding change. */
  async decideBindingChange(ctx: RequestContext, requestId: string, approve: boolean): Promise<BindingChangeRequest> {
    const user = ctx.requireUser();
    if (!ctx.hasRole('platform_admin')) throw forbidden('需要平台管理员权限');
    return this.db.transaction(async (em) => {
      const rows: BindingChangeRequest[] = await em
        .getRepository(BindingChangeRequest)
        .createQueryBuilder('r')
        .where('r.id = :id', { id: requestId })
        .setLock('pessimistic_write')
        .getMany();
      const req = rows[0];
      if (!req) throw notFound('变更申请不存在');
      if (req.status !== 'pending') throw badInput('该申请已处理', 'requestId');
      req.status = approve ? 'approved' : 'rejected';
      req.decidedBy = user.id;
      req.decidedAt = ctx.now;
      await em.getRepository(BindingChangeRequest).save(req);
      if (approve) {
        const [order] = await this.lifecycle.lock(em, [req.orderId]);
        if (!order) throw notFound('订单不存在');
        if (order.unitId !== req.fromUnitId) throw badInput('订单的计入单位已变化，该申请已失效，请驳回', 'requestId');
        order.unitId = req.toUnitId;
        await this.lifecycle.record(
          em,
          order,
          'rebind',
          order.status,
          { id: user.id, role: 'platform_admin' },
          `计入单位变更：${req.reason}`,
          ctx.now,
        );
        // quota, attribution and session figures move the whole counted amount to the new unit
        await this.lifecycle.emitRebound(em, order, await this.lifecycle.lines(em, order.id), ctx.now, {
          fromUnitId: req.fromUnitId,
          bindingChangeId: req.id,
        });
      }
      return req;
    });
  }
}
