import { Injectable, Logger } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  fromShanghaiDateTime,
  shanghaiDate,
  shanghaiMonth,
  shanghaiParts,
  shanghaiYear,
  startOfShanghaiMonth,
  startOfShanghaiYear,
} from '@yigou/shared/time';
import { APP_CONFIG, type AppConfig, RequestContext, type RoleGrant } from '@yigou/server/core';
import { EventDispatcher } from '@yigou/server/events';
import { JobScheduler } from '@yigou/server/jobs';
import { UserService, type DemoAccountSpec } from '@yigou/server/identity';
import { LiveSession, LiveSessionProduct, LiveSessionService } from '@yigou/server/livestream';
import { CartService, CheckoutService, Order, OrderService, OrderSweeper, type PurchasePurpose } from '@yigou/server/orders';
import { BankTransferService, RefundService } from '@yigou/server/payments';
import { QuotaFilingService } from '@yigou/server/quota';
import { DEMO_COUNTY_CODE, DEMO_UNIT_KEY } from './demo-scopes';
import { DemoData, readDemoData } from './demo-data.types';
import { Prng } from './prng';

/** Recorded in demo_seed once the history was loaded (or tried): it is never loaded twice. */
export const DEMO_HISTORY_SEED = 'history:orders-12-months';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** What lifecycle steps may be dated up to: a little before the real now, so nothing lies in the future. */
const MARGIN = 2 * HOUR;
/** The county that requires a rating before an order counts as completed (交城县), from the first history year. */
const RATING_COUNTY = '141122';

export interface DemoHistoryResult {
  checkouts: number;
  /** Lifecycle steps the services refused, "order no: message" (none expected). */
  refused: string[];
  orders: number;
  liveSessions: number;
  /** Deliveries the final drain made (the consumers ran alongside the orders before it). */
  events: number;
  /** Time to run the orders through the services. */
  placedMs: number;
  /** In all, with the outbox drained. */
  ms: number;
}

interface Buyer {
  ctx: (now: Date) => RequestContext;
  unitId: string;
  unitName: string;
  canteen: boolean;
  addressId: string;
  /** Relative weight: bigger units buy more often. */
  weight: number;
  jiaocheng: boolean;
  county: string;
}

interface Sku {
  key: string;
  skuId: string;
  productId: string;
  supplierKey: string;
  supplierId: string;
  county: string;
  priceFen: number;
  stockLeft: number;
}

interface Line {
  skuId: string;
  quantity: number;
  expectedPriceFen: number;
}

/** What happens to one order after it is placed, decided up front from the seeded generator. */
interface Fate {
  cancelUnpaid: 'no' | 'buyer' | 'expire';
  /** Days after placement (pay first) or after receipt (ship first) the transfer arrives. */
  payAfterDays: number;
  splitPayment: boolean;
  refundBeforeShipping: boolean;
  shipAfterDays: number;
  autoReceive: boolean;
  receiveAfterDays: number;
  rate: boolean;
  refundAfterReceipt: 'none' | 'amount' | 'full';
  refundBeforeReceiptByQuantity: boolean;
}

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '胡', '朱', '高', '林', '何', '郭', '马', '罗'];
const GIVEN = [
  '建华',
  '秀英',
  '志强',
  '丽娟',
  '海燕',
  '国庆',
  '春梅',
  '文斌',
  '晓东',
  '红霞',
  '玉兰',
  '俊杰',
  '桂芳',
  '永生',
  '淑珍',
  '立新',
];
const PURPOSES: PurchasePurpose[] = ['canteen', 'union', 'other'];

/**
 * A year of demo orders placed through the real order paths — checkout, bank transfers matched by finance (pay first
 * and ship first), shipment, receipt (some confirmed automatically by the sweeper), ratings, cancellations, refunds
 * before and after receipt, re-bindings approved by the platform, and past live sessions with sales — each step run
 * by the same service method the API runs, with a request context whose `now` is the step's moment in the past, so the
 * transitions, outbox events and (once the outbox is drained) the quota, attribution and live ledgers carry those
 * dates. Deterministic: one seeded generator decides everything; times are relative to the real now.
 *
 * Orders are run one at a time, each to the end of its life (or to the present): the sweeper's runs at past moments
 * then only ever find the order being run, and a later order never meets an earlier one half-done.
 */
@Injectable()
export class DemoHistoryLoader {
  private readonly log = new Logger('demo-history');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly modules: ModuleRef,
  ) {}

  /**
   * Loads the history when this database has the demo catalogue, no order yet, and never had the history; returns
   * what it did, or null when it did nothing. The application must be initialised (the event consumers registered).
   */
  async loadOnce(now: Date = new Date(), data: DemoData = readDemoData()): Promise<DemoHistoryResult | null> {
    const started = Date.now();
    const claimed: unknown[] = await this.db.query(
      `INSERT INTO demo_seed (name)
       SELECT $1 WHERE EXISTS (SELECT 1 FROM product WHERE demo_key IS NOT NULL) AND NOT EXISTS (SELECT 1 FROM shop_order)
       ON CONFLICT DO NOTHING RETURNING name`,
      [DEMO_HISTORY_SEED],
    );
    // Recorded before the run (and in its own statement, so two processes never both run it): a history that failed
    // half-way is not loaded again on the next start over what it left.
    if (claimed.length === 0) return null;
    // The periodic jobs pause meanwhile: the order sweeper, run at the real now, would cancel or receive the order
    // being run before its own past steps reach it.
    const config = this.modules.get<AppConfig>(APP_CONFIG, { strict: false });
    const scheduler = this.modules.get(JobScheduler, { strict: false });
    const jobsRun = config.nodeEnv !== 'test' && config.jobsEnabled;
    if (jobsRun) await scheduler.stop();
    let counts: Awaited<ReturnType<HistoryRun['run']>>;
    try {
      counts = await new HistoryRun(this.db, this.modules, data, now).run();
    } finally {
      if (jobsRun) await scheduler.start();
    }
    const placedMs = Date.now() - started;
    const events = await this.modules.get(EventDispatcher, { strict: false }).drain();
    const result = { ...counts, events, placedMs, ms: Date.now() - started };
    if (result.refused.length) this.log.warn(`demo history: ${result.refused.length} steps refused, first: ${result.refused[0]}`);
    this.log.log(
      `demo history loaded in ${result.ms} ms: ${result.checkouts} checkouts, ${result.orders} orders, ${result.liveSessions} live sessions placed in ${placedMs} ms, then ${result.events} event deliveries left to drain`,
    );
    return result;
  }
}

class HistoryRun {
  private readonly rng = new Prng(20_251_201);
  private readonly checkout: CheckoutService;
  private readonly orders: OrderService;
  private readonly sweeper: OrderSweeper;
  private readonly transfers: BankTransferService;
  private readonly refunds: RefundService;
  private readonly live: LiveSessionService;
  private readonly dispatcher: EventDispatcher;
  private readonly limit: Date;
  private readonly skus: Sku[] = [];
  private readonly buyers: Buyer[] = [];
  private finance!: (now: Date) => RequestContext;
  private admin!: (now: Date) => RequestContext;
  private host!: (now: Date) => RequestContext;
  private supplierUser = new Map<string, (now: Date) => RequestContext>();
  private txnSeq = 0;
  private placedOrders = 0;
  private rebinds = 0;
  /** Steps the services refused (none expected): each ended its order's story there. */
  readonly refused: string[] = [];

  constructor(
    private readonly db: DataSource,
    private readonly modules: ModuleRef,
    private readonly data: DemoData,
    private readonly now: Date,
  ) {
    const get = <T>(t: abstract new (...a: never[]) => T): T => modules.get(t as never, { strict: false }) as T;
    this.checkout = get(CheckoutService);
    this.orders = get(OrderService);
    this.sweeper = get(OrderSweeper);
    this.transfers = get(BankTransferService);
    this.refunds = get(RefundService);
    this.live = get(LiveSessionService);
    this.dispatcher = get(EventDispatcher);
    this.limit = new Date(now.getTime() - MARGIN);
  }

  async run(): Promise<{ checkouts: number; orders: number; liveSessions: number; refused: string[] }> {
    const start = this.historyStart();
    await this.actors();
    await this.catalogue();
    await this.buyersAndAddresses(start);
    // 交城县 asks for a rating before an order counts as completed, every year of the history.
    const quota = this.modules.get(QuotaFilingService, { strict: false });
    for (let y = shanghaiYear(start); y <= shanghaiYear(this.now); y++) {
      await quota.setYearSetting(this.admin(start), {
        regionCode: RATING_COUNTY,
        year: y,
        filingOpensAt: startOfShanghaiYear(y),
        filingClosesAt: fromShanghaiDateTime(`${y}-03-31 23:59:59`),
        completionRequiresRating: true,
      });
    }
    const sessions = this.planSessions(start);
    let checkouts = 0;
    let liveSessions = 0;
    const monthsWithOrders = new Set<number>();
    // Day by day; a past live session runs on its day, before that day's ordinary orders.
    for (let day = start.getTime(); day < this.limit.getTime() - DAY; day += DAY) {
      const session = sessions.find((s) => s.day === day);
      if (session) {
        checkouts += await this.liveSession(session.at, session.county);
        liveSessions++;
      }
      const month = shanghaiParts(day).monthNo;
      // a unit's purchase every few days: more before the Spring Festival and at the autumn harvest, fewer in summer
      const chance = month === 1 || month === 9 || month === 10 ? 0.4 : month === 7 || month === 8 ? 0.15 : 0.24;
      // every month has its purchases, the current one too however few of its days have passed
      const lastOfMonth = day + DAY >= this.limit.getTime() - DAY || shanghaiMonth(day + DAY) !== shanghaiMonth(day);
      if (this.rng.next() < chance || (lastOfMonth && !monthsWithOrders.has(month))) {
        const at = new Date(day + this.rng.int(9 * 60, 17 * 60) * MINUTE);
        if (at <= this.limit && (await this.ordinaryCheckout(at))) {
          checkouts++;
          monthsWithOrders.add(month);
        }
      }
      if (lastOfMonth) monthsWithOrders.delete(month);
      // The consumers count what is written so far while the next orders are placed (the final drain waits for the rest).
      if (Math.round((day - start.getTime()) / DAY) % 10 === 9) this.dispatcher.kick();
    }
    return { checkouts, orders: this.placedOrders, liveSessions, refused: this.refused };
  }

  /**
   * Midnight (Shanghai) of the first day of the month eleven months before this one: twelve months of figures. In the
   * first days of a month (too few to have purchases yet) the twelve months end with the month before.
   */
  private historyStart(): Date {
    const { year: y, monthNo: m } = shanghaiParts(this.now.getTime() - 3 * DAY);
    const months = y * 12 + (m - 1) - 11;
    const yy = Math.floor(months / 12);
    const mm = (months % 12) + 1;
    return startOfShanghaiMonth(`${yy}-${String(mm).padStart(2, '0')}`);
  }

  private ctxFor(user: { id: string; display_name: string; unit_id: string | null }, grants: RoleGrant[]): (now: Date) => RequestContext {
    const u = { id: user.id, displayName: user.display_name, unitId: user.unit_id, grants };
    return (now) => new RequestContext(u, '127.0.0.1', now);
  }

  private async user(username: string): Promise<{ id: string; display_name: string; unit_id: string | null }> {
    const [row] = await this.db.query(`SELECT id, display_name, unit_id FROM app_user WHERE username = $1`, [username]);
    if (!row) throw new Error(`demo history: the demo account ${username} is missing`);
    return row;
  }

  /** The demo accounts who act as finance, platform, host and supplier staff. */
  private async actors(): Promise<void> {
    this.finance = this.ctxFor(await this.user('platform-finance'), [{ role: 'platform_finance' }]);
    this.admin = this.ctxFor(await this.user('admin'), [{ role: 'platform_admin' }]);
    this.host = this.ctxFor(await this.user('host'), [{ role: 'live_host', regionCode: DEMO_COUNTY_CODE }]);
    const supplier = await this.user('supplier');
    const [grant] = await this.db.query(`SELECT supplier_id FROM role_grant WHERE user_id = $1 AND role = 'supplier_staff'`, [supplier.id]);
    if (grant) this.supplierUser.set(grant.supplier_id, this.ctxFor(supplier, [{ role: 'supplier_staff', supplierId: grant.supplier_id }]));
  }

  private async catalogue(): Promise<void> {
    const rows: {
      key: string;
      sku_id: string;
      product_id: string;
      supplier_key: string;
      supplier_id: string;
      county: string;
      price_fen: string;
      stock: number;
    }[] = await this.db.query(
      `SELECT p.demo_key AS key, k.id AS sku_id, p.id AS product_id, s.demo_key AS supplier_key, s.id AS supplier_id, s.county_code AS county,
                k.price_fen, k.stock_available AS stock
           FROM product p JOIN product_sku k ON k.product_id = p.id JOIN supplier s ON s.id = p.supplier_id
          WHERE p.demo_key IS NOT NULL AND p.status = 'on_sale' ORDER BY p.demo_key, k.sort_order, k.id`,
    );
    const seen = new Set<string>();
    for (const r of rows) {
      if (seen.has(r.key)) continue;
      seen.add(r.key);
      this.skus.push({
        key: r.key,
        skuId: r.sku_id,
        productId: r.product_id,
        supplierKey: r.supplier_key,
        supplierId: r.supplier_id,
        county: r.county,
        priceFen: Number(r.price_fen),
        stockLeft: r.stock,
      });
    }
  }

  /** Unit purchasers: the demo purchaser and two more per demo unit (made once, like the demo accounts), each with an address. */
  private async buyersAndAddresses(start: Date): Promise<void> {
    const units: { id: string; demo_key: string; name: string; headcount: number; has_canteen: boolean; region_code: string }[] =
      await this.db.query(
        `SELECT id, demo_key, name, headcount, has_canteen, region_code FROM work_unit WHERE demo_key IS NOT NULL ORDER BY demo_key`,
      );
    const specs: DemoAccountSpec[] = [];
    const names = new Prng(7_141_034);
    for (const u of units) {
      for (let i = 1; i <= 2; i++) {
        specs.push({
          username: `demo-${u.demo_key}-${i}`,
          displayName: `${names.pick(SURNAMES)}${names.pick(GIVEN)}`,
          unitId: u.id,
          grants: [
            { role: 'buyer', unitId: u.id },
            { role: 'unit_purchaser', unitId: u.id },
          ],
        });
      }
    }
    await this.modules.get(UserService, { strict: false }).ensureDemoAccounts(specs);
    const cart = this.modules.get(CartService, { strict: false });
    const usernames = ['purchaser', ...specs.map((s) => s.username)];
    for (const username of usernames) {
      const user = await this.user(username);
      const unit = units.find((u) => u.id === user.unit_id);
      if (!unit) continue;
      const ctx = this.ctxFor(user, [
        { role: 'buyer', unitId: unit.id },
        { role: 'unit_purchaser', unitId: unit.id },
      ]);
      const county = this.data.regions.find((r) => r.code === unit.region_code);
      const city = this.data.regions.find((r) => r.code === county?.parent);
      const address = await cart.saveAddress(ctx(start), null, {
        recipient: user.display_name.slice(0, 30),
        phone: `0357-${String(7_000_000 + this.rng.int(0, 999_999))}`,
        province: '山西省',
        city: city?.name ?? '临汾市',
        district: county?.name ?? '汾西县',
        detail: `${unit.name}后勤处`,
        isDefault: true,
      });
      const demoUnit = unit.demo_key === DEMO_UNIT_KEY;
      this.buyers.push({
        ctx,
        unitId: unit.id,
        unitName: unit.name,
        canteen: unit.has_canteen,
        addressId: address.id,
        weight: Math.max(1, Math.round(unit.headcount / 40)) + (demoUnit ? 3 : 0),
        jiaocheng: unit.region_code === RATING_COUNTY,
        county: unit.region_code.slice(0, 6),
      });
    }
  }

  private pickBuyer(): Buyer {
    const total = this.buyers.reduce((s, b) => s + b.weight, 0);
    let x = this.rng.int(0, total - 1);
    for (const b of this.buyers) {
      x -= b.weight;
      if (x < 0) return b;
    }
    return this.buyers[this.buyers.length - 1];
  }

  /** One or two suppliers' goods, one to three products, in canteen or staff-welfare quantities. */
  private pickLines(buyer: Buyer, purpose: PurchasePurpose): Line[] {
    const suppliers = [...new Set(this.skus.map((s) => s.supplierKey))];
    // units buy from their own county's suppliers more often than from others
    const local = [...new Set(this.skus.filter((s) => s.county === buyer.county).map((s) => s.supplierKey))];
    const chosen = [local.length && this.rng.next() < 0.6 ? this.rng.pick(local) : this.rng.pick(suppliers)];
    if (this.rng.next() < 0.12) chosen.push(this.rng.pick(suppliers));
    const lines: Line[] = [];
    for (const key of new Set(chosen)) {
      const own = this.skus.filter((s) => s.supplierKey === key);
      const n = Math.min(own.length, this.rng.int(1, 2));
      for (let i = 0; i < n; i++) {
        const sku = own[(i + this.rng.int(0, own.length - 1)) % own.length];
        if (lines.some((l) => l.skuId === sku.skuId)) continue;
        const big = purpose === 'canteen' && buyer.canteen;
        const quantity = Math.min(this.rng.int(big ? 12 : 4, big ? 48 : 18), Math.floor(sku.stockLeft / 4));
        if (quantity < 1) continue;
        lines.push({ skuId: sku.skuId, quantity, expectedPriceFen: sku.priceFen });
      }
    }
    return lines;
  }

  private fate(buyer: Buyer, shipFirst: boolean, cancelUnpaid: Fate['cancelUnpaid']): Fate {
    const r = () => this.rng.next();
    return {
      cancelUnpaid,
      payAfterDays: this.rng.int(1, shipFirst ? 20 : 8),
      splitPayment: r() < 0.06,
      refundBeforeShipping: !shipFirst && r() < 0.03,
      shipAfterDays: this.rng.int(1, 4),
      autoReceive: r() < 0.3,
      receiveAfterDays: this.rng.int(2, 6),
      rate: r() < (buyer.jiaocheng ? 0.85 : 0.45),
      refundAfterReceipt: ((x) => (x < 0.06 ? 'amount' : x < 0.08 ? 'full' : 'none'))(r()),
      refundBeforeReceiptByQuantity: r() < 0.03,
    };
  }

  private ordinaryCheckout(at: Date): Promise<boolean> {
    const buyer = this.pickBuyer();
    const purpose = buyer.canteen && this.rng.next() < 0.5 ? 'canteen' : this.rng.pick(PURPOSES.filter((p) => p !== 'canteen'));
    return this.place(buyer, at, this.pickLines(buyer, purpose), purpose, null);
  }

  /** Places one checkout and runs each of its orders to the end of its life (or to the present). */
  private async place(buyer: Buyer, at: Date, lines: Line[], purpose: PurchasePurpose, liveSessionId: string | null): Promise<boolean> {
    if (lines.length === 0 || at > this.limit) return false;
    const shipFirst = this.rng.next() < 0.3;
    let placed: Order[];
    try {
      placed = await this.checkout.placeOrder(buyer.ctx(at), {
        lines,
        addressId: buyer.addressId,
        paymentMethod: 'bank_transfer',
        paymentTerm: shipFirst ? 'ship_first' : 'pay_first',
        purpose,
        liveSessionId,
        fromCart: false,
      });
    } catch (e) {
      // Sold out or over a live offer's cap: a buyer of the past simply did not get it.
      if ((e as { extensions?: { code?: string } }).extensions?.code) {
        this.refused.push(`checkout ${at.toISOString()}: ${(e as Error).message}`);
        return false;
      }
      throw e;
    }
    for (const l of lines) {
      const sku = this.skus.find((s) => s.skuId === l.skuId);
      if (sku) sku.stockLeft -= l.quantity;
    }
    this.placedOrders += placed.length;
    // Whether the checkout is left unpaid is decided once for all its orders: the sweeper expires them together.
    const x = this.rng.next();
    const unpaid: Fate['cancelUnpaid'] = shipFirst ? 'no' : x < 0.04 ? 'buyer' : x < 0.08 ? 'expire' : 'no';
    if (unpaid === 'expire') {
      // nobody pays: the sweeper cancels them a minute after the deadline and releases the stock
      const deadline = (placed[0].payDeadline ?? at).getTime() + MINUTE;
      if (deadline <= this.limit.getTime()) await this.sweeper.sweep(new Date(deadline));
      return true;
    }
    for (const order of placed) {
      try {
        await this.life(buyer, order, at, shipFirst, unpaid);
      } catch (e) {
        // A refused step (a coded error) ends that order's story where it is; anything else is a bug and stops the load.
        if (!(e as { extensions?: { code?: string } }).extensions?.code) throw e;
        this.refused.push(`${order.orderNo}: ${(e as Error).message}`);
      }
    }
    return true;
  }

  /** Runs `step` at `at` when that moment is past; false (and nothing done) when it is still to come. */
  private due(at: Date): boolean {
    return at.getTime() <= this.limit.getTime();
  }

  private async fresh(id: string): Promise<Order> {
    return this.db.getRepository(Order).findOneByOrFail({ id });
  }

  private supplierCtx(supplierId: string): (now: Date) => RequestContext {
    return this.supplierUser.get(supplierId) ?? this.admin;
  }

  private async life(buyer: Buyer, first: Order, placedAt: Date, shipFirst: boolean, unpaid: Fate['cancelUnpaid']): Promise<void> {
    const f = this.fate(buyer, shipFirst, unpaid);
    const later = (from: Date, days: number, hours = this.rng.int(1, 7)) =>
      new Date(from.getTime() + days * DAY + hours * HOUR + this.rng.int(0, 59) * MINUTE);
    let t = placedAt;
    const order = first;
    if (f.cancelUnpaid === 'buyer') {
      t = later(t, 1);
      if (this.due(t)) await this.orders.cancel(buyer.ctx(t), order.id, '采购计划调整');
      return;
    }
    if (!shipFirst) {
      t = later(t, f.payAfterDays);
      if (!this.due(t)) return;
      t = await this.pay(order, t, f.splitPayment, buyer);
      if (!this.due(t)) return;
      if (f.refundBeforeShipping) {
        t = later(t, 1);
        if (!this.due(t)) return;
        const lines = await this.orders.linesByOrderIds([order.id]);
        await this.refunds.refund(this.finance(t), {
          orderId: order.id,
          lines: lines[0].map((l) => ({ lineId: l.id, quantity: l.quantity })),
          includeShipping: true,
          restock: true,
          reason: '单位采购计划取消，发货前全额退款',
        });
        return;
      }
    }
    t = later(t, f.shipAfterDays);
    if (!this.due(t)) return;
    await this.orders.ship(this.supplierCtx(order.supplierId)(t), {
      orderId: order.id,
      carrier: this.rng.pick(['中国邮政', '顺丰速运', '京东物流', '韵达快递']),
      trackingNo: `SF${String(this.rng.int(10_000_000, 99_999_999))}${this.rng.int(1000, 9999)}`,
    });
    const shippedAt = t;
    if (f.refundBeforeReceiptByQuantity && !shipFirst) {
      // one item arrived damaged; the rest is kept
      const lines = (await this.orders.linesByOrderIds([order.id]))[0];
      const line = lines.find((l) => l.quantity > 1);
      const at = later(t, 1);
      if (line && this.due(at)) {
        await this.refunds.refund(this.finance(at), {
          orderId: order.id,
          lines: [{ lineId: line.id, quantity: 1 }],
          includeShipping: false,
          restock: false,
          reason: '运输破损，按件退款',
        });
        t = at;
      }
    }
    if (f.autoReceive) {
      const auto = (await this.fresh(order.id)).autoReceiveAt;
      if (!auto) return;
      t = new Date(auto.getTime() + MINUTE);
      if (!this.due(t)) return;
      await this.sweeper.sweep(t);
    } else {
      t = later(shippedAt, f.receiveAfterDays);
      if (t <= shippedAt || !this.due(t)) return;
      await this.orders.receive(buyer.ctx(t), order.id);
    }
    if (shipFirst) {
      // 先货后款: the unit pays after the goods arrived
      t = later(t, f.payAfterDays);
      if (!this.due(t)) return;
      t = await this.pay(order, t, f.splitPayment, buyer);
      if (!this.due(t)) return;
    }
    if (f.rate) {
      t = later(t, this.rng.int(0, 3));
      if (!this.due(t)) return;
      const rating = this.rng.next() < 0.8 ? 5 : this.rng.int(3, 4);
      await this.orders.rate(buyer.ctx(t), {
        orderId: order.id,
        rating,
        comment: rating === 5 ? this.rng.pick(['品质很好，职工很满意', '新鲜，包装完好', '发货及时，下次还买', null]) : '还可以，物流稍慢',
      });
    }
    if (f.refundAfterReceipt !== 'none') {
      t = later(t, this.rng.int(2, 10));
      if (!this.due(t)) return;
      const current = await this.fresh(order.id);
      if (current.paidFen < current.totalFen) return;
      const lines = (await this.orders.linesByOrderIds([order.id]))[0];
      if (f.refundAfterReceipt === 'amount') {
        const goods = lines.reduce((s, l) => s + l.amountFen, 0);
        await this.refunds.refund(this.finance(t), {
          orderId: order.id,
          lines: [],
          amountFen: Math.max(100, Math.floor((goods * this.rng.int(10, 30)) / 100 / 100) * 100),
          includeShipping: false,
          restock: false,
          reason: '部分商品品质不符，协商部分退款',
        });
      } else {
        await this.refunds.refund(this.finance(t), {
          orderId: order.id,
          lines: lines
            .filter((l) => l.quantity > l.refundedQuantity)
            .map((l) => ({ lineId: l.id, quantity: l.quantity - l.refundedQuantity })),
          includeShipping: false,
          restock: true,
          reason: '收货后退货退款',
        });
      }
      return;
    }
    await this.maybeRebind(buyer, order.id, t);
  }

  /** A transfer for what the order still owes (sometimes in two parts), matched by finance to the order. */
  /** Returns the moment of the last transfer (past the limit when the rest is still to come). */
  private async pay(order: Order, at: Date, split: boolean, buyer: Buyer): Promise<Date> {
    const owed = (await this.fresh(order.id)).totalFen;
    const parts = split ? [Math.floor(owed / 2), owed - Math.floor(owed / 2)] : [owed];
    let t = at;
    let last = at;
    for (const amountFen of parts) {
      if (!this.due(t)) return t;
      last = t;
      const finance = this.finance(t);
      const transfer = await this.transfers.record(finance, {
        bankTxnNo: `DEMO${shanghaiDate(t).replace(/-/g, '')}${String(++this.txnSeq).padStart(5, '0')}`,
        payerName: buyer.unitName,
        payerAccount: null,
        amountFen,
        memo: `货款 ${order.remittanceRef}`,
        receivedAt: t,
      });
      await this.transfers.match(finance, transfer.id, [{ orderId: order.id, amountFen }]);
      t = new Date(t.getTime() + this.rng.int(3, 10) * DAY);
    }
    return last;
  }

  /** Two orders of the demo school are re-bound to its 主管单位 (the education bureau), as the buyer asked. */
  private async maybeRebind(buyer: Buyer, orderId: string, after: Date): Promise<void> {
    if (this.rebinds >= 2 || this.rng.next() > 0.08) return;
    const [unit] = await this.db.query(`SELECT demo_key FROM work_unit WHERE id = $1`, [buyer.unitId]);
    if (unit?.demo_key !== DEMO_UNIT_KEY) return;
    const [parent] = await this.db.query(`SELECT parent_id FROM work_unit WHERE id = $1`, [buyer.unitId]);
    if (!parent?.parent_id) return;
    const asked = new Date(after.getTime() + 2 * DAY);
    const approved = new Date(asked.getTime() + 20 * HOUR);
    if (!this.due(approved)) return;
    const req = await this.orders.requestBindingChange(
      buyer.ctx(asked),
      orderId,
      parent.parent_id,
      '本单为教育系统统一采购，应计入主管单位',
    );
    await this.orders.decideBindingChange(this.admin(approved), req.id, true);
    this.rebinds++;
  }

  /** About one live session a month, in 汾西县 and 交城县 by turns, on a weekday evening. */
  private planSessions(start: Date): { day: number; at: Date; county: string }[] {
    const out: { day: number; at: Date; county: string }[] = [];
    for (let m = 0; m < 11; m++) {
      const day = start.getTime() + (m * 30 + this.rng.int(5, 22)) * DAY;
      if (day >= this.limit.getTime() - 3 * DAY) break;
      out.push({ day, at: new Date(day + 19 * HOUR + 30 * MINUTE), county: m % 2 === 0 ? DEMO_COUNTY_CODE : RATING_COUNTY });
    }
    return out;
  }

  /**
   * A past session: scheduled with offers its suppliers accepted (as the catalogue loader makes them), started and
   * ended by its host through LiveSessionService, with purchasers' orders placed in the room while it was live.
   */
  private async liveSession(at: Date, county: string): Promise<number> {
    const offered = this.skus.filter((s) => s.county === county && s.stockLeft > 100);
    if (offered.length === 0) return 0;
    const picks = [...new Set([this.rng.pick(offered), this.rng.pick(offered), this.rng.pick(offered)])];
    const countyName = this.data.regions.find((r) => r.code === county)?.name ?? '';
    const month = shanghaiParts(at).monthNo;
    const title = `${countyName}${month}月助农直播：${picks.map((p) => this.data.products.find((x) => x.key === p.key)?.name ?? '').join('、')}`;
    const sessionId = this.rng.uuid();
    const manage = county === DEMO_COUNTY_CODE ? this.host : this.admin;
    await this.db.transaction(async (em) => {
      await em.getRepository(LiveSession).insert({
        id: sessionId,
        title: title.slice(0, 60),
        // the hosts of the demo's own sessions, so the live report lists each official once
        hostName: county === DEMO_COUNTY_CODE ? '汾西县副县长' : '交城县县长',
        hostTitle: county === DEMO_COUNTY_CODE ? '汾西县人民政府' : '交城县人民政府',
        kind: 'sales',
        countyCode: county,
        status: 'scheduled',
        startsAt: at,
        externalRoomUrl: 'https://live.example.cn/room/demo',
        createdAt: new Date(at.getTime() - 7 * DAY),
      } as never);
      for (const [i, p] of picks.entries()) {
        const price = Math.round((p.priceFen * 0.85) / 10) * 10;
        await em.query(
          `INSERT INTO live_offer_request (id, session_id, supplier_id, product_id, sku_id, requested_price_fen, requested_stock_cap, status, approved_price_fen, approved_stock_cap, answered_at)
           VALUES ($1, $2, $3, $4, $5, $6, 200, 'accepted', $6, 200, $7)`,
          [this.rng.uuid(), sessionId, p.supplierId, p.productId, p.skuId, price, new Date(at.getTime() - 3 * DAY)],
        );
        await em.getRepository(LiveSessionProduct).insert({
          id: this.rng.uuid(),
          sessionId,
          productId: p.productId,
          skuId: p.skuId,
          livePriceFen: price,
          stockCap: 200,
          perBuyerLimit: null,
          sortOrder: i,
        } as never);
      }
    });
    await this.live.transition(manage(at), sessionId, 'live');
    const prices = new Map<string, number>();
    const offers: { sku_id: string; live_price_fen: string }[] = await this.db.query(
      `SELECT sku_id, live_price_fen FROM live_session_product WHERE session_id = $1`,
      [sessionId],
    );
    for (const o of offers) prices.set(o.sku_id, Number(o.live_price_fen));
    let placed = 0;
    const viewers = new Set<string>();
    const buyers = this.rng.int(4, 8);
    for (let i = 0; i < buyers; i++) {
      const buyer = this.pickBuyer();
      viewers.add(buyer.ctx(at).requireUser().id);
      const sku = this.rng.pick(picks);
      const quantity = this.rng.int(5, 20);
      if (sku.stockLeft < quantity * 4) continue;
      const t = new Date(at.getTime() + this.rng.int(3, 85) * MINUTE);
      if (
        await this.place(
          buyer,
          t,
          [{ skuId: sku.skuId, quantity, expectedPriceFen: prices.get(sku.skuId) ?? sku.priceFen }],
          buyer.canteen ? 'canteen' : 'union',
          sessionId,
        )
      )
        placed++;
    }
    await this.live.transition(manage(new Date(at.getTime() + 95 * MINUTE)), sessionId, 'ended');
    // Who watched: the room counts each viewer once (signed-in by id, others as anon:…) and the peak; the live hub
    // keeps these from real connections, which a past session cannot have, so they are written as it would have.
    const keys = [...viewers].map((id) => ({ key: id, user: id as string | null }));
    for (let i = this.rng.int(60, 260); i > 0; i--) keys.push({ key: `anon:${this.rng.uuid()}`, user: null });
    const seen = keys.map(() => new Date(at.getTime() + this.rng.int(0, 80) * MINUTE));
    await this.db.query(
      `INSERT INTO live_viewer (session_id, viewer_key, user_id, first_seen_at)
       SELECT $1, k, u, t FROM unnest($2::text[], $3::uuid[], $4::timestamptz[]) AS x(k, u, t)`,
      [sessionId, keys.map((k) => k.key), keys.map((k) => k.user), seen],
    );
    await this.db.query(`UPDATE live_session SET peak_viewers = $2, like_count = $3 WHERE id = $1`, [
      sessionId,
      Math.round(keys.length * 0.6),
      this.rng.int(200, 3000),
    ]);
    return placed;
  }
}
