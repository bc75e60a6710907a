import { Inject, Injectable } from '@nestjs/common';
import { invoiceSnapshot } from '../invoices/dto/invoice-request';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomInt, randomUUID } from 'node:crypto';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { CatalogService } from '@yigou/server/catalog';
import { LiveOfferService } from '@yigou/server/livestream';
import { executeNamed, namedValues, queryNamed, runPrepared } from '@yigou/server/database';
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
import {
  CHECKOUT_KEY_OF,
  FORGET_CHECKOUT_KEYS,
  PLACE_ORDERS,
  PLACE_ORDERS_SQL,
  PLACED_LINES,
  PlaceOrdersRow,
  PlacedRow,
} from '../sql/checkout.sql';
import { DELETE_PURCHASE_LIMIT, SET_PURCHASE_LIMIT } from '../sql/purchase-limits.sql';
import { shanghaiDate } from '@yigou/shared/time';

const REF_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

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
        const lineRows = await queryNamed(em, PLACED_LINES, { orderIds: orders.map((o) => o.id) });
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
    const [row] = await queryNamed(this.db, CHECKOUT_KEY_OF, { buyerId, key });
    return row ?? null;
  }

  /** Forgets checkout keys older than KEY_HOURS (OrderSweeper, hourly); returns how many. */
  async forgetCheckoutKeys(now: Date): Promise<number> {
    const before = new Date(now.getTime() - CheckoutService.KEY_HOURS * 3_600_000);
    return executeNamed(this.db, FORGET_CHECKOUT_KEYS, { before });
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
    let rows: PlaceOrdersRow[];
    try {
      rows = await runPrepared<PlaceOrdersRow>(
        em,
        PLACE_ORDERS,
        namedValues(PLACE_ORDERS_SQL, {
          lines: JSON.stringify(lines),
          remittanceRefs: refs,
          addressId: a.input.addressId,
          buyerId: a.buyerId,
          unitId: a.unitId,
          checkoutId,
          liveSessionId: a.input.liveSessionId ?? null,
          paymentMethod: a.input.paymentMethod,
          paymentTerm: a.term,
          purpose: a.purpose,
          invoice: invoice ? JSON.stringify(invoice) : null,
          now: a.now,
          orderDay: shanghaiNow.replace(/-/g, ''),
          pendingLabel: STATUS_LABEL.pending_payment,
          placeNoticeBody: `${actionLabel('place')}：${STATUS_LABEL.pending_payment}`,
          fromCart: a.input.fromCart !== false,
          skuIds: a.skuIds,
          shanghaiDay: shanghaiNow,
          payDeadline: a.payDeadline,
          checkoutKey: a.input.checkoutKey ?? null,
          fingerprint: a.fingerprint,
          placedAs: buyerRoleOf({ purpose: a.purpose, paymentTerm: a.term }),
        }),
      );
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
    if (perBuyer === null) await queryNamed(this.db, DELETE_PURCHASE_LIMIT, { skuId });
    else {
      if (!Number.isInteger(perBuyer) || perBuyer < 1) throw badInput('限购数量必须是正整数', 'perBuyer');
      await queryNamed(this.db, SET_PURCHASE_LIMIT, { skuId, perBuyer });
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
