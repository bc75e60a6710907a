import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomInt, randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { CatalogService, SkuForCheckout, StockService } from '@yigou/server/catalog';
import { LiveOfferService } from '@yigou/server/livestream';
import { APP_CONFIG, AppConfig, badInput, forbidden, notFound, RequestContext } from '@yigou/server/core';
import { Address } from './address.entity';
import { PlaceOrderInput } from './dto/order.inputs';
import { OrderLine } from './order-line.entity';
import { Order } from './order.entity';
import { BANK_TERM_DAYS, ONLINE_PAYMENT_MINUTES, PaymentTerm, PurchasePurpose } from './order-state';
import { limitExceeded, notOnSale, outOfStock, paymentUnavailable, priceChanged } from './order.errors';
import { OrderLifecycle } from './order-lifecycle.service';

/** Shipping per supplier order: a flat fee, free from a threshold (stated in the storefront). */
export const SHIPPING_FLAT_FEN = 1000;
export const FREE_SHIPPING_FROM_FEN = 9900;
export const shippingFor = (itemsFen: number): number => (itemsFen >= FREE_SHIPPING_FROM_FEN ? 0 : SHIPPING_FLAT_FEN);

const REF_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/**
 * Places a checkout: one order per supplier, stock reserved line by line with
 * StockService's atomic conditional statement, per-buyer limits held by a
 * conditional upsert — all in ONE transaction, so any failure leaves nothing behind.
 */
@Injectable()
export class CheckoutService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly catalog: CatalogService,
    private readonly stock: StockService,
    private readonly lifecycle: OrderLifecycle,
    private readonly live: LiveOfferService,
  ) {}

  async placeOrder(ctx: RequestContext, input: PlaceOrderInput): Promise<Order[]> {
    const user = ctx.requireUser();
    const now = ctx.now;
    const seen = new Set<string>();
    input.lines.forEach((l, i) => {
      if (seen.has(l.skuId)) throw badInput('同一规格请合并为一行', `lines.${i}.skuId`);
      seen.add(l.skuId);
    });
    const term = this.termFor(ctx, input);
    const purpose: PurchasePurpose = ctx.hasRole('unit_purchaser') && input.purpose ? input.purpose : 'personal';
    const skus = new Map((await this.catalog.skusForCheckout(ctx, input.lines.map((l) => l.skuId))).map((s) => [s.skuId, s]));
    input.lines.forEach((l, i) => {
      const s = skus.get(l.skuId);
      if (!s) throw badInput('商品规格不存在', `lines.${i}.skuId`);
      if (!s.sellable) throw notOnSale(s.productName);
      // From a live room the price is the session's live price, checked once the offer is claimed.
      if (!input.liveSessionId && s.priceFen !== l.expectedPriceFen) throw priceChanged(s.productName, s.skuId, s.priceFen);
    });

    const bySupplier = new Map<string, { sku: SkuForCheckout; quantity: number }[]>();
    for (const l of input.lines) {
      const sku = skus.get(l.skuId) as SkuForCheckout;
      const group = bySupplier.get(sku.supplierId) ?? [];
      group.push({ sku, quantity: l.quantity });
      bySupplier.set(sku.supplierId, group);
    }

    return this.db.transaction(async (em) => {
      const address = await em.getRepository(Address).findOne({ where: { id: input.addressId, userId: user.id } });
      if (!address) throw badInput('收货地址不存在，请重新选择', 'addressId');
      const limits = await this.limitsOf(em, [...seen]);
      // Live orders claim the session's offer first (window, session cap and per-buyer limit, atomically);
      // the claim is part of this transaction, so any later failure gives it back.
      const livePrices = new Map<string, number>();
      if (input.liveSessionId) {
        for (const l of [...input.lines].sort((a, b) => a.skuId.localeCompare(b.skuId))) {
          const sku = skus.get(l.skuId) as SkuForCheckout;
          const price = await this.live.claim(em, { sessionId: input.liveSessionId, skuId: l.skuId, buyerId: user.id, quantity: l.quantity, now });
          if (price !== l.expectedPriceFen) throw priceChanged(sku.productName, sku.skuId, price);
          livePrices.set(l.skuId, price);
        }
      }
      const priceOf = (sku: SkuForCheckout): number => livePrices.get(sku.skuId) ?? sku.priceFen;
      const checkoutId = randomUUID();
      const orders: Order[] = [];
      const reservations: { sku: SkuForCheckout; quantity: number; order: Order }[] = [];
      for (const [supplierId, group] of [...bySupplier.entries()].sort(([a], [b]) => a.localeCompare(b))) {
        const itemsFen = group.reduce((sum, g) => sum + priceOf(g.sku) * g.quantity, 0);
        const shippingFen = shippingFor(itemsFen);
        const order = em.getRepository(Order).create({
          orderNo: await this.nextOrderNo(em, now),
          checkoutId,
          buyerId: user.id,
          unitId: user.unitId,
          supplierId,
          liveSessionId: input.liveSessionId ?? null,
          status: 'pending_payment',
          paymentStatus: 'unpaid',
          paymentMethod: input.paymentMethod,
          paymentTerm: term,
          purpose,
          itemsFen,
          shippingFen,
          totalFen: itemsFen + shippingFen,
          paidFen: 0,
          refundedFen: 0,
          remittanceRef: remittanceRef(),
          payDeadline: term === 'ship_first' ? null : new Date(now.getTime() + (term === 'online' ? ONLINE_PAYMENT_MINUTES * 60_000 : BANK_TERM_DAYS * 86_400_000)),
          address: { recipient: address.recipient, phone: address.phone, province: address.province, city: address.city, district: address.district, detail: address.detail, postalCode: address.postalCode },
          invoice: input.invoice ? { title: input.invoice.title, taxNo: input.invoice.taxNo ?? null } : null,
          createdAt: now,
        });
        await em.getRepository(Order).insert(order);
        await em.getRepository(OrderLine).insert(
          group.map(({ sku, quantity }) => ({
            orderId: order.id,
            productId: sku.productId,
            skuId: sku.skuId,
            productName: sku.productName,
            skuSpec: sku.spec,
            quantity,
            unitPriceFen: priceOf(sku),
            amountFen: priceOf(sku) * quantity,
            certified: sku.certified,
          })),
        );
        const actor = { id: user.id, role: 'buyer' };
        await this.lifecycle.record(em, order, 'place', 'pending_payment', actor, null, now);
        if (term === 'ship_first') {
          await this.lifecycle.record(em, order, 'pay', 'to_ship', actor, '先发货后付款（对公转账）', now);
          await this.lifecycle.notifySupplier(em, order, 'new_order', `先发货后付款（对公转账），请在 ${order.shipDeadlineDays} 天内发货`);
        }
        for (const g of group) reservations.push({ ...g, order });
        orders.push(order);
      }
      if (input.fromCart !== false) {
        await em.query(`DELETE FROM cart_item WHERE user_id = $1 AND sku_id = ANY($2::uuid[])`, [user.id, [...seen]]);
      }
      // Limits and stock last, in SKU order: the hot rows stay locked only from here to COMMIT,
      // and two checkouts never wait on each other's rows in opposite order.
      reservations.sort((a, b) => a.sku.skuId.localeCompare(b.sku.skuId));
      for (const { sku, quantity } of reservations) {
        const limit = limits.get(sku.skuId);
        if (limit !== undefined) await this.holdLimit(em, user.id, sku, quantity, limit);
      }
      for (const { sku, quantity, order } of reservations) {
        const reserved = await this.stock.apply('reserved', { skuId: sku.skuId, quantity, reason: `订单 ${order.orderNo}`, actorId: user.id, refType: 'order', refId: order.id }, em);
        if (!reserved) throw outOfStock(sku.productName, sku.skuId);
      }
      return orders;
    });
  }

  private termFor(ctx: RequestContext, input: PlaceOrderInput): PaymentTerm {
    if (input.paymentMethod === 'stripe') {
      if (!this.config.stripeSecretKey) throw paymentUnavailable();
      if (input.paymentTerm && input.paymentTerm !== 'online') throw badInput('在线支付无需选择账期', 'paymentTerm');
      return 'online';
    }
    if (!ctx.hasRole('unit_purchaser')) throw forbidden('对公转账仅限单位采购员使用');
    if (!ctx.user?.unitId) throw badInput('您尚未加入工作单位，无法使用对公转账', 'paymentMethod');
    if (input.paymentTerm === 'online') throw badInput('对公转账请选择先付款或先发货', 'paymentTerm');
    return input.paymentTerm ?? 'pay_first';
  }

  private async limitsOf(em: EntityManager, skuIds: string[]): Promise<Map<string, number>> {
    const rows: { sku_id: string; per_buyer: number }[] = await em.query(`SELECT sku_id, per_buyer FROM sku_purchase_limit WHERE sku_id = ANY($1::uuid[])`, [skuIds]);
    return new Map(rows.map((r) => [r.sku_id, r.per_buyer]));
  }

  /** One conditional upsert: concurrent checkouts of the same buyer serialise on the counter row and cannot pass the limit. */
  private async holdLimit(em: EntityManager, buyerId: string, sku: SkuForCheckout, quantity: number, limit: number): Promise<void> {
    if (quantity > limit) throw limitExceeded(sku.productName, limit);
    const rows: unknown[] = await em.query(
      `INSERT INTO buyer_sku_purchase (buyer_id, sku_id, quantity) VALUES ($1, $2, $3)
       ON CONFLICT (buyer_id, sku_id) DO UPDATE SET quantity = buyer_sku_purchase.quantity + EXCLUDED.quantity
        WHERE buyer_sku_purchase.quantity + EXCLUDED.quantity <= $4
       RETURNING quantity`,
      [buyerId, sku.skuId, quantity, limit],
    );
    if (rows.length === 0) throw limitExceeded(sku.productName, limit);
  }

  private async nextOrderNo(em: EntityManager, now: Date): Promise<string> {
    const [{ n }]: { n: string }[] = await em.query(`SELECT nextval('shop_order_no_seq') AS n`);
    const day = new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10).replace(/-/g, '');
    return `YG${day}${n.padStart(7, '0')}`;
  }

  async setPurchaseLimit(ctx: RequestContext, skuId: string, perBuyer: number | null): Promise<boolean> {
    const [sku] = await this.catalog.skusForCheckout(ctx, [skuId]);
    if (!sku) throw notFound('商品规格不存在');
    ctx.requireSupplier(sku.supplierId);
    if (perBuyer === null) await this.db.query(`DELETE FROM sku_purchase_limit WHERE sku_id = $1`, [skuId]);
    else {
      if (!Number.isInteger(perBuyer) || perBuyer < 1) throw badInput('限购数量必须是正整数', 'perBuyer');
      await this.db.query(`INSERT INTO sku_purchase_limit (sku_id, per_buyer) VALUES ($1, $2) ON CONFLICT (sku_id) DO UPDATE SET per_buyer = $2`, [skuId, perBuyer]);
    }
    return true;
  }
}

function remittanceRef(): string {
  let s = 'HK';
  for (let i = 0; i < 10; i++) s += REF_ALPHABET[randomInt(REF_ALPHABET.length)];
  return s;
}
