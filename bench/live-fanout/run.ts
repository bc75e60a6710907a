/**
 * bench/live-fanout — live room fan-out (a benchmark, not a test).
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres \
 *   node -r @swc-node/register bench/live-fanout/run.ts [--subscribers 10000] [--events 20] [--rate 2] [--redis redis://127.0.0.1:6379]
 *
 * Two servers, one after the other, each in its own child process on 127.0.0.1:
 *  1. the Yigou API (Nest + Apollo + graphql-ws, in-memory pub/sub or Redis with --redis):
 *     N viewers subscribe to `liveUpdates` of one live session; orders are appended
 *     to the outbox (as the orders domain does) at a steady rate; the API delivers
 *     them (LISTEN/NOTIFY → consumer → publish after commit → hub → ≤ 2 pushes/s);
 *  2. a bare graphql-ws server (ws + graphql-js, no Nest, no database, no coalescing)
 *     with the same N subscribers and the same event stream, published over HTTP.
 * Latency = receipt time − the event's time (same machine clock). Memory = the
 * server's RSS before and with the subscribers connected. The loops are bounded.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import WebSocket from 'ws';
import { ensureDatabase, withDatabase } from '@yigou/server/database';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const SUBSCRIBERS = Math.min(Number(arg('subscribers', '10000')), 15_000);
const EVENTS = Math.min(Number(arg('events', '20')), 200);
const RATE = Math.min(Number(arg('rate', '2')), 50);
const REDIS = arg('redis', '');
const YIGOU_PORT = 3710;
const BARE_PORT = 3711;

const LIVE_QUERY = `subscription($id: ID!) { liveUpdates(sessionId: $id) { seq orderCount orders { id text at } } }`;
const BARE_QUERY = `subscription { ticks(channel: "bench") { at text } }`;

interface Stats {
  latencies: number[];
  pushes: number;
  connected: number;
  failed: number;
}

function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Math.round(Number(m[1]) / 1024) : NaN;
}

function pct(xs: number[], p: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

async function startChild(script: string, env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', script], {
    env: { ...process.env, SWC_NODE_PROJECT: 'tsconfig.base.json', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    let buf = '';
    child.stdout!.on('data', (d: Buffer) => {
      buf += d.toString();
      if (buf.includes('"ready"')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
  return child;
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  child.kill('SIGTERM');
  await Promise.race([new Promise((r) => child.once('exit', r)), sleep(10_000)]);
  if (child.exitCode === null) child.kill('SIGKILL');
}

/** N raw graphql-transport-ws clients; each records the latency of every event it receives. */
async function connectSubscribers(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  n: number,
  stats: Stats,
  pick: (payload: unknown) => { at: string }[],
): Promise<WebSocket[]> {
  const sockets: WebSocket[] = [];
  const BATCH = 250;
  for (let start = 0; start < n; start += BATCH) {
    const batch = Array.from(
      { length: Math.min(BATCH, n - start) },
      () =>
        new Promise<void>((resolve) => {
          const ws = new WebSocket(url, 'graphql-transport-ws');
          sockets.push(ws);
          const seen = new Set<string>();
          ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload: {} })));
          ws.on('message', (raw) => {
            const msg = JSON.parse(raw.toString()) as { type: string; payload?: unknown };
            if (msg.type === 'connection_ack') {
              ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query, variables } }));
              stats.connected++;
              resolve();
            } else if (msg.type === 'next') {
              stats.pushes++;
              const now = Date.now();
              for (const e of pick(msg.payload)) {
                const key = e.at;
                if (seen.has(key)) continue;
                seen.add(key);
                stats.latencies.push(now - Date.parse(e.at));
              }
            } else if (msg.type === 'ping') ws.send(JSON.stringify({ type: 'pong' }));
          });
          ws.on('error', () => {
            stats.failed++;
            resolve();
          });
        }),
    );
    await Promise.all(batch);
  }
  return sockets;
}

/** Waits (bounded: 30 s) until every client has every event, so late deliveries count in the latency. */
async function drained(stats: Stats, expected: number): Promise<void> {
  const end = Date.now() + 30_000;
  await sleep(500);
  while (stats.latencies.length < expected && Date.now() < end) await sleep(200);
}

async function closeAll(sockets: WebSocket[]): Promise<void> {
  for (const ws of sockets) ws.terminate();
  await sleep(500);
}

/** After the last event: waits for every delivery, reads the server's RSS, closes the clients; the run's result. */
async function finish(
  name: string,
  server: ChildProcess,
  sockets: WebSocket[],
  stats: Stats,
  run: Pick<Result, 'connectSeconds' | 'rssIdle' | 'rssConnected'>,
): Promise<Result> {
  await drained(stats, EVENTS * stats.connected);
  const rssEnd = rssMb(server.pid!);
  await closeAll(sockets);
  return { name, subscribers: stats.connected, ...run, rssEnd, stats, expected: EVENTS * stats.connected };
}

interface Result {
  name: string;
  subscribers: number;
  connectSeconds: number;
  rssIdle: number;
  rssConnected: number;
  rssEnd: number;
  stats: Stats;
  expected: number;
}

async function benchYigou(dbUrl: string): Promise<Result> {
  const env: Record<string, string> = {
    NODE_ENV: 'production',
    JWT_SECRET: 'bench-secret-bench-secret-bench-secret!!',
    HOUSEHOLD_ID_KEY: randomBytes(32).toString('hex'),
    LOAD_DEMO_DATA: 'true',
    LOG_LEVEL: 'warn',
    PORT: String(YIGOU_PORT),
    DATABASE_URL: dbUrl,
    ...(REDIS ? { REDIS_URL: REDIS, REDIS_KEY_PREFIX: `yigou-bench-${process.pid}:` } : {}),
  };
  const server = await startChild('bench/live-fanout/yigou-server.ts', env);
  const pg = new Client({ connectionString: dbUrl });
  await pg.connect();
  try {
    const {
      rows: [p],
    } = await pg.query<{ product_id: string; sku_id: string; price: string }>(
      `SELECT p.id AS product_id, s.id AS sku_id, s.price_fen AS price FROM product p JOIN product_sku s ON s.product_id = p.id WHERE p.name = '玉露香梨' LIMIT 1`,
    );
    const {
      rows: [buyer],
    } = await pg.query<{ id: string; unit_id: string | null }>(`SELECT id, unit_id FROM app_user WHERE unit_id IS NOT NULL LIMIT 1`);
    const sessionId = randomUUID();
    await pg.query(
      `INSERT INTO live_session (id, title, host_name, host_title, kind, county_code, status, starts_at, started_at, stream_url)
       VALUES ($1, '基准测试直播', '张明', '副县长', 'sales', '141034', 'live', now(), now(), 'https://example.invalid/live.m3u8')`,
      [sessionId],
    );
    await pg.query(`INSERT INTO live_session_product (session_id, product_id, sku_id, live_price_fen) VALUES ($1, $2, $3, $4)`, [
      sessionId,
      p.product_id,
      p.sku_id,
      p.price,
    ]);
    await sleep(1000);
    const rssIdle = rssMb(server.pid!);
    const stats: Stats = { latencies: [], pushes: 0, connected: 0, failed: 0 };
    const t0 = Date.now();
    const sockets = await connectSubscribers(
      `ws://127.0.0.1:${YIGOU_PORT}/graphql`,
      LIVE_QUERY,
      { id: sessionId },
      SUBSCRIBERS,
      stats,
      (payload) => {
        const d = (payload as { data?: { liveUpdates?: { orders: { at: string }[] } } }).data;
        return d?.liveUpdates?.orders ?? [];
      },
    );
    // every viewer counted in (each subscribe is one transaction on the session row)
    for (let i = 0; i < 600; i++) {
      const { rows } = await pg.query<{ n: number }>(`SELECT viewer_count AS n FROM live_session WHERE id = $1`, [sessionId]);
      if (rows[0].n >= stats.connected - stats.failed) break;
      await sleep(200);
    }
    const connectSeconds = (Date.now() - t0) / 1000;
    await sleep(1500);
    const rssConnected = rssMb(server.pid!);
    const pushesBefore = stats.pushes;
    for (let i = 0; i < EVENTS; i++) {
      const due = Date.now() + 1000 / RATE;
      const orderId = randomUUID();
      const price = Number(p.price);
      const line = {
        lineId: randomUUID(),
        productId: p.product_id,
        skuId: p.sku_id,
        quantity: 1,
        unitPriceFen: price,
        amountFen: price,
        certified: true,
      };
      // As the orders domain writes it: with the order's counting facts after the transition (`state`); without them
      // the live-session consumer counts nothing and publishes nothing (this benchmark then measured no delivery).
      const payload = {
        orderId,
        orderNo: `B${i}`,
        buyerId: buyer.id,
        unitId: buyer.unit_id,
        supplierId: randomUUID(),
        liveSessionId: sessionId,
        totalFen: price,
        paidFen: price,
        lines: [line],
        occurredAt: new Date().toISOString(),
        state: {
          unitId: buyer.unit_id,
          paid: true,
          received: false,
          rated: false,
          cancelled: false,
          lines: [{ ...line, refundedFen: 0, refundedQuantity: 0 }],
        },
      };
      await pg.query('BEGIN');
      await pg.query(`INSERT INTO outbox_event (type, aggregate_type, aggregate_id, payload) VALUES ('order.paid', 'order', $1, $2)`, [
        orderId,
        JSON.stringify(payload),
      ]);
      await pg.query(`SELECT pg_notify('yigou_outbox', 'order.paid')`);
      await pg.query('COMMIT');
      await sleep(Math.max(0, due - Date.now()));
    }
    const result = await finish(`Yigou API (${REDIS ? 'Redis' : 'in-memory'} pub/sub, coalesced)`, server, sockets, stats, {
      connectSeconds,
      rssIdle,
      rssConnected,
    });
    stats.pushes -= pushesBefore;
    return result;
  } finally {
    await pg.end();
    await stopChild(server);
  }
}

async function benchBare(): Promise<Result> {
  const server = await startChild('bench/live-fanout/bare-server.ts', { PORT: String(BARE_PORT) });
  try {
    await sleep(500);
    const rssIdle = rssMb(server.pid!);
    const stats: Stats = { latencies: [], pushes: 0, connected: 0, failed: 0 };
    const t0 = Date.now();
    const sockets = await connectSubscribers(`ws://127.0.0.1:${BARE_PORT}/graphql`, BARE_QUERY, {}, SUBSCRIBERS, stats, (payload) => {
      const d = (payload as { data?: { ticks?: { at: string } } }).data;
      return d?.ticks ? [d.ticks] : [];
    });
    for (let i = 0; i < 600; i++) {
      if (Number(await (await fetch(`http://127.0.0.1:${BARE_PORT}/count`)).text()) >= stats.connected - stats.failed) break;
      await sleep(100);
    }
    const connectSeconds = (Date.now() - t0) / 1000;
    await sleep(1500);
    const rssConnected = rssMb(server.pid!);
    for (let i = 0; i < EVENTS; i++) {
      const due = Date.now() + 1000 / RATE;
      await fetch(`http://127.0.0.1:${BARE_PORT}/publish`, {
        method: 'POST',
        body: JSON.stringify({ at: new Date().toISOString(), text: `汾西县第一中学 王** 刚刚购买了 玉露香梨 #${i}` }),
      });
      await sleep(Math.max(0, due - Date.now()));
    }
    return await finish('bare graphql-ws (no coalescing, no DB)', server, sockets, stats, { connectSeconds, rssIdle, rssConnected });
  } finally {
    await stopChild(server);
  }
}

function report(r: Result): string {
  const l = r.stats.latencies;
  return [
    `${r.name}`,
    `  subscribers ${r.subscribers} (failed ${r.stats.failed}), connected in ${r.connectSeconds.toFixed(1)} s`,
    `  events delivered ${l.length}/${r.expected} (${((100 * l.length) / Math.max(1, r.expected)).toFixed(1)}%), pushes ${r.stats.pushes}`,
    `  latency p50 ${pct(l, 50)} ms, p99 ${pct(l, 99)} ms, max ${pct(l, 100)} ms`,
    `  server RSS idle ${r.rssIdle} MB, with subscribers ${r.rssConnected} MB (+${r.rssConnected - r.rssIdle} MB, ${(((r.rssConnected - r.rssIdle) * 1024) / Math.max(1, r.subscribers)).toFixed(1)} KB each), end ${r.rssEnd} MB`,
  ].join('\n');
}

async function main(): Promise<void> {
  const base = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const dbName = `yigou_bench_live_${process.pid}`;
  const admin = withDatabase(base, 'postgres');
  await ensureDatabase(admin, dbName);
  const dbUrl = withDatabase(base, dbName);
  console.log(
    `live-fanout: ${SUBSCRIBERS} subscribers, ${EVENTS} events at ${RATE}/s, node ${process.version}, ${new Date().toISOString()}`,
  );
  try {
    const ours = await benchYigou(dbUrl);
    console.log(report(ours));
    const bare = await benchBare();
    console.log(report(bare));
    const p99o = pct(ours.stats.latencies, 99);
    const p99b = pct(bare.stats.latencies, 99);
    console.log(`p99 ratio Yigou / bare: ${(p99o / Math.max(1, p99b)).toFixed(2)}×`);
  } finally {
    const c = new Client({ connectionString: admin });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
    await c.end();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
