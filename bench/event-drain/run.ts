/**
 * bench/event-drain — how fast the outbox consumers (quota counting, attribution, livestream) drain a backlog
 * of order events, and how far behind receipts they stay under a steady order rate. A benchmark, not a test.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres node -r @swc-node/register bench/event-drain/run.ts \
 *     [--orders 10000] [--rate 300] [--seconds 10] [--drain-seconds 30] [--product 玉露香梨] [--isolated] [--no-lag] [--api-from /tmp/base]
 *
 * 1. Backlog: holds every consumer's delivery lock (the advisory lock the dispatcher takes per batch), queues
 *    `--orders` paid + received orders (2 events each, half of them live-room orders, certified 玉露香梨 for a
 *    work unit; 玉露香梨's supplier is linked to 458 households, so each receipt writes ~458 attribution rows),
 *    releases the locks and times each consumer until it has handled all of its events, or for at most
 *    `--drain-seconds` (then the rate is what it handled in that time). `--isolated` first lets each consumer
 *    drain the backlog alone.
 * 2. Lag: appends orders at `--rate` per second for `--seconds` (a paid event for a new order and a received
 *    event for the order paid a second earlier, each its own transaction with NOTIFY, as the orders domain
 *    does) and measures, per consumer, commit of the event → the consumer's committed delivery (polled every 25 ms).
 */
import { randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { startBenchApi } from '../support/bench-api';
import { median } from '../support/rounds';

const arg = (name: string, def: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : def;
};
const ORDERS = arg('orders', 10_000);
const RATE = arg('rate', 300);
const SECONDS = arg('seconds', 10);
const DRAIN_SECONDS = arg('drain-seconds', 30);
const ISOLATED = process.argv.includes('--isolated');
/** `--no-lag`: only the backlog phase. */
const LAG = !process.argv.includes('--no-lag');
/** `--api-from <dir>`: run the API from another checkout (e.g. main in a worktree), so before and after alternate. */
const API_FROM = (() => {
  const i = process.argv.indexOf('--api-from');
  return i > 0 ? process.argv[i + 1] : undefined;
})();
const PRODUCT = (() => {
  const i = process.argv.indexOf('--product');
  return i > 0 ? process.argv[i + 1] : '玉露香梨';
})();

/** Every consumer takes every order event now: each carries the order's counting facts (docs/counting.md). */
const ORDER_TYPES = ['order.paid', 'order.received', 'order.completed', 'order.cancelled', 'order.refunded', 'order.rebound'];
const CONSUMERS: Record<string, string[]> = {
  'quota-counting': ORDER_TYPES,
  'attribution-ledger': ORDER_TYPES,
  'livestream.orders': ORDER_TYPES,
};

interface Fixture {
  buyerId: string;
  unitId: string;
  productId: string;
  skuId: string;
  supplierId: string;
  price: number;
  sessionId: string;
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] : NaN;
};
const load = () => loadavg()[0].toFixed(1);

async function fixture(pg: Client): Promise<Fixture> {
  const {
    rows: [p],
  } = await pg.query(
    `SELECT p.id AS product_id, s.id AS sku_id, s.price_fen AS price, p.supplier_id FROM product p JOIN product_sku s ON s.product_id = p.id WHERE p.name = $1 LIMIT 1`,
    [PRODUCT],
  );
  const {
    rows: [buyer],
  } = await pg.query(`SELECT id, unit_id FROM app_user WHERE unit_id IS NOT NULL ORDER BY username LIMIT 1`);
  const sessionId = randomUUID();
  await pg.query(
    `INSERT INTO live_session (id, title, host_name, host_title, kind, county_code, status, starts_at, started_at, stream_url)
     VALUES ($1, '基准测试直播', '张明', '副县长', 'sales', '141034', 'live', now(), now(), 'https://example.invalid/live.m3u8')`,
    [sessionId],
  );
  return {
    buyerId: buyer.id,
    unitId: buyer.unit_id,
    productId: p.product_id,
    skuId: p.sku_id,
    supplierId: p.supplier_id,
    price: Number(p.price),
    sessionId,
  };
}

/**
 * The payload the orders domain writes (see libs/server/events/src/dto/order-events.ts), with the order's counting facts
 * after the transition (`state`): paid, and received when the event type (`k.type` / `$1`, given as `typeSql`) is a receipt.
 * Without `state` the consumers count nothing.
 */
const payloadSql = (f: Fixture, typeSql: string) => {
  const line = `jsonb_build_object('lineId', o.line, 'productId', '${f.productId}', 'skuId', '${f.skuId}',
    'quantity', 1, 'unitPriceFen', ${f.price}, 'amountFen', ${f.price}, 'certified', true)`;
  return `jsonb_build_object('orderId', o.id, 'orderNo', 'BENCH' || o.g, 'buyerId', '${f.buyerId}', 'unitId', '${f.unitId}',
  'supplierId', '${f.supplierId}', 'liveSessionId', CASE WHEN o.g % 2 = 0 THEN '${f.sessionId}' END, 'totalFen', ${f.price}, 'paidFen', ${f.price},
  'occurredAt', now(), 'lines', jsonb_build_array(${line}),
  'state', jsonb_build_object('unitId', '${f.unitId}', 'paid', true, 'received', ${typeSql} = 'order.received', 'rated', false, 'cancelled', false,
    'lines', jsonb_build_array(${line} || jsonb_build_object('refundedFen', 0, 'refundedQuantity', 0))))`;
};

async function queueBacklog(pg: Client, f: Fixture, orders: number): Promise<string> {
  const {
    rows: [{ max }],
  } = await pg.query(`SELECT COALESCE(max(id), 0)::text AS max FROM outbox_event`);
  for (let from = 1; from <= orders; from += 1000) {
    await pg.query(
      `INSERT INTO outbox_event (type, aggregate_type, aggregate_id, payload)
       SELECT k.type, 'order', o.id, ${payloadSql(f, 'k.type')}
         FROM (SELECT gen_random_uuid() AS id, gen_random_uuid() AS line, g FROM generate_series($1::int, $2::int) g) o
        CROSS JOIN (VALUES (1, 'order.paid'), (2, 'order.received')) AS k(n, type)
        ORDER BY o.g, k.n`,
      [from, Math.min(orders, from + 999)],
    );
  }
  return max;
}

async function consumed(pg: Client, consumer: string, afterId: string): Promise<number> {
  const {
    rows: [{ n }],
  } = await pg.query(`SELECT count(*)::int AS n FROM event_consumption c WHERE c.consumer = $1 AND c.event_id > $2`, [consumer, afterId]);
  return n;
}

async function expected(pg: Client, consumer: string, afterId: string): Promise<number> {
  const {
    rows: [{ n }],
  } = await pg.query(`SELECT count(*)::int AS n FROM outbox_event WHERE id > $1 AND type = ANY($2)`, [afterId, CONSUMERS[consumer]]);
  return n;
}

interface Drained {
  events: number;
  of: number;
  seconds: number;
  /** Every change of the consumed count seen by the 20 ms poll: seconds since the release and events consumed by then. */
  commits: { at: number; events: number }[];
}
/**
 * The rate over the measured window: events consumed by the last commit seen, over the time from the release to that
 * commit (polled every 20 ms), so a run stopped at --drain-seconds is not rounded down to whole batches (a 玉露香梨
 * batch of 100 receipts takes seconds); and the median of the per-batch rates (consecutive commits).
 */
const windowRate = (r: Drained): { rate: number; perBatch: number; batches: number } => {
  const last = r.commits[r.commits.length - 1];
  const per = r.commits.map((c, i) => {
    const prev = i ? r.commits[i - 1] : { at: 0, events: 0 };
    return (c.events - prev.events) / (c.at - prev.at);
  });
  return { rate: last ? last.events / last.at : 0, perBatch: per.length ? median(per) : 0, batches: r.commits.length };
};
const line = (label: string, n: string, r: Drained) => {
  const w = windowRate(r);
  return `  ${label.padEnd(9)} ${n.padEnd(20)} ${String(r.events).padStart(6)} of ${String(r.of).padStart(6)} events in ${r.seconds.toFixed(2).padStart(6)} s = ${Math.round(
    r.events / r.seconds,
  )
    .toLocaleString('en')
    .padStart(6)} events/s (aim ≥ 1,000)${r.events < r.of ? ' — stopped at --drain-seconds' : ''}; to the last commit ${w.rate.toFixed(
    2,
  )} events/s, median per batch ${w.perBatch.toFixed(2)} (${w.batches} commits)`;
};

const lockSql = (fn: string, names: string[]) => `SELECT ${names.map((_, i) => `${fn}(hashtext('outbox:' || $${i + 1}))`).join(', ')}`;

/** Releases the given consumers at once and returns, per consumer, events handled and seconds taken. */
async function drainTimed(pg: Client, holder: Client, names: string[], afterId: string): Promise<Record<string, Drained>> {
  const want = Object.fromEntries(await Promise.all(names.map(async (n) => [n, await expected(pg, n, afterId)] as const)));
  const t0 = performance.now();
  await holder.query(lockSql('pg_advisory_unlock', names), names);
  await holder.query(`SELECT pg_notify('yigou_outbox', 'bench')`);
  const done: Record<string, Drained> = {};
  const commits: Record<string, Drained['commits']> = Object.fromEntries(names.map((n) => [n, []]));
  while (Object.keys(done).length < names.length) {
    const late = performance.now() - t0 > DRAIN_SECONDS * 1000;
    for (const n of names) {
      if (done[n]) continue;
      const have = await consumed(pg, n, afterId);
      const seen = commits[n];
      if (have > (seen.length ? seen[seen.length - 1].events : 0)) seen.push({ at: (performance.now() - t0) / 1000, events: have });
      if (have >= want[n] || late) done[n] = { events: have, seconds: (performance.now() - t0) / 1000, of: want[n], commits: seen };
    }
    await sleep(20);
  }
  return done;
}

async function backlog(pg: Client, holder: Client, f: Fixture): Promise<void> {
  const names = Object.keys(CONSUMERS);
  await holder.query(lockSql('pg_advisory_lock', names), names);
  const q0 = performance.now();
  const afterId = await queueBacklog(pg, f, ORDERS);
  console.log(
    `queued ${ORDERS * 2} order events (${ORDERS} orders, paid + received) in ${((performance.now() - q0) / 1000).toFixed(1)} s; load average ${load()}`,
  );
  if (ISOLATED) {
    for (const n of names) {
      const r = (await drainTimed(pg, holder, [n], afterId))[n];
      console.log(line('alone', n, r));
      // the other consumers stay locked; what this one did not get through is not left in front of the next phase
      await skipLeftovers(pg, holder, [n]);
      await holder.query(lockSql('pg_advisory_lock', [n]), [n]);
    }
    const again = await queueBacklog(pg, f, ORDERS);
    await report(pg, holder, names, again);
  } else {
    await report(pg, holder, names, afterId);
  }
  await skipLeftovers(pg, holder, names);
}

/**
 * Marks what the consumers did not get through in --drain-seconds as handled (taking their locks while doing so, and
 * releasing them after), so the next phase starts with empty queues.
 */
async function skipLeftovers(pg: Client, holder: Client, names: string[]): Promise<void> {
  await holder.query(lockSql('pg_advisory_lock', names), names);
  const { rowCount } = await pg.query(
    `INSERT INTO event_consumption (consumer, event_id)
     SELECT c.name, e.id FROM outbox_event e JOIN jsonb_each($1::jsonb) c(name, types) ON e.type IN (SELECT jsonb_array_elements_text(c.types))
      WHERE NOT EXISTS (SELECT 1 FROM event_consumption x WHERE x.consumer = c.name AND x.event_id = e.id)`,
    [JSON.stringify(Object.fromEntries(names.map((n) => [n, CONSUMERS[n]])))],
  );
  if (rowCount) console.log(`  (${rowCount} deliveries left over were skipped before the next phase)`);
  await holder.query(lockSql('pg_advisory_unlock', names), names);
}

async function report(pg: Client, holder: Client, names: string[], afterId: string): Promise<void> {
  const r = await drainTimed(pg, holder, names, afterId);
  for (const n of names) {
    console.log(line('together', n, r[n]));
  }
}

async function lag(dbUrl: string, f: Fixture): Promise<void> {
  const writers = await Promise.all(
    Array.from({ length: 4 }, async () => {
      const c = new Client({ connectionString: dbUrl });
      await c.connect();
      return c;
    }),
  );
  const poller = new Client({ connectionString: dbUrl });
  await poller.connect();
  const outstanding: Record<string, Map<string, number>> = Object.fromEntries(Object.keys(CONSUMERS).map((n) => [n, new Map()]));
  const lags: Record<string, number[]> = Object.fromEntries(Object.keys(CONSUMERS).map((n) => [n, []]));
  const append = async (c: Client, type: string, orderId: string, g: number) => {
    await c.query('BEGIN');
    const {
      rows: [{ id }],
    } = await c.query(
      `INSERT INTO outbox_event (type, aggregate_type, aggregate_id, payload)
       SELECT $1::text, 'order', o.id, ${payloadSql(f, '$1::text')} FROM (SELECT $2::uuid AS id, $3::uuid AS line, $4::int AS g) o RETURNING id::text`,
      [type, orderId, randomUUID(), g],
    );
    await c.query(`SELECT pg_notify('yigou_outbox', $1)`, [type]);
    await c.query('COMMIT');
    const at = performance.now();
    for (const [n, types] of Object.entries(CONSUMERS)) {
      // figures that follow the event: quota and attribution on receipt, the live session's on payment (live orders only)
      const relevant = type === 'order.received' ? n !== 'livestream.orders' : n === 'livestream.orders' || n === 'quota-counting';
      if (types.includes(type) && relevant) outstanding[n].set(id, at);
    }
  };
  let polling = true;
  let stoppedAt = 0;
  const poll = (async () => {
    // after the load stops, waits at most --drain-seconds for what is still outstanding
    while (polling || (Object.values(outstanding).some((m) => m.size) && performance.now() - stoppedAt < DRAIN_SECONDS * 1000)) {
      for (const [n, m] of Object.entries(outstanding)) {
        if (!m.size) continue;
        const { rows } = await poller.query(
          `SELECT event_id::text AS id FROM event_consumption WHERE consumer = $1 AND event_id = ANY($2::bigint[])`,
          [n, [...m.keys()]],
        );
        const now = performance.now();
        for (const { id } of rows) {
          lags[n].push(now - (m.get(id) as number));
          m.delete(id);
        }
      }
      await sleep(25);
    }
  })();
  const paid: { id: string; g: number; at: number }[] = [];
  const t0 = performance.now();
  let sent = 0;
  let w = 0;
  while (performance.now() - t0 < SECONDS * 1000) {
    const due = Math.floor(((performance.now() - t0) / 1000) * RATE);
    const batch: Promise<void>[] = [];
    for (; sent < due; sent++) {
      const c = writers[w++ % writers.length];
      const id = randomUUID();
      const g = 1_000_000 + sent;
      batch.push(append(c, 'order.paid', id, g));
      paid.push({ id, g, at: performance.now() });
      while (paid.length && performance.now() - paid[0].at > 1000) {
        const r = paid.shift()!;
        batch.push(append(writers[w++ % writers.length], 'order.received', r.id, r.g));
      }
    }
    await Promise.all(batch);
    await sleep(5);
  }
  const elapsed = (performance.now() - t0) / 1000;
  polling = false;
  stoppedAt = performance.now();
  await poll;
  console.log(
    `sent ${sent} orders in ${elapsed.toFixed(1)} s = ${Math.round(sent / elapsed)} orders/s (asked ${RATE}); load average ${load()}`,
  );
  for (const [n, xs] of Object.entries(lags)) {
    const what =
      n === 'livestream.orders'
        ? 'payment → session figures'
        : n === 'quota-counting'
          ? 'payment/receipt → unit figures'
          : 'receipt → household figures';
    const late = outstanding[n].size ? `; ${outstanding[n].size} not delivered ${DRAIN_SECONDS} s after the load stopped` : '';
    console.log(
      `  ${n.padEnd(20)} ${what.padEnd(31)} n=${String(xs.length).padStart(5)} p50 ${pct(xs, 50).toFixed(0).padStart(5)} ms  p95 ${pct(xs, 95).toFixed(0).padStart(5)} ms  p99 ${pct(xs, 99).toFixed(0).padStart(5)} ms  max ${Math.max(
        ...xs,
      )
        .toFixed(0)
        .padStart(5)} ms (aim ≤ 2,000 ms)${late}`,
    );
  }
  await Promise.all([...writers, poller].map((c) => c.end()));
}

async function main(): Promise<void> {
  const api = await startBenchApi('event_drain', {}, { cwd: API_FROM });
  const pg = new Client({ connectionString: api.dbUrl });
  const holder = new Client({ connectionString: api.dbUrl });
  await pg.connect();
  await holder.connect();
  try {
    const f = await fixture(pg);
    console.log(
      `event-drain: ${new Date().toISOString()}, load average ${load()} (2 shared cores; API, PostgreSQL and this script on them)`,
    );
    await backlog(pg, holder, f);
    if (LAG) await lag(api.dbUrl, f);
  } finally {
    await pg.end();
    await holder.end();
    await api.stop();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
