import fc from 'fast-check';
import {
  Cancel,
  Cmd,
  commandArbitraries,
  Deliver,
  Generators,
  Pay,
  Place,
  Rate,
  Real,
  Rebind,
  Receive,
  Refund,
  Replay,
  settleTimedOutAlipayRefunds,
  Ship,
  StripeSettles,
} from './lifecycle-commands';
import { LifecycleDriver } from './lifecycle-driver';
import { LifecycleModel, RatingRule } from './lifecycle-model';

/**
 * Model-based test of the whole order lifecycle: random sequences of checkouts (pay first,
 * ship first, card, WeChat Pay, Alipay, live room), payments (bank transfer, Stripe webhooks,
 * WeChat Pay and Alipay notifications), shipments, receipts, ratings (in runs where the county requires one),
 * partial and full refunds before and after receipt, cancellations, re-bindings,
 * delayed and repeated deliveries, around the Shanghai new year (test clock starts at
 * 2026-12-31 21:00 +08:00), when 香菇's certificate expires (orders placed before count, whenever
 * they complete; orders placed after do not). After each sequence the reconciliation must be clean and every
 * figure (unit dashboards per year and month, attribution per year, the live session
 * report) must equal the in-test model.
 *
 * `npm test` runs a bounded number of sequences from a fixed seed; MODEL_RANDOM=1 MODEL_RUNS=200 explores more, MODEL_SEED=… replays one.
 */

jest.setTimeout(600_000);

const RUNS = Number(process.env.MODEL_RUNS ?? 10);
const DEFAULT_SEED = 20261204;
const YEARS = [2026, 2027];
const PROVINCE = '140000';
/** 汾西县, the jurisdiction of the three units: whether it requires a rating is decided per run and year. */
const FENXI = '141034';

/** The paths generated before ratings were: the seeds found with them still replay with these. */
const PATHS_BEFORE_RATINGS: Generators = {
  placeKinds: ['bank_pay_first', 'bank_ship_first', 'card', 'live'],
  refundModes: ['one', 'amount', 'full'],
  rebind: true,
};

/** Every path of the counting rule. */
const ALL_PATHS: Generators = { ...PATHS_BEFORE_RATINGS, placeKinds: [...PATHS_BEFORE_RATINGS.placeKinds, 'wechat', 'alipay'], rate: true };

/**
 * Sequences that once failed, written out command by command (a seed replays only while the generators stay the
 * same) and run on every `npm test`.
 */
const REGRESSIONS: { name: string; found: string; ratingRequired?: RatingRule; commands: () => Cmd[] }[] = [
  {
    name: 'a paid order re-bound to another unit moves its counted amount',
    // the re-binding's reversal and new row for the same event, line and kind broke quota_ledger's unique key,
    // and quota counting stopped behind it
    found: 'seed 125947784, path 24 (fixed on the counting branch by 4535901)',
    commands: () => [
      new Place('bank_pay_first', [{ product: 'insoles', quantity: 2 }], 71),
      new Pay(15, 74),
      new Deliver(),
      new Rebind(35, 4, 79),
      new Place('card', [{ product: 'insoles', quantity: 2 }], 82),
      new Cancel(48, 87),
    ],
  },
  {
    name: 'card refunds before and after the Shanghai new year reduce the month they settle in',
    // The model was wrong, not the counting: the driver sent a signed payment_intent.succeeded without the Stripe
    // stand-in knowing the payment, so the stand-in refused every refund ("no successful charge"), the refunds ended
    // failed and counted nothing, while the model counted them. The driver now pays at the stand-in first and stops
    // when Stripe refuses a refund. Found with it: a refund settled right after a notification was dated by the
    // server's clock instead of the notification's moment (PaymentLedger.record → RefundSender.sendNow).
    found: 'seed 838052816, path 3 (kept as it.failing until the ledger branch)',
    commands: () => [
      new Ship(25, 28),
      new Refund(30, 'amount', 996, 2, false),
      new Receive(5, 18),
      new Place(
        'bank_pay_first',
        [
          { product: 'pear', quantity: 1 },
          { product: 'pear', quantity: 3 },
        ],
        1,
      ),
      new Receive(1, 33),
      new Ship(38, 4),
      new Place('card', [{ product: 'pear', quantity: 3 }], 1),
      new Receive(39, 20),
      new Receive(2, 39),
      new Pay(0, 38),
      new Ship(47, 2),
      new Place('card', [{ product: 'insoles', quantity: 2 }], 18),
      new Receive(5, 28),
      new Receive(1, 35),
      new Receive(2, 1),
      new Pay(2, 5),
      new Refund(15, 'one', 847, 40, true),
      new Receive(1, 31),
      new Refund(7, 'one', 693, 32, false),
      new Pay(13, 11),
      new Refund(1, 'full', 937, 16, false),
      new Replay(35, false),
      new Place('bank_pay_first', [{ product: 'beads', quantity: 1 }], 40),
    ],
  },
  {
    name: 'a card refund still pending at Stripe, the payment notice replayed, then the rest refunded',
    // The full refund asked for both items although one was in the pending refund: the API took it (its item check
    // read only settled refunds), put the item back on the shelf a second time, and when Stripe finished, the line's
    // refunded items would have passed its quantity, so the refund stayed pending for ever. The API now refuses
    // (stripe.int-spec, "spoken for"), and the model asks for what is left.
    found: 'seed 1920618600, path 205 (MODEL_RANDOM=1 MODEL_RUNS=1500, 2026-12-07), shrunk',
    commands: () => [
      new Place('card', [{ product: 'pear', quantity: 2 }], 1),
      new Pay(0, 1),
      new Refund(0, 'one', 1, 1, true),
      new Ship(0, 1),
      new Receive(0, 1),
      new Replay(0, false),
      new Deliver(),
      new Refund(0, 'full', 1, 1, false),
    ],
  },
  {
    name: 'an Alipay refund whose answer timed out settles after a later refund, in the next month',
    // Reconciliation dated each succeeded refund by pairing the k-th by created_at with the order's k-th 'refund'
    // transition ("refunds succeed oldest first"). An unanswered Alipay refund (or a PROCESSING WeChat Pay one)
    // succeeds after a later refund that succeeded at once: the pairing swapped their dates, and reconciliation
    // reported differences in December and January although the ledgers were right (DESIGN: dated by the event
    // that reversed the amount, the refund's success).
    found: 'seed 1715767001, path 139 (MODEL_RANDOM=1 MODEL_RUNS=300, 2026-12-07), written out smaller',
    commands: () => [
      new Place('alipay', [{ product: 'insoles', quantity: 2 }], 1),
      new Pay(0, 1),
      new Refund(0, 'amount', 300, 1, true),
      new Refund(0, 'one', 0, 1, false),
      new StripeSettles(0, 200),
    ],
  },
];

/**
 * The paths added with ratings, WeChat Pay / Alipay and the expiring certificate, written out so that every `npm test`
 * goes through each of them (the fixed seed's ten sequences reach few of them). The clock starts at 21:00 on
 * 31 December (Shanghai); +200 minutes crosses into 2027.
 */
const WRITTEN_PATHS: { name: string; ratingRequired?: RatingRule; commands: () => Cmd[] }[] = [
  {
    name: 'where the county requires a rating: received counts nothing completed, refunds before and after the rating, the rated order re-bound',
    ratingRequired: true,
    commands: () => [
      new Place('bank_pay_first', [{ product: 'pear', quantity: 2 }], 1),
      new Pay(0, 1),
      new Ship(0, 1),
      new Receive(0, 1),
      new Deliver(),
      new Refund(0, 'amount', 250, 1, false),
      // rated in the new year: what completes is dated 2027 (received in 2026, it would be December's)
      new Rate(0, 200),
      new Refund(0, 'one', 0, 1, false),
      new Rebind(0, 1, 5),
    ],
  },
  {
    // Found 2026-12-07: the setting was read for each event's year, so this refund took back the whole 2026 completion.
    name: 'a rating required from 2027 only: an order completed in 2026 keeps counting, and a 2027 refund takes back what it refunds',
    ratingRequired: [false, true],
    commands: () => [
      new Place('bank_pay_first', [{ product: 'pear', quantity: 2 }], 1),
      new Pay(0, 1),
      new Ship(0, 1),
      new Receive(0, 1),
      new Place('bank_pay_first', [{ product: 'pear', quantity: 1 }], 1),
      new Pay(0, 1),
      new Deliver(),
      // 2027: the first order's refund takes back 1/4, not the whole 2026 completion (the bug: all of it)
      new Refund(0, 'amount', 250, 200, false),
      new Ship(0, 1),
      // the second is received in 2027, under that year's setting: nothing completes without its rating
      new Receive(0, 1),
    ],
  },
  {
    name: 'a rating required in 2026 only: an order received unrated in 2026 still waits for its rating in 2027',
    ratingRequired: [true, false],
    commands: () => [
      new Place('bank_pay_first', [{ product: 'pear', quantity: 2 }], 1),
      new Pay(0, 1),
      new Ship(0, 1),
      new Receive(0, 1),
      // the bug: this 2027 refund completed the order under 2027's setting, in January
      new Refund(0, 'amount', 250, 200, false),
      // rated in February: completes then
      new Rate(0, 46_000),
    ],
  },
  {
    name: 'where the county requires a rating: a ship-first order received and rated before it is paid completes at payment',
    ratingRequired: true,
    commands: () => [
      new Place('bank_ship_first', [{ product: 'insoles', quantity: 2 }], 1),
      new Ship(0, 1),
      new Receive(0, 1),
      new Rate(0, 1),
      new Place('bank_ship_first', [{ product: 'pear', quantity: 1 }], 1),
      new Ship(0, 1),
      new Receive(0, 1),
      new Pay(0, 200),
      new Pay(0, 1),
    ],
  },
  {
    name: 'WeChat Pay and Alipay refunds settled in the new year (a notification; a sweep after the answer timed out), others at once',
    commands: () => [
      new Place('wechat', [{ product: 'pear', quantity: 2 }], 1),
      new Pay(0, 1),
      new Refund(0, 'one', 0, 1, true),
      new Place('alipay', [{ product: 'insoles', quantity: 2 }], 1),
      new Pay(0, 1),
      new Refund(1, 'amount', 400, 1, true),
      new Ship(0, 1),
      new Receive(0, 1),
      // the sweep finds Alipay's refund done; WeChat Pay's still processing stays pending until its notification
      new StripeSettles(1, 200),
      new StripeSettles(0, 1),
      new Refund(0, 'amount', 500, 1, false),
      new Refund(1, 'full', 1, 1, false),
    ],
  },
  {
    name: 'a certificate that expires between order and receipt: the line still counts; an order after expiry does not',
    commands: () => [
      new Place('bank_pay_first', [{ product: 'mushroom', quantity: 3 }], 10),
      new Pay(0, 10),
      new Ship(0, 10),
      new Receive(0, 200),
      new Place('bank_pay_first', [{ product: 'mushroom', quantity: 1 }], 1),
      new Pay(0, 1),
      new Ship(0, 1),
      new Receive(0, 1),
      new Refund(0, 'amount', 300, 1, false),
    ],
  },
];

describe('the whole order lifecycle against a model', () => {
  let d: LifecycleDriver;
  let units: string[];

  beforeAll(async () => {
    d = await LifecycleDriver.start();
    const rows: { id: string; demo_key: string }[] = await d.t.db.query(
      `SELECT id, demo_key FROM work_unit WHERE demo_key IN ('fenxi-no1-school', 'fenxi-education', 'fenxi-gov-office')`,
    );
    units = ['fenxi-no1-school', 'fenxi-education', 'fenxi-gov-office'].map((k) => rows.find((r) => r.demo_key === k)!.id);
  });
  const seen = new Map<string, number>();
  afterAll(async () => {
    if (process.env.MODEL_STATS)
      process.stdout.write(`paths covered (sequences): ${JSON.stringify(Object.fromEntries([...seen].sort()))}\n`);
    await d.close();
  });

  type Snapshot = { quota: Map<string, number>; attribution: Map<number, number> };

  /** The figures as the API shows them: each unit's dashboard (year and month), attribution per year. */
  const snapshot = async (): Promise<Snapshot> => {
    const quota = new Map<string, number>();
    for (const u of units) {
      for (const y of YEARS) {
        const f = await d.unitFigures(u, y);
        for (const [month, m] of f.months) {
          quota.set(`${u}|${y}|${month}|ordered`, m.orderedFen);
          quota.set(`${u}|${y}|${month}|completed`, m.completedFen);
        }
        quota.set(`${u}|${y}|total|ordered`, f.orderedFen);
        quota.set(`${u}|${y}|total|completed`, f.completedFen);
      }
    }
    const attribution = new Map<number, number>();
    for (const y of YEARS) attribution.set(y, await d.attributedTotal(PROVINCE, y));
    return { quota, attribution };
  };

  /** Runs one sequence from a fresh model and checks every figure afterwards. */
  const runSequence = async (cmds: Iterable<Cmd>, ratingRequired: RatingRule = false) => {
    d.now = new Date('2026-12-31T21:00:00+08:00');
    await d.deliver();
    // the setting is read when each event is counted (docs/counting.md): set before this run's first event
    await d.setRatingRequired(FENXI, YEARS, ratingRequired);
    const before = await snapshot();
    const model = new LifecycleModel(ratingRequired);
    const real: Real = { d, live: null, units };
    await fc.asyncModelRun(() => ({ model, real }), cmds);
    await settleTimedOutAlipayRefunds(model, real);
    for (const p of model.paths) seen.set(p, (seen.get(p) ?? 0) + 1);
    await d.deliver();
    await d.deliver(); // a second round delivers nothing twice

    // clean for this sequence's orders (an earlier failing sequence must not hide or fail this one), and no summary drift
    const ours = new Set(model.orders.map((o) => o.orderNo));
    const run = await d.reconcile();
    expect(run.differences.filter((x) => x.orderNos.length === 0 || x.orderNos.some((no) => ours.has(no)))).toEqual([]);

    const after = await snapshot();
    const totals = new Map<string, number>();
    for (const [k, v] of model.quota) {
      const [u, y, , kind] = k.split('|');
      totals.set(`${u}|${y}|total|${kind}`, (totals.get(`${u}|${y}|total|${kind}`) ?? 0) + v);
    }
    const expected = new Map([...model.quota, ...totals]);
    const changed = new Map(
      [...after.quota].map(([k, v]) => [k, v - (before.quota.get(k) ?? 0)]).filter(([, v]) => v !== 0) as [string, number][],
    );
    expect(changed).toEqual(new Map([...expected].filter(([, v]) => v !== 0)));
    for (const y of YEARS)
      expect([y, (after.attribution.get(y) ?? 0) - (before.attribution.get(y) ?? 0)]).toEqual([y, model.attribution.get(y) ?? 0]);
    if (real.live)
      expect(await d.sessionFigures(real.live.sessionId)).toEqual({ orders: model.live.orders, paidSalesFen: model.live.salesFen });
  };
  const sequences = (g: Generators) => fc.array(commandArbitraries(g), { minLength: 12, maxLength: 24 });
  /** Each run decides whether the county requires a rating in 2026 and in 2027 (the runs cross the new year). */
  const property = (g: Generators) =>
    fc.asyncProperty(fc.tuple(fc.boolean(), fc.boolean()), sequences(g), (ratingRequired, cmds) => runSequence(cmds, ratingRequired));
  /** As the property was before ratings (no rating required), so that its seeds replay. */
  const propertyBeforeRatings = (g: Generators) => fc.asyncProperty(sequences(g), (cmds) => runSequence(cmds));

  // `npm test` runs a fixed seed so CI is repeatable; MODEL_RANDOM=1 (with MODEL_RUNS) explores new sequences.
  it(`keeps every figure equal to the model and the reconciliation clean (${RUNS} sequences)`, async () => {
    const seed = process.env.MODEL_SEED ? Number(process.env.MODEL_SEED) : process.env.MODEL_RANDOM ? undefined : DEFAULT_SEED;
    await fc.assert(property(ALL_PATHS), {
      numRuns: RUNS,
      seed,
      path: process.env.MODEL_PATH,
      endOnFailure: !process.env.MODEL_SHRINK,
      verbose: 1,
    });
  });

  // Once a known defect kept as it.failing; the same sequence is written out in REGRESSIONS (the seed replays it only
  // while the generators stay the same).
  it('seed 838052816, path 3: bank and card orders, card refunds around the new year', async () => {
    // numRuns 1: a path without ':' starts there and goes on for numRuns runs (fast-check's pathWalk), so 10 ran runs 3–12
    await fc.assert(propertyBeforeRatings(PATHS_BEFORE_RATINGS), { numRuns: 1, seed: 838052816, path: '3', endOnFailure: true });
  });

  for (const r of REGRESSIONS) {
    it(`regression: ${r.name}`, () => runSequence(r.commands(), r.ratingRequired));
  }

  for (const w of WRITTEN_PATHS) {
    it(`path: ${w.name}`, () => runSequence(w.commands(), w.ratingRequired));
  }
});
