import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomInt, randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { CatalogService, SkuForCheckout, StockService } from '@yigou/server/catalog';
import { LiveOfferService } from '@yigou/server/livestream';
import { preparedStatement, runPrepared } from '@yigou/server/database';
import { APP_CONFIG, AppConfig, badInput, forbidden, notFound, RequestContext } from '@yigou/server/core';
import { PlaceOrderInput } from './dto/order.inputs';
import { Order, OrderAddressSnapshot } from './order.entity';
import { BANK_TERM_DAYS, ONLINE_PAYMENT_MINUTES, PaymentTerm, PurchasePurpose } from './order-state';
import { limitExceeded, notOnSale, outOfStock, paymentUnavailable, priceChanged, STATUS_LABEL } from './order.errors';
import { actionLabel, OrderLifecycle } from './order-lifecycle.service';

/** Shipping per supplier order: a flat fee, free from a threshold (stated in the storefront). */
export const SHIPPING_FLAT_FEN = 1000;
export const FREE_SHIPPING_FROM_FEN = 9900;
export const shippingFor = (itemsFen: number): number => (itemsFen >= FREE_SHIPPING_FROM_FEN ? 0 : SHIPPING_FLAT_FEN);

/**
 * Writes a checkout's orders (see CheckoutService.insertOrders). Prepared: planning
 * it cost ~0.7 ms of the database's CPU per order.
 */
const PLACE_ORDERS = preparedStatement(
  `WITH addr AS (
     SELECT jsonb_build_object('recipient', recipient, 'phone', phone, 'province', province, 'city', city,
                               'district', district, 'detail', detail, 'postalCode', postal_code) AS snapshot
       FROM address WHERE id = $3 AND user_id = $4
   ), draft AS (
     SELECT d.*, 'YG' || $13 || lpad(nextval('shop_order_no_seq')::text, 7, '0') AS order_no
       FROM jsonb_to_recordset($1::jsonb) AS d(id uuid, ord int, supplier_id uuid, items_fen bigint, shipping_fen bigint, remittance_ref text, pay_deadline timestamptz)
      WHERE EXISTS (SELECT 1 FROM addr)
   ), ins AS (
     INSERT INTO shop_order (id, order_no, checkout_id, buyer_id, unit_id, supplier_id, live_session_id, status, payment_status,
                             payment_method, payment_term, purpose, items_fen, shipping_fen, total_fen, paid_fen, refunded_fen,
                             remittance_ref, pay_deadline, address, invoice, created_at, updated_at)
     SELECT d.id, d.order_no, $6, $4, $5, d.supplier_id, $7, 'pending_payment', 'unpaid',
            $8, $9, $10, d.items_fen, d.shipping_fen, d.items_fen + d.shipping_fen, 0, 0,
            d.remittance_ref, d.pay_deadline, (SELECT snapshot FROM addr), $11::jsonb, $12, $12
       FROM draft d ORDER BY d.ord
     RETURNING id, order_no, ship_deadline_days
   ), line AS (
     INSERT INTO order_line (order_id, product_id, sku_id, product_name, sku_spec, quantity, unit_price_fen, amount_fen, certified)
     SELECT l.order_id, l.product_id, l.sku_id, l.product_name, l.sku_spec, l.quantity, l.unit_price_fen, l.amount_fen, l.certified
       FROM jsonb_to_recordset($2::jsonb) AS l(order_id uuid, product_id uuid, sku_id uuid, product_name text, sku_spec text,
                                              quantity int, unit_price_fen bigint, amount_fen bigint, certified boolean)
       JOIN ins ON ins.id = l.order_id
   ), transition AS (
     INSERT INTO order_transition (order_id, action, from_status, to_status, actor_id, actor_role, note, created_at)
     SELECT id, 'place', NULL, 'pending_payment', $4, 'buyer', NULL, $12 FROM ins
   ), notice AS (
     INSERT INTO notification (user_id, kind, title, body, ref_type, ref_id)
     SELECT $4, 'order.place', '订单 ' || order_no || ' ' || $14, $15, 'order', id::text FROM ins
   ), cart AS (
     DELETE FROM cart_item WHERE $16 AND user_id = $4 AND sku_id = ANY($17::uuid[])
   ), wanted AS (
     SELECT q.sku_id, q.quantity, lim.per_buyer
       FROM jsonb_to_recordset($2::jsonb) AS q(sku_id uuid, quantity int)
       JOIN sku_purchase_limit lim ON lim.sku_id = q.sku_id
   ), held AS (
     INSERT INTO buyer_sku_purchase (buyer_id, sku_id, quantity)
     SELECT $4, w.sku_id, w.quantity FROM wanted w WHERE w.quantity <= w.per_buyer AND EXISTS (SELECT 1 FROM addr) ORDER BY w.sku_id
     ON CONFLICT (buyer_id, sku_id) DO UPDATE SET quantity = buyer_sku_purchase.quantity + EXCLUDED.quantity
      WHERE buyer_sku_purchase.quantity + EXCLUDED.quantity <= (SELECT per_buyer FROM sku_purchase_limit WHERE sku_id = EXCLUDED.sku_id)
     RETURNING sku_id
   )
   SELECT (SELECT json_agg(json_build_object('id', id, 'order_no', order_no, 'ship_deadline_days', ship_deadline_days)) FROM ins) AS orders,
          (SELECT snapshot FROM addr) AS address,
          (SELECT json_agg(json_build_object('sku_id', w.sku_id, 'per_buyer', w.per_buyer) ORDER BY w.sku_id)
             FROM wanted w WHERE NOT EXISTS (SELECT 1 FROM held h WHERE h.sku_id = w.sku_id)) AS refused`,
);

/** One supplier's order of a checkout, before it is written. */
interface OrderDraft {
  id: string;
  supplierId: string;
  itemsFen: number;
  shippingFen: number;
  payDeadline: Date | null;
  remittanceRef: string;
  lines: { sku: SkuForCheckout; quantity: number; unitPriceFen: number }[];
}

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
      const drafts: OrderDraft[] = [...bySupplier.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([supplierId, group]) => {
          const itemsFen = group.reduce((sum, g) => sum + priceOf(g.sku) * g.quantity, 0);
          const shippingFen = shippingFor(itemsFen);
          return {
            id: randomUUID(),
            supplierId,
            itemsFen,
            shippingFen,
            payDeadline: term === 'ship_first' ? null : new Date(now.getTime() + (term === 'online' ? ONLINE_PAYMENT_MINUTES * 60_000 : BANK_TERM_DAYS * 86_400_000)),
            remittanceRef: remittanceRef(),
            lines: group.map(({ sku, quantity }) => ({ sku, quantity, unitPriceFen: priceOf(sku) })),
          };
        });
      const placed = await this.insertOrders(em, { drafts, buyerId: user.id, unitId: user.unitId, input, term, purpose, now, skuIds: [...seen] });
      const orders = drafts.map((d) => {
        const row = placed.numbers.get(d.id) as { orderNo: string; shipDeadlineDays: number };
        return em.getRepository(Order).create({
          id: d.id,
          orderNo: row.orderNo,
          checkoutId: placed.checkoutId,
          buyerId: user.id,
          unitId: user.unitId,
          supplierId: d.supplierId,
          liveSessionId: input.liveSessionId ?? null,
          status: 'pending_payment',
          paymentStatus: 'unpaid',
          paymentMethod: input.paymentMethod,
          paymentTerm: term,
          purpose,
          itemsFen: d.itemsFen,
          shippingFen: d.shippingFen,
          totalFen: d.itemsFen + d.shippingFen,
          paidFen: 0,
          refundedFen: 0,
          remittanceRef: d.remittanceRef,
          payDeadline: d.payDeadline,
          termExtended: false,
          stockSold: false,
          shipDeadlineDays: row.shipDeadlineDays,
          address: placed.address,
          invoice: input.invoice ? { title: input.invoice.title, taxNo: input.invoice.taxNo ?? null } : null,
          createdAt: now,
          updatedAt: now,
        });
      });
      if (term === 'ship_first') {
        const actor = { id: user.id, role: 'buyer' };
        for (const order of orders) {
          await this.lifecycle.record(em, order, 'pay', 'to_ship', actor, '先发货后付款（对公转账）', now);
          await this.lifecycle.notifySupplier(em, order, 'new_order', `先发货后付款（对公转账），请在 ${order.shipDeadlineDays} 天内发货`);
        }
      }
      // Stock last, in SKU order: the hot rows stay locked only from here to COMMIT,
      // and two checkouts never wait on each other's rows in opposite order.
      const reservations = drafts
        .flatMap((d, i) => d.lines.map((l) => ({ ...l, order: orders[i] })))
        .sort((a, b) => a.sku.skuId.localeCompare(b.sku.skuId));
      for (const { sku, quantity, order } of reservations) {
        const reserved = await this.stock.apply('reserved', { skuId: sku.skuId, quantity, reason: `订单 ${order.orderNo}`, actorId: user.id, refType: 'order', refId: order.id }, em);
        if (!reserved) throw outOfStock(sku.productName, sku.skuId);
      }
      return orders;
    });
  }

  /**
   * Writes a checkout's orders in ONE statement: the orders (numbered from the
   * sequence, with the buyer's own address copied in), their lines, the 'place'
   * transitions and the buyer's notifications, the cart clean-up, and the
   * per-buyer limit counters — each a conditional upsert, so concurrent
   * checkouts of one buyer serialise on the counter row and cannot pass the
   * limit. Stock is reserved afterwards by StockService. Throws (the caller's
   * transaction rolls back) when the address is not the buyer's or a limit
   * would be passed. One round trip instead of seven: under load the API's
   * CPU went mostly to socket writes per statement (bench/checkout-hot-sku).
   */
  private async insertOrders(
    em: EntityManager,
    a: { drafts: OrderDraft[]; buyerId: string; unitId: string | null; input: PlaceOrderInput; term: PaymentTerm; purpose: PurchasePurpose; now: Date; skuIds: string[] },
  ): Promise<{ checkoutId: string; address: OrderAddressSnapshot; numbers: Map<string, { orderNo: string; shipDeadlineDays: number }> }> {
    const checkoutId = randomUUID();
    const orders = a.drafts.map((d, i) => ({
      id: d.id,
      ord: i,
      supplier_id: d.supplierId,
      items_fen: d.itemsFen,
      shipping_fen: d.shippingFen,
      remittance_ref: d.remittanceRef,
      pay_deadline: d.payDeadline?.toISOString() ?? null,
    }));
    const lines = a.drafts.flatMap((d) =>
      d.lines.map((l) => ({
        order_id: d.id,
        product_id: l.sku.productId,
        sku_id: l.sku.skuId,
        product_name: l.sku.productName,
        sku_spec: l.sku.spec,
        quantity: l.quantity,
        unit_price_fen: l.unitPriceFen,
        amount_fen: l.unitPriceFen * l.quantity,
        certified: l.sku.certified,
      })),
    );
    const day = new Date(a.now.getTime() + 8 * 3600_000).toISOString().slice(0, 10).replace(/-/g, '');
    const invoice = a.input.invoice ? { title: a.input.invoice.title, taxNo: a.input.invoice.taxNo ?? null } : null;
    const rows: { orders: { id: string; order_no: string; ship_deadline_days: number }[] | null; address: OrderAddressSnapshot | null; refused: { sku_id: string; per_buyer: number }[] | null }[] =
      await runPrepared(em, PLACE_ORDERS, [
          JSON.stringify(orders),
          JSON.stringify(lines),
          a.input.addressId,
          a.buyerId,
          a.unitId,
          checkoutId,
          a.input.liveSessionId ?? null,
          a.input.paymentMethod,
          a.term,
          a.purpose,
          invoice ? JSON.stringify(invoice) : null,
          a.now,
          day,
          STATUS_LABEL.pending_payment,
          `${actionLabel('place')}：${STATUS_LABEL.pending_payment}`,
          a.input.fromCart !== false,
          a.skuIds,
        ],
      );
    const [row] = rows;
    if (!row.address) throw badInput('收货地址不存在，请重新选择', 'addressId');
    const refused = row.refused?.[0];
    if (refused) {
      const sku = a.drafts.flatMap((d) => d.lines).find((l) => l.sku.skuId === refused.sku_id) as OrderDraft['lines'][number];
      throw limitExceeded(sku.sku.productName, refused.per_buyer);
    }
    return {
      checkoutId,
      address: { ...row.address, postalCode: row.address.postalCode ?? null },
      numbers: new Map((row.orders ?? []).map((o) => [o.id, { orderNo: o.order_no, shipDeadlineDays: o.ship_deadline_days }])),
    };
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
