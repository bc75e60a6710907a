import { Inject, Injectable } from '@nestjs/common';
import { invoiceSnapshot } from '../invoices/dto/invoice-request';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomInt, randomUUID } from 'node:crypto';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { CatalogService, CHECKOUT_SKU_JOINS, checkoutSkuColumns, stockReservationCtes } from '@yigou/server/catalog';
import { LiveOfferService } from '@yigou/server/livestream';
import { preparedStatement, runPrepared } from '@yigou/server/database';
import { notificationInsertSql } from '@yigou/server/notifications';
import { APP_CONFIG, AppConfig, AppError, badInput, forbidden, notFound, RequestContext } from '@yigou/server/core';
import { PlaceOrderInput } from '../dto/order.inputs';
import { Order } from '../entities/order.entity';
import { OrderAddressSnapshot } from '../dto/order-snapshots.types';
import { BANK_TERM_DAYS, buyerRoleOf, isOnlineMethod, ONLINE_PAYMENT_MINUTES, PaymentTerm, PurchasePurpose } from './order-state';
import { onlineMethodConfigured, onlineMethodLabel } from './online-methods';
import {
  checkoutBusy,
  checkoutKeyReused,
  limitExceeded,
  notOnSale,
  outOfStock,
  paymentUnavailable,
  priceChanged,
  STATUS_LABEL,
} from '../errors';
import { actionLabel, OrderLifecycle } from './order-lifecycle.service';
import { SkuGate, SkuGateTimeout } from './sku-gate';
import { shippingCaseSql } from '../pricing/order-pricing';
import { shanghaiDate } from '@yigou/shared/time';

/**
 * A whole checkout in ONE statement (see CheckoutService.writeCheckout): the
 * SKUs read by the catalog's rule (checkoutSkuColumns) and checked — each
 * exists, is on sale, and costs what the buyer saw (a live order brings the
 * session's price instead); one order per supplier with its totals and
 * shipping, numbered from the sequence, with the buyer's own address copied in;
 * their lines; the 'place' transitions and the buyer's notifications (notifications'
 * own INSERT, notificationInsertSql); the cart
 * clean-up; the per-buyer limit counters, each a conditional upsert (concurrent
 * checkouts of one buyer serialise on the counter row and cannot pass the
 * limit); and the stock reservations with their movements (StockService's rule,
 * stockReservationCtes). When a SKU fails its check, the address is not the
 * buyer's, a limit would be passed or a SKU is short, nothing is drafted and
 * checkout_refuse() raises, so the statement — all of it — is undone. Run on
 * its own it is its own transaction, so a hot SKU's row stays locked only
 * inside the database, not across a round trip to the API; and the SKUs are
 * read by the same statement, not in a round trip before it. The final SELECT
 * reads the inserting CTEs (`written`) before the checks that run the
 * reservation, so the rows are written first and the hot SKU's row is locked
 * only for its UPDATE, its movement and COMMIT (+8–17 % orders/s with pgbench).
 * Prepared: planning it cost ~0.7 ms of the database's CPU per order.
 *
 * Idempotency (`checkoutKey`, $20, with the input's fingerprint $21): `claim` inserts the buyer's key with
 * this checkout's id before anything is drafted (`priced` reads it). A key already there — committed, or
 * written by a concurrent request, whose commit the primary key makes this statement wait for — is
 * "updated" to itself instead, which returns ITS checkout id even though this statement's snapshot cannot
 * see the row: then nothing is priced, so no order, line, counter, reservation or cart change is written,
 * and `replay` hands the first checkout's id and fingerprint back (CheckoutService returns its orders).
 *
 * The 'place' transition names the role the buyer placed in ($22, buyerRoleOf: 单位采购员 for a unit purchase,
 * 个人买家 otherwise), as the order's timeline shows it.
 */
export const PLACE_ORDERS = preparedStatement(
  `WITH addr AS (
     SELECT jsonb_build_object('recipient', recipient, 'phone', phone, 'province', province, 'city', city,
                               'district', district, 'detail', detail, 'postalCode', postal_code) AS snapshot
       FROM address WHERE id = $3 AND user_id = $4
   ), claim AS (
     INSERT INTO checkout_key (buyer_id, key, checkout_id, fingerprint, created_at)
     SELECT $4, $20, $6, $21, $12 WHERE $20::uuid IS NOT NULL
     ON CONFLICT (buyer_id, key) DO UPDATE SET checkout_id = checkout_key.checkout_id
     RETURNING checkout_id, fingerprint
   ), replay AS (
     SELECT checkout_id, fingerprint FROM claim WHERE checkout_id <> $6
   ), want AS (
     SELECT w.ord, w.sku_id AS wanted_sku_id, w.quantity, w.expected_price_fen, w.live_price_fen, k.*
       FROM jsonb_to_recordset($1::jsonb) AS w(ord int, sku_id uuid, quantity int, expected_price_fen bigint, live_price_fen bigint)
       LEFT JOIN (SELECT ${checkoutSkuColumns('$18')} FROM ${CHECKOUT_SKU_JOINS} WHERE s.id = ANY($17::uuid[])) k ON k.sku_id = w.sku_id
   ), bad AS (
     SELECT CASE WHEN product_id IS NULL THEN 'missing' WHEN NOT sellable THEN 'off_sale' ELSE 'price' END AS why,
            json_build_object('ord', ord, 'skuId', wanted_sku_id, 'name', name, 'priceFen', price_fen)::text AS detail
       FROM want
      WHERE product_id IS NULL OR NOT sellable OR (live_price_fen IS NULL AND price_fen <> expected_price_fen)
      ORDER BY ord LIMIT 1
   ), priced AS (
     SELECT want.*, COALESCE(live_price_fen, price_fen) AS unit_price_fen FROM want
      WHERE EXISTS (SELECT 1 FROM addr) AND NOT EXISTS (SELECT 1 FROM bad) AND NOT EXISTS (SELECT 1 FROM replay)
   ), draft AS (
     SELECT g.*, gen_random_uuid() AS id,
            ${shippingCaseSql('g.items_fen')} AS shipping_fen,
            ($2::text[])[g.ord] AS remittance_ref,
            'YG' || $13 || lpad(nextval('shop_order_no_seq')::text, 7, '0') AS order_no
       FROM (SELECT supplier_id, sum(unit_price_fen * quantity) AS items_fen, row_number() OVER (ORDER BY supplier_id)::int AS ord
               FROM priced GROUP BY supplier_id) g
   ), ins AS (
     INSERT INTO shop_order (id, order_no, checkout_id, buyer_id, unit_id, supplier_id, live_session_id, status, payment_status,
                             payment_method, payment_term, purpose, items_fen, shipping_fen, total_fen, paid_fen, refunded_fen,
                             remittance_ref, pay_deadline, address, invoice, created_at, updated_at)
     SELECT d.id, d.order_no, $6, $4, $5, d.supplier_id, $7, 'pending_payment', 'unpaid',
            $8, $9, $10, d.items_fen, d.shipping_fen, d.items_fen + d.shipping_fen, 0, 0,
            d.remittance_ref, $19, (SELECT snapshot FROM addr), $11::jsonb, $12, $12
       FROM draft d ORDER BY d.ord
     RETURNING id, order_no, supplier_id, items_fen, shipping_fen, remittance_ref, ship_deadline_days
   ), item AS (
     SELECT p.*, d.id AS order_id, d.order_no FROM priced p JOIN draft d ON d.supplier_id = p.supplier_id
   ), line AS (
     INSERT INTO order_line (order_id, product_id, sku_id, product_name, sku_spec, quantity, unit_price_fen, amount_fen, certified)
     SELECT i.order_id, i.product_id, i.sku_id, i.name, i.spec, i.quantity, i.unit_price_fen, i.unit_price_fen * i.quantity, i.certified
       FROM item i JOIN ins ON ins.id = i.order_id ORDER BY i.ord
     RETURNING order_id
   ), transition AS (
     INSERT INTO order_transition (order_id, action, from_status, to_status, actor_id, actor_role, note, created_at)
     SELECT id, 'place', NULL, 'pending_payment', $4, $22::text, NULL, $12 FROM ins
     RETURNING order_id
   ), notice AS (
     ${notificationInsertSql('ins', { userId: '$4', kind: "'order.place'", title: "'订单 ' || order_no || ' ' || $14", body: '$15', refType: "'order'", refId: 'id::text' })}
     RETURNING id
   ), cart AS (
     DELETE FROM cart_item WHERE $16 AND user_id = $4 AND sku_id = ANY($17::uuid[]) AND NOT EXISTS (SELECT 1 FROM replay)
     RETURNING id
   ), wanted AS (
     SELECT i.sku_id, i.name, i.quantity, lim.per_buyer FROM item i JOIN sku_purchase_limit lim ON lim.sku_id = i.sku_id
   ), held AS (
     INSERT INTO buyer_sku_purchase (buyer_id, sku_id, quantity)
     SELECT $4, w.sku_id, w.quantity FROM wanted w WHERE w.quantity <= w.per_buyer ORDER BY w.sku_id
     ON CONFLICT (buyer_id, sku_id) DO UPDATE SET quantity = buyer_sku_purchase.quantity + EXCLUDED.quantity
      WHERE buyer_sku_purchase.quantity + EXCLUDED.quantity <= (SELECT per_buyer FROM sku_purchase_limit WHERE sku_id = EXCLUDED.sku_id)
     RETURNING sku_id
   ), to_reserve AS (
     SELECT sku_id, name, quantity, '订单 ' || order_no AS reason, 'order' AS ref_type, order_id AS ref_id FROM item
   ), ${stockReservationCtes('to_reserve', { actor: '$4', skuIds: '$17' })}
   SELECT (SELECT count(*) FROM line) + (SELECT count(*) FROM transition) + (SELECT count(*) FROM notice) + (SELECT count(*) FROM cart) AS written,
          CASE
            WHEN EXISTS (SELECT 1 FROM bad) THEN checkout_refuse((SELECT why FROM bad), (SELECT detail FROM bad))
            WHEN NOT EXISTS (SELECT 1 FROM addr) THEN checkout_refuse('address', NULL)
            WHEN EXISTS (SELECT 1 FROM wanted w WHERE NOT EXISTS (SELECT 1 FROM held h WHERE h.sku_id = w.sku_id))
              THEN checkout_refuse('limit', (SELECT json_build_object('skuId', w.sku_id, 'name', w.name, 'perBuyer', w.per_buyer)::text FROM wanted w
                                              WHERE NOT EXISTS (SELECT 1 FROM held h WHERE h.sku_id = w.sku_id) ORDER BY w.sku_id LIMIT 1))
            WHEN EXISTS (SELECT 1 FROM to_reserve t WHERE NOT EXISTS (SELECT 1 FROM reserved r WHERE r.sku_id = t.sku_id))
              THEN checkout_refuse('stock', (SELECT json_build_object('skuId', t.sku_id, 'name', t.name)::text FROM to_reserve t
                                              WHERE NOT EXISTS (SELECT 1 FROM reserved r WHERE r.sku_id = t.sku_id) ORDER BY t.sku_id LIMIT 1))
            ELSE true
          END AS ok,
          (SELECT json_agg(json_build_object('id', id, 'order_no', order_no, 'supplier_id', supplier_id, 'items_fen', items_fen::text,
                                             'shipping_fen', shipping_fen::text, 'remittance_ref', remittance_ref,
                                             'ship_deadline_days', ship_deadline_days) ORDER BY supplier_id) FROM ins) AS orders,
          (SELECT snapshot FROM addr) AS address,
          (SELECT json_build_object('checkoutId', checkout_id, 'fingerprint', fingerprint) FROM replay) AS replay`,
);

const REF_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** What PLACE_ORDERS wrote for one supplier's order. */
interface PlacedRow {
  id: string;
  order_no: string;
  supplier_id: string;
  items_fen: string;
  shipping_fen: string;
  remittance_ref: string;
  ship_deadline_days: number;
}

/**
 * Places a checkout: one order per supplier, SKUs checked, per-buyer limits
 * held and stock reserved by conditional statements — all in ONE statement
 * (PLACE_ORDERS), so any refusal leaves nothing behind.
 */
@Injectable()
export class CheckoutService {
  /** How long a checkout key is kept at least: a retry within it returns the first orders; OrderSweeper forgets older keys hourly. */
  static readonly KEY_HOURS = 24;

  private readonly gate: SkuGate;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly catalog: CatalogService,
    private readonly lifecycle: OrderLifecycle,
    private readonly live: LiveOfferService,
  ) {
    this.gate = new SkuGate(config.checkoutsPerSku, config.checkoutWaitMs);
  }

  /** The checkout queue of this process (SkuGate), for /metrics. */
  queue(): { waiting: number; busySkus: number } {
    return { waiting: this.gate.waiting, busySkus: this.gate.busySkus };
  }

  async placeOrder(ctx: RequestContext, input: PlaceOrderInput): Promise<Order[]> {
    const user = ctx.requireUser();
    const now = ctx.now;
    const seen = new Set<string>();
    input.lines.forEach((l, i) => {
      if (seen.has(l.skuId)) throw badInput('同一规格请合并为一行', `lines.${i}.skuId`);
      seen.add(l.skuId);
    });
    const term = this.termFor(ctx, input);
    // a purchaser of the unit the order counts for (a grant of a unit they left buys nothing for the new one)
    const purchaser = ctx.grantsFor('unit_purchaser').some((g) => !!g.unitId && g.unitId === user.unitId);
    const purpose: PurchasePurpose = purchaser && input.purpose ? input.purpose : 'personal';
    const fingerprint = input.checkoutKey ? checkoutFingerprint(input) : '';

    // Most checkouts are one statement on its own (autocommit). A live order first
    // claims the session's offer, and a ship-first order is recorded as payable
    // later: those steps share a transaction with the statement.
    const place = async (em: EntityManager): Promise<Order[]> => {
      // Live orders claim the session's offer first (window, session cap and per-buyer limit, atomically);
      // the claim is part of this transaction, so any later failure gives it back.
      const livePrices = new Map<string, number>();
      if (input.liveSessionId) {
        for (const l of [...input.lines].sort((a, b) => a.skuId.localeCompare(b.skuId))) {
          const price = await this.live.claim(em, {
            sessionId: input.liveSessionId,
            skuId: l.skuId,
            buyerId: user.id,
            quantity: l.quantity,
            now,
          });
          if (price !== l.expectedPriceFen) {
            const [sku] = await this.catalog.skusForCheckout(ctx, [l.skuId]);
            throw priceChanged(sku?.productName ?? '该商品', l.skuId, price);
          }
          livePrices.set(l.skuId, price);
        }
      }
      const payDeadline =
        term === 'ship_first'
          ? null
          : new Date(now.getTime() + (term === 'online' ? ONLINE_PAYMENT_MINUTES * 60_000 : BANK_TERM_DAYS * 86_400_000));
      const placed = await this.writeCheckout(em, {
        buyerId: user.id,
        unitId: user.unitId,
        input,
        term,
        purpose,
        now,
        payDeadline,
        livePrices,
        skuIds: [...seen],
        fingerprint,
      });
      if ('replayOf' in placed) throw new CheckoutReplay(placed.replayOf.checkoutId, placed.replayOf.fingerprint);
      // Plain assignment (not Repository.create, which walks the entity's metadata per order).
      const orders = placed.rows.map((row) =>
        Object.assign(new Order(), {
          id: row.id,
          orderNo: row.order_no,
          checkoutId: placed.checkoutId,
          buyerId: user.id,
          unitId: user.unitId,
          supplierId: row.supplier_id,
          liveSessionId: input.liveSessionId ?? null,
          status: 'pending_payment',
          paymentStatus: 'unpaid',
          paymentMethod: input.paymentMethod,
          paymentTerm: term,
          purpose,
          itemsFen: Number(row.items_fen),
          shippingFen: Number(row.shipping_fen),
          totalFen: Number(row.items_fen) + Number(row.shipping_fen),
          paidFen: 0,
          refundedFen: 0,
          remittanceRef: row.remittance_ref,
          payDeadline,
          termExtended: false,
          stockSold: false,
          shipDeadlineDays: row.ship_deadline_days,
          address: placed.address,
          invoice: input.invoice ? invoiceSnapshot(input.invoice) : null,
          createdAt: now,
          updatedAt: now,
        } satisfies Partial<Order>),
      );
      if (input.liveSessionId) {
        // The room shows the orders at once as 已下单 (paid ones turn 已付款 when the payment counts).
        const lineRows: { order_id: string; product_id: string; sku_id: string }[] = await em.query(
          `SELECT order_id, product_id, sku_id FROM order_line WHERE order_id = ANY($1) ORDER BY id`,
          [orders.map((o) => o.id)],
        );
        const linesOf = (id: string) => lineRows.filter((l) => l.order_id === id);
        await this.live.placed(
          em,
          input.liveSessionId,
          orders.map((o) => ({
            id: o.id,
            buyerId: user.id,
            unitId: user.unitId,
            productIds: linesOf(o.id).map((l) => l.product_id),
            skuIds: linesOf(o.id).map((l) => l.sku_id),
          })),
          now,
        );
      }
      if (term === 'ship_first') {
        const actor = { id: user.id, role: buyerRoleOf({ purpose, paymentTerm: term }) };
        for (const order of orders) {
          await this.lifecycle.record(em, order, 'pay', 'to_ship', actor, '先发货后付款（对公转账）', now);
          await this.lifecycle.notifySupplier(em, order, 'new_order', `先发货后付款（对公转账），请在 ${order.shipDeadlineDays} 天内发货`);
        }
      }
      return orders;
    };
    // Wait for the SKUs' places (SkuGate) before taking a connection, so waiting never holds one.
    try {
      return await this.gate.run([...seen], () =>
        input.liveSessionId || term === 'ship_first' ? this.db.transaction(place) : place(this.db.manager),
      );
    } catch (e) {
      // A repeat of a checkout already placed (PLACE_ORDERS found its key): this request wrote nothing (a
      // transaction's live claim was rolled back by the throw); answer with the first request's orders.
      if (e instanceof CheckoutReplay) return this.replay(user.id, e.checkoutId, e.fingerprint, fingerprint);
      // A refusal may be a repeat's too: the first request's order took the live offer's per-buyer share or the
      // last stock, or the price changed since. If the key is there, the first request stands (one read, refusals only).
      if (input.checkoutKey && e instanceof AppError) {
        const first = await this.keyOf(user.id, input.checkoutKey).catch(() => null);
        if (first) return this.replay(user.id, first.checkoutId, first.fingerprint, fingerprint);
      }
      // Nothing was written: the checkout never reached the database.
      if (e instanceof SkuGateTimeout) throw checkoutBusy();
      throw e;
    }
  }

  /** The orders a checkout key placed, if the repeat asks for the same checkout (else CHECKOUT_KEY_REUSED). */
  private async replay(buyerId: string, checkoutId: string, stored: string, asked: string): Promise<Order[]> {
    if (stored !== asked) throw checkoutKeyReused();
    return this.db.getRepository(Order).find({ where: { checkoutId, buyerId }, order: { supplierId: 'ASC' } });
  }

  private async keyOf(buyerId: string, key: string): Promise<{ checkoutId: string; fingerprint: string } | null> {
    const [row] = await this.db.query(
      `SELECT checkout_id AS "checkoutId", fingerprint FROM checkout_key WHERE buyer_id = $1 AND key = $2`,
      [buyerId, key],
    );
    return row ?? null;
  }

  /** Forgets checkout keys older than KEY_HOURS (OrderSweeper, hourly); returns how many. */
  async forgetCheckoutKeys(now: Date): Promise<number> {
    const [, n] = await this.db.query(`DELETE FROM checkout_key WHERE created_at < $1`, [
      new Date(now.getTime() - CheckoutService.KEY_HOURS * 3_600_000),
    ]);
    return Number(n ?? 0);
  }

  /** Runs PLACE_ORDERS and turns its refusals into the buyer's messages. */
  private async writeCheckout(
    em: EntityManager,
    a: {
      buyerId: string;
      unitId: string | null;
      input: PlaceOrderInput;
      term: PaymentTerm;
      purpose: PurchasePurpose;
      now: Date;
      payDeadline: Date | null;
      livePrices: Map<string, number>;
      skuIds: string[];
      fingerprint: string;
    },
  ): Promise<
    { checkoutId: string; address: OrderAddressSnapshot; rows: PlacedRow[] } | { replayOf: { checkoutId: string; fingerprint: string } }
  > {
    const checkoutId = randomUUID();
    const lines = a.input.lines.map((l, i) => ({
      ord: i,
      sku_id: l.skuId,
      quantity: l.quantity,
      expected_price_fen: l.expectedPriceFen,
      live_price_fen: a.livePrices.get(l.skuId) ?? null,
    }));
    // One reference per possible order (at most one per line); the statement takes the first ones it needs.
    const refs = a.input.lines.map(() => remittanceRef());
    const shanghaiNow = shanghaiDate(a.now);
    const invoice = a.input.invoice ? invoiceSnapshot(a.input.invoice) : null; // refuses a 专票 without bank and address
    let rows: { orders: PlacedRow[]; address: OrderAddressSnapshot; replay: { checkoutId: string; fingerprint: string } | null }[];
    try {
      rows = await runPrepared(em, PLACE_ORDERS, [
        JSON.stringify(lines),
        refs,
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
        shanghaiNow.replace(/-/g, ''),
        STATUS_LABEL.pending_payment,
        `${actionLabel('place')}：${STATUS_LABEL.pending_payment}`,
        a.input.fromCart !== false,
        a.skuIds,
        shanghaiNow,
        a.payDeadline,
        a.input.checkoutKey ?? null,
        a.fingerprint,
        buyerRoleOf({ purpose: a.purpose, paymentTerm: a.term }),
      ]);
    } catch (e) {
      const refusal = checkoutRefusal(e);
      if (!refusal) throw e;
      if (refusal.reason === 'address') throw badInput('收货地址不存在，请重新选择', 'addressId');
      const d = JSON.parse(refusal.detail) as {
        ord: number;
        skuId: string;
        name: string | null;
        priceFen: string | number | null;
        perBuyer: number;
      };
      const name = d.name ?? '该商品';
      if (refusal.reason === 'missing') throw badInput('商品规格不存在', `lines.${d.ord}.skuId`);
      if (refusal.reason === 'off_sale') throw notOnSale(name);
      if (refusal.reason === 'price') throw priceChanged(name, d.skuId, Number(d.priceFen));
      if (refusal.reason === 'limit') throw limitExceeded(name, Number(d.perBuyer));
      throw outOfStock(name, d.skuId);
    }
    const [row] = rows;
    if (row.replay) return { replayOf: row.replay };
    return { checkoutId, address: { ...row.address, postalCode: row.address.postalCode ?? null }, rows: row.orders };
  }

  private termFor(ctx: RequestContext, input: PlaceOrderInput): PaymentTerm {
    if (isOnlineMethod(input.paymentMethod)) {
      if (!onlineMethodConfigured(this.config, input.paymentMethod))
        throw paymentUnavailable(`${onlineMethodLabel(input.paymentMethod)}暂不可用，请选择其他支付方式`);
      if (input.paymentTerm && input.paymentTerm !== 'online') throw badInput('在线支付无需选择账期', 'paymentTerm');
      return 'online';
    }
    if (!ctx.hasRole('unit_purchaser')) throw forbidden('对公转账仅限单位采购员使用');
    if (!ctx.user?.unitId) throw badInput('您尚未加入工作单位，无法使用对公转账', 'paymentMethod');
    if (!ctx.grantsFor('unit_purchaser').some((g) => g.unitId === ctx.user?.unitId)) throw forbidden('只有本单位的采购员可以使用对公转账');
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
      await this.db.query(
        `INSERT INTO sku_purchase_limit (sku_id, per_buyer) VALUES ($1, $2) ON CONFLICT (sku_id) DO UPDATE SET per_buyer = $2`,
        [skuId, perBuyer],
      );
    }
    return true;
  }
}

/** Thrown inside placeOrder's transaction when PLACE_ORDERS found the checkout key already used: rolls back the rest. */
class CheckoutReplay extends Error {
  constructor(
    readonly checkoutId: string,
    readonly fingerprint: string,
  ) {
    super('checkout replay');
  }
}

/**
 * What makes two requests the same checkout: the lines (in SKU order), address, payment, purpose, invoice, live
 * session and cart flag — a hash, stored with the key, so a retry is recognised and another checkout that reuses
 * the key is refused.
 */
export function checkoutFingerprint(input: PlaceOrderInput): string {
  const inv = input.invoice;
  const parts = [
    [...input.lines].sort((x, y) => x.skuId.localeCompare(y.skuId)).map((l) => [l.skuId, l.quantity, String(l.expectedPriceFen)]),
    input.addressId,
    input.paymentMethod,
    input.paymentTerm ?? null,
    input.purpose ?? null,
    inv ? [inv.title, inv.taxNo, inv.kind, inv.bankName, inv.bankAccount, inv.address, inv.phone].map((f) => f ?? null) : null,
    input.liveSessionId ?? null,
    input.fromCart !== false,
  ];
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url');
}

function remittanceRef(): string {
  let s = 'HK';
  for (let i = 0; i < 10; i++) s += REF_ALPHABET[randomInt(REF_ALPHABET.length)];
  return s;
}

/** A refusal raised by checkout_refuse() inside PLACE_ORDERS, or null for any other error. */
type CheckoutRefusal = 'missing' | 'off_sale' | 'price' | 'address' | 'limit' | 'stock';

function checkoutRefusal(e: unknown): { reason: CheckoutRefusal; detail: string } | null {
  if (!(e instanceof QueryFailedError)) return null;
  const driver = e.driverError as { code?: string; message?: string; detail?: string };
  const m = driver.code === 'P0001' ? /^checkout_refused:(missing|off_sale|price|address|limit|stock)$/.exec(driver.message ?? '') : null;
  return m ? { reason: m[1] as CheckoutRefusal, detail: driver.detail ?? '' } : null;
}
