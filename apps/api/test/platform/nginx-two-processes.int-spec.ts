import { ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient, Client as WsClient } from 'graphql-ws';
import WebSocket from 'ws';
import { createTestApp, SecondApi, startSecondApi, stopSecondApi, TestApp } from '@yigou/server/testing';
import { addAddress, line, PLACE, PlacedOrder, setStock, skuOf, stockOf } from '../orders/order-helpers';
import { LIVE_UPDATES, liveSessionWithPear, Push, until } from '../livestream/live-fixtures';
import { freePort } from '../harness/test-postgres';

jest.setTimeout(300_000);

/**
 * Two real API processes behind Debian's nginx, configured from docker/nginx.conf (the storefront image's
 * configuration, with the compose replica names pointed at the two processes): what compose's two replicas do,
 * on one machine. Redis carries the live room's pushes between the processes.
 */
const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));
const REDIS = ['/usr/bin/redis-server', '/usr/local/bin/redis-server'].find((p) => existsSync(p));
const missing = !NGINX ? 'nginx (apt-get install nginx-light)' : !REDIS ? 'redis-server' : null;
if (missing) console.warn(`⚠ nginx-two-processes.int-spec skipped: ${missing} not found`);
const describeWithNginx = missing ? describe.skip : describe;

interface Answer {
  ok: boolean;
  status: number;
  order?: PlacedOrder;
  code?: string;
}

const openViewers: WsClient[] = [];

/** A graphql-ws viewer that reconnects as the storefront's client does (quickly, for ever), recording pushes and reconnects. */
function viewer(url: string, sessionId: string) {
  const pushes: Push[] = [];
  const closedAt: number[] = [];
  const connectedAt: number[] = [];
  const client: WsClient = createClient({
    url,
    webSocketImpl: WebSocket,
    lazy: false,
    retryAttempts: 1_000,
    shouldRetry: () => true,
    retryWait: () => new Promise((r) => setTimeout(r, 200)),
    onNonLazyError: () => undefined,
    on: { connected: () => connectedAt.push(Date.now()), closed: () => closedAt.push(Date.now()) },
  });
  openViewers.push(client);
  client.subscribe(
    { query: LIVE_UPDATES, variables: { id: sessionId } },
    { next: (v) => pushes.push({ at: Date.now(), data: v.data as Push['data'] }), error: () => undefined, complete: () => undefined },
  );
  const orders = () => Math.max(0, ...pushes.map((p) => p.data?.liveUpdates.orderCount ?? 0));
  return { client, pushes, closedAt, connectedAt, orders };
}

/** A counter of this process's /metrics (summed over label sets matching `labels`). */
async function metric(url: string, name: string, labels = ''): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  let sum = 0;
  for (const l of text.split('\n')) if (l.startsWith(name) && l.includes(labels) && !l.startsWith('#')) sum += Number(l.split(' ').pop());
  return sum;
}

describeWithNginx('two API processes behind nginx', () => {
  const dir = mkdtempSync(join(tmpdir(), 'yigou-nginx-'));
  let redis: ChildProcess;
  let nginx: ChildProcess;
  let t: TestApp;
  let env: Record<string, string>;
  const ports: number[] = [];
  const apis: (SecondApi | null)[] = [null, null];
  let base: string;
  let purchaser: string;
  let admin: string;
  let host: string;
  let address: string;
  let nginxLog = '';

  const startProcess = async (i: number) => (apis[i] = await startSecondApi(t, { ...env, SECOND_API_PORT: String(ports[i]) }));

  beforeAll(async () => {
    const redisPort = await freePort();
    redis = spawn(REDIS as string, ['--port', String(redisPort), '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    const redisUrl = `redis://127.0.0.1:${redisPort}`;
    const prefix = `yigou-nginx-${process.pid}:`;
    t = await createTestApp({ eventsAutoDeliver: false, redisUrl, redisKeyPrefix: prefix });
    // Both processes deliver the outbox (each consumer's events once, whichever process takes them) and trust nginx's X-Forwarded-For.
    // SECOND_API_IDLE_GRACE_MS empty: the drain leaves idle keep-alive connections to nginx, as in production.
    env = {
      REDIS_URL: redisUrl,
      REDIS_KEY_PREFIX: prefix,
      EVENTS_AUTO_DELIVER: 'true',
      TRUST_PROXY: 'loopback',
      SECOND_API_IDLE_GRACE_MS: '',
    };
    ports.push(await freePort(), await freePort());
    await Promise.all([startProcess(0), startProcess(1)]);

    // nginx, as the storefront image runs it: docker/nginx.conf with api-1/api-2 pointed at the two processes.
    const nginxPort = await freePort();
    for (const d of ['conf', 'logs', 'html']) mkdirSync(join(dir, d), { recursive: true });
    chmodSync(dir, 0o777); // nginx's workers run as nobody when the master is root
    writeFileSync(join(dir, 'html/index.html'), '<!doctype html><title>以购</title>');
    const site = readFileSync('docker/nginx.conf', 'utf8')
      .replace('server api-1:3000', `server 127.0.0.1:${ports[0]}`)
      .replace('server api-2:3000', `server 127.0.0.1:${ports[1]}`)
      .replace('listen 80;', `listen 127.0.0.1:${nginxPort};`)
      .replace('root /usr/share/nginx/html;', `root ${dir}/html;`);
    expect(site).toContain(`server 127.0.0.1:${ports[1]}`);
    writeFileSync(join(dir, 'conf/default.conf'), site);
    writeFileSync(
      join(dir, 'conf/nginx.conf'),
      `worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/logs/error.log warn;
events { worker_connections 4096; }
http {
  include /etc/nginx/mime.types;
  log_format upstreams '$request_method $uri $status "$upstream_addr" "$upstream_status"';
  access_log ${dir}/logs/access.log upstreams;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  include ${dir}/conf/default.conf;
}
`,
    );
    nginx = spawn(NGINX as string, ['-p', dir, '-e', `${dir}/logs/error.log`, '-c', `${dir}/conf/nginx.conf`, '-g', 'daemon off;'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    nginx.stderr?.on('data', (c: Buffer) => (nginxLog += c.toString()));
    base = `http://127.0.0.1:${nginxPort}`;
    await until(
      async () => {
        if (nginx.exitCode !== null) throw new Error(`nginx exited: ${nginxLog}`);
        return (
          (await fetch(`${base}/health/ready`)
            .then((r) => r.status)
            .catch(() => 0)) === 200
        );
      },
      30_000,
      'nginx in front of the API',
    );

    purchaser = await t.loginAs('purchaser');
    admin = await t.loginAs('admin');
    host = await t.loginAs('host');
    address = await addAddress(t, purchaser);
  });

  afterAll(async () => {
    await Promise.all(openViewers.map((c) => c.dispose()));
    if (nginx && nginx.exitCode === null) {
      nginx.kill('SIGTERM');
      await new Promise((r) => nginx.once('exit', r));
    }
    for (const a of apis) await stopSecondApi(a?.child ?? null);
    await t?.close();
    if (redis && redis.exitCode === null) redis.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  /** A checkout through nginx (or `at` a process directly). Network failures and nginx's own errors count as not acknowledged. */
  const checkout = async (input: Record<string, unknown>, at = base, operation = 'RushCheckout'): Promise<Answer> => {
    try {
      const res = await fetch(`${at}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${purchaser}` },
        body: JSON.stringify({ query: PLACE.replace('mutation(', `mutation ${operation}(`), variables: { input } }),
      });
      const text = await res.text();
      let body: { data?: { placeOrder: PlacedOrder[] } | null; errors?: { extensions?: { code?: string } }[] };
      try {
        body = JSON.parse(text);
      } catch {
        return { ok: false, status: res.status, code: `HTTP ${res.status}` };
      }
      const order = body.data?.placeOrder?.[0];
      return { ok: !!order, status: res.status, order, code: body.errors?.[0]?.extensions?.code };
    } catch (e) {
      return { ok: false, status: 0, code: e instanceof Error ? e.message : String(e) };
    }
  };

  /** An order of the live session placed and paid through one process: what makes the room's ticker move. */
  const saleThrough = async (at: string, s: { sessionId: string; skuId: string; livePriceFen: number }, n: number) => {
    const placed = await checkout(
      {
        lines: [{ skuId: s.skuId, quantity: 1, expectedPriceFen: String(s.livePriceFen) }],
        addressId: address,
        paymentMethod: 'bank_transfer',
        liveSessionId: s.sessionId,
      },
      at,
      'LiveSale',
    );
    if (!placed.order) throw new Error(`live order through ${at}: ${placed.code}`);
    const post = (query: string, variables: Record<string, unknown>) =>
      fetch(`${at}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
        body: JSON.stringify({ query, variables }),
      }).then((r) => r.json() as Promise<{ data?: Record<string, { id: string }>; errors?: unknown[] }>);
    const tr = await post(`mutation($i: RecordTransferInput!) { recordBankTransfer(input: $i) { id } }`, {
      i: {
        bankTxnNo: `NGINX-${process.pid}-${n}`,
        payerName: '汾西县第一中学',
        amountFen: placed.order.totalFen,
        receivedAt: new Date().toISOString(),
      },
    });
    if (!tr.data) throw new Error(JSON.stringify(tr.errors));
    const m = await post(
      `mutation($t: ID!, $a: [TransferAllocationInput!]!) { matchBankTransfer(transferId: $t, allocations: $a) { matchedFen } }`,
      {
        t: tr.data.recordBankTransfer.id,
        a: [{ orderId: placed.order.id, amountFen: placed.order.totalFen }],
      },
    );
    if (m.errors) throw new Error(JSON.stringify(m.errors));
  };

  const viewersOn = (i: number) => metric(apis[i]!.url, 'yigou_live_viewers');

  it('a live room: viewers connected through nginx to both processes all see a sale made on either one', async () => {
    const s = await liveSessionWithPear(t, host, { stockCap: 1000 });
    const viewers = Array.from({ length: 8 }, () => viewer(`${base.replace('http', 'ws')}/graphql`, s.sessionId));
    await until(async () => (await viewersOn(0)) + (await viewersOn(1)) === 8, 30_000, '8 viewers connected');
    // nginx spread them: both processes hold viewers of this room.
    const split = [await viewersOn(0), await viewersOn(1)];
    expect(split[0]).toBeGreaterThan(0);
    expect(split[1]).toBeGreaterThan(0);

    await saleThrough(apis[0]!.url, s, 1);
    await until(() => viewers.every((v) => v.orders() === 1), 20_000, 'every viewer sees the sale made on process 1');
    await saleThrough(apis[1]!.url, s, 2);
    await until(() => viewers.every((v) => v.orders() === 2), 20_000, 'every viewer sees the sale made on process 2');
    await Promise.all(viewers.map((v) => v.client.dispose()));
  });

  it('a checkout rush on one hot SKU spread over both processes: no oversell, every acknowledged order in the database', async () => {
    const sku = await skuOf(t, 'honey');
    await setStock(t, sku.skuId, 60);
    const before = await stockOf(t, sku.skuId);
    const served = await Promise.all(
      apis.map((a) => metric(a!.url, 'yigou_graphql_request_duration_seconds_count', 'operation="RushCheckout"')),
    );
    const input = { lines: [line(sku, 1)], addressId: address, paymentMethod: 'bank_transfer' };
    const rushStarted = Date.now();
    const answers = await Promise.all(Array.from({ length: 240 }, () => checkout(input)));
    const rushMs = Date.now() - rushStarted;
    const acknowledged = answers.filter((a) => a.ok).map((a) => a.order!.id);
    expect(acknowledged).toHaveLength(60);
    expect([...new Set(answers.filter((a) => !a.ok).map((a) => a.code))]).toEqual(['OUT_OF_STOCK']);
    const rows: { id: string }[] = await t.db.query(
      `SELECT DISTINCT o.id FROM shop_order o JOIN order_line l ON l.order_id = o.id WHERE l.sku_id = $1`,
      [sku.skuId],
    );
    expect(rows.map((r) => r.id).sort()).toEqual([...acknowledged].sort());
    expect(await stockOf(t, sku.skuId)).toEqual({ a: 0, r: before.r + 60 });
    // Each process answered a share of the 240.
    const after = await Promise.all(
      apis.map((a) => metric(a!.url, 'yigou_graphql_request_duration_seconds_count', 'operation="RushCheckout"')),
    );
    const shares = after.map((n, i) => n - served[i]);
    expect(shares[0] + shares[1]).toBe(240);
    expect(Math.min(...shares)).toBeGreaterThan(40);
    console.log(
      `checkout rush through nginx: 240 checkouts of 60 in stock in ${rushMs} ms, answered ${shares.join(' + ')} by the two processes; 60 orders, 0 oversold`,
    );
  });

  it('a rolling restart of one process under checkouts and viewers: no acknowledged order lost, no failed request, viewers back within seconds', async () => {
    const s = await liveSessionWithPear(t, host, { stockCap: 1000, title: '汾西好物 滚动重启' });
    const viewers = Array.from({ length: 8 }, () => viewer(`${base.replace('http', 'ws')}/graphql`, s.sessionId));
    await until(async () => (await viewersOn(0)) + (await viewersOn(1)) === 8, 30_000, '8 viewers connected');
    const onFirst = await viewersOn(0);
    expect(onFirst).toBeGreaterThan(0);

    const sku = await skuOf(t, 'walnut');
    await setStock(t, sku.skuId, 100_000);
    const input = { lines: [line(sku, 1)], addressId: address, paymentMethod: 'bank_transfer' };
    const answers: Answer[] = [];
    let stop = false;
    // Four buyers checking out one after another for as long as the restart takes.
    const buyers = Array.from({ length: 4 }, async () => {
      while (!stop) answers.push(await checkout(input));
    });
    await until(() => answers.length >= 40, 60_000, 'checkouts flowing');

    // The deploy: SIGTERM to process 1 (it drains), then the new process 1 on the same port.
    const stoppedAt = Date.now();
    await stopSecondApi(apis[0]!.child);
    const stoppedIn = Date.now() - stoppedAt;
    const duringDowntime = answers.length;
    await until(() => answers.length >= duringDowntime + 20, 60_000, 'checkouts going on while process 1 is down');
    await startProcess(0);
    const restartedAt = Date.now();
    // nginx takes process 1 back (after fail_timeout at the latest) and its viewers have come back through nginx.
    await until(
      async () => (await metric(apis[0]!.url, 'yigou_graphql_request_duration_seconds_count', 'operation="RushCheckout"')) > 0,
      60_000,
      'nginx sends checkouts to the restarted process',
    );
    const backAt = Date.now();
    stop = true;
    await Promise.all(buyers);

    // Every checkout was answered with an order: none failed, none was cut off by the restart.
    const failures = answers.filter((a) => !a.ok);
    expect(failures).toEqual([]);
    const acknowledged = answers.map((a) => a.order!.id);
    const rows: { id: string }[] = await t.db.query(
      `SELECT DISTINCT o.id FROM shop_order o JOIN order_line l ON l.order_id = o.id WHERE l.sku_id = $1`,
      [sku.skuId],
    );
    expect(rows.map((r) => r.id).sort()).toEqual([...acknowledged].sort());

    // The viewers of process 1 were cut off once and reconnected within a few seconds; all are connected again.
    const cut = viewers.filter((v) => v.closedAt.length > 0);
    expect(cut).toHaveLength(onFirst);
    const gaps = cut.map((v) => v.connectedAt[v.connectedAt.length - 1] - v.closedAt[0]);
    for (const g of gaps) expect(g).toBeLessThan(5_000);
    await until(async () => (await viewersOn(0)) + (await viewersOn(1)) === 8, 30_000, 'all 8 viewers connected again');
    // … and all of them see the next sale.
    await saleThrough(apis[0]!.url, s, 3);
    await until(() => viewers.every((v) => v.orders() === 1), 20_000, 'every viewer sees the sale after the restart');
    await Promise.all(viewers.map((v) => v.client.dispose()));

    // How many requests nginx passed to the other process because the first refused or failed (none of them failed the buyer).
    const log = readFileSync(join(dir, 'logs/access.log'), 'utf8');
    const retried = log.split('\n').filter((l) => l.startsWith('POST /graphql') && l.includes(', ')).length;
    console.log(
      `rolling restart: ${answers.length} checkouts, 0 failed; SIGTERM drain ${stoppedIn} ms; process back in rotation ${backAt - restartedAt} ms after its start; ` +
        `viewers cut ${cut.length}, reconnected in ${Math.min(...gaps)}–${Math.max(...gaps)} ms; requests nginx passed on to the other process: ${retried}`,
    );
  });
});
