import { DataSource } from 'typeorm';
import { createSuiteDatabase, createTestApp, TestApp } from '@yigou/server/testing';
import { loadDemoData } from '../../src/bootstrap/demo-accounts';
import { addAddress, holdSkuRow, line, PLACE, setStock, skuOf } from '../orders/order-helpers';

jest.setTimeout(90_000);

const PLACE_NAMED = PLACE.replace(/^mutation\(/, 'mutation PlaceOrder(');

async function scrape(t: TestApp): Promise<string> {
  const res = await fetch(`${t.url}/metrics`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
  return res.text();
}

/** The value of one sample line, e.g. sample(text, 'yigou_live_viewers') or with a label filter. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | null {
  for (const l of text.split('\n')) {
    if (!l.startsWith(`${name}{`) && !l.startsWith(`${name} `)) continue;
    if (Object.entries(labels).every(([k, v]) => l.includes(`${k}="${v}"`))) return Number(l.slice(l.lastIndexOf(' ') + 1));
  }
  return null;
}

describe('metrics', () => {
  let t: TestApp;
  let token: string;
  let address: string;
  beforeAll(async () => {
    t = await createTestApp({ eventsAutoDeliver: false, checkoutsPerSku: 1, checkoutWaitMs: 10_000 });
    token = await t.loginAs('purchaser');
    address = await addAddress(t, token);
  });
  afterAll(() => t.close());

  it('GET /metrics shows request latency per operation, the database pool, outbox lag, live viewers and the checkout queue', async () => {
    await t.gql(`query CategoriesForMetrics { categories { category productCount } }`);
    const text = await scrape(t);
    expect(sample(text, 'yigou_graphql_request_duration_seconds_count', { operation: 'CategoriesForMetrics', status: '200' })).toBe(1);
    expect(sample(text, 'yigou_db_pool_connections', { state: 'total' })).toBeGreaterThan(0);
    expect(sample(text, 'yigou_db_pool_max')).toBeGreaterThan(0);
    expect(text).toMatch(/^yigou_outbox_pending_events\{consumer="[^"]+"/m);
    expect(text).toMatch(/^yigou_outbox_oldest_pending_seconds\{consumer="[^"]+"/m);
    expect(sample(text, 'yigou_live_viewers')).toBe(0);
    expect(sample(text, 'yigou_checkout_queue_length')).toBe(0);
    expect(text).toMatch(/^yigou_process_cpu_seconds_total/m);
  });

  it('a slow operation shows in the latency histogram under its name, and a waiting checkout in the queue length', async () => {
    const sku = await skuOf(t, 'lamb');
    await setStock(t, sku.skuId, 10);
    const input = { lines: [line(sku, 1)], addressId: address, paymentMethod: 'bank_transfer' };
    const release = await holdSkuRow(t, sku.skuId);
    let calls: Promise<unknown>[] = [];
    try {
      calls = [0, 1].map(() =>
        fetch(`${t.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: PLACE_NAMED, variables: { input }, operationName: 'PlaceOrder' }),
        }).then((r) => r.json()),
      );
      // One checkout waits on the held row in the database, the other in this process's queue.
      let queued = 0;
      for (let i = 0; i < 100 && queued < 1; i++) {
        await new Promise((r) => setTimeout(r, 20));
        queued = sample(await scrape(t), 'yigou_checkout_queue_length') ?? 0;
      }
      expect(queued).toBe(1);
      await new Promise((r) => setTimeout(r, 700));
    } finally {
      await release();
    }
    await Promise.all(calls);
    const text = await scrape(t);
    const by = { operation: 'PlaceOrder', status: '200' };
    expect(sample(text, 'yigou_graphql_request_duration_seconds_count', by)).toBe(2);
    expect(sample(text, 'yigou_graphql_request_duration_seconds_bucket', { ...by, le: '0.5' })).toBe(0);
    expect(sample(text, 'yigou_graphql_request_duration_seconds_bucket', { ...by, le: '+Inf' })).toBe(2);
    expect(sample(text, 'yigou_graphql_request_duration_seconds_sum', by)).toBeGreaterThan(1.4);
    expect(sample(text, 'yigou_checkout_queue_length')).toBe(0);
  });
});

describe('health', () => {
  it('is live and ready with the database up, and answers 503 without the error text when the database is gone', async () => {
    const db = await createSuiteDatabase();
    const t = await createTestApp({ databaseUrl: db.url });
    try {
      expect((await fetch(`${t.url}/health/live`)).status).toBe(200);
      const ready = await fetch(`${t.url}/health/ready`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toMatchObject({ status: 'ok', checks: { database: { status: 'up' }, migrations: { status: 'up' } } });

      await db.drop(); // ends the API's connections; reconnecting fails with "database … does not exist"
      for (const path of ['/health/ready', '/health']) {
        const res = await fetch(`${t.url}${path}`);
        expect(res.status).toBe(503);
        const body = await res.text();
        expect(JSON.parse(body)).toMatchObject({ status: 'error' });
        expect(body).toContain('"down"');
        expect(body).not.toContain(db.name);
        expect(body).not.toMatch(/does not exist|terminat|ECONN|password|postgres/i);
      }
      expect((await fetch(`${t.url}/health/live`)).status).toBe(200);
    } finally {
      await t.close().catch(() => undefined);
    }
  });
});

describe('demo accounts', () => {
  it('are made once per database: one an operator removed is not made again on the next start', async () => {
    const t = await createTestApp();
    try {
      const db = t.api.app.get(DataSource);
      await db.query(`UPDATE app_user SET username = 'finance-removed', phone = NULL, email = NULL WHERE username = 'finance'`);
      await loadDemoData(t.api.app);
      const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM app_user WHERE username = 'finance'`);
      expect(n).toBe(0);
      const [{ seeded }] = await db.query(`SELECT count(*)::int AS seeded FROM demo_seed WHERE name = 'account:finance'`);
      expect(seeded).toBe(1);
    } finally {
      await t.close();
    }
  });
});
