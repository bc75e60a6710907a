import { ChildProcess, spawn } from 'node:child_process';
import { StockService } from '@yigou/server/catalog';
import { createTestApp, TestApp } from '@yigou/server/testing';
import { addAddress, line, PLACE, PlacedOrder, setStock, skuOf, stockOf } from './order-helpers';

jest.setTimeout(120_000);

describe('checkout under concurrency', () => {
  let t: TestApp;
  let token: string;
  let address: string;
  let second: ChildProcess | null = null;
  let secondUrl = '';

  beforeAll(async () => {
    t = await createTestApp({ eventsAutoDeliver: false });
    token = await t.loginAs('purchaser');
    address = await addAddress(t, token);
    second = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/api/test/orders/second-api.ts'], {
      cwd: process.cwd(),
      env: { ...process.env, DATABASE_URL: t.api.databaseUrl, EVENTS_AUTO_DELIVER: 'false' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    secondUrl = await new Promise<string>((resolve, reject) => {
      let out = '';
      second!.stdout!.on('data', (c: Buffer) => {
        out += c.toString();
        const m = /URL (\S+)/.exec(out);
        if (m) resolve(m[1]);
      });
      second!.on('exit', (code) => reject(new Error(`second API exited with ${code}`)));
    });
  });
  afterAll(async () => {
    second?.kill('SIGTERM');
    await t.close();
  });

  const post = async (url: string, input: Record<string, unknown>) => {
    const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: PLACE, variables: { input } }) });
    return (await res.json()) as { data?: { placeOrder: PlacedOrder[] } | null; errors?: { extensions?: { code?: string } }[] };
  };

  async function rush(urls: string[], demoKey: string) {
    const sku = await skuOf(t, demoKey);
    await setStock(t, sku.skuId, 50);
    const before = await stockOf(t, sku.skuId);
    const input = { lines: [line(sku, 1)], addressId: address, paymentMethod: 'bank_transfer' };
    const results = await Promise.all(Array.from({ length: 200 }, (_, i) => post(urls[i % urls.length], input)));
    const ok = results.filter((r) => r.data?.placeOrder);
    const codes = results.filter((r) => r.errors).map((r) => r.errors![0].extensions?.code);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM order_line WHERE sku_id = $1`, [sku.skuId]);
    return { ok: ok.length, codes: [...new Set(codes)], orders: n, stock: await stockOf(t, sku.skuId), before };
  }

  it('200 buyers at once on a SKU with 50 in stock through GraphQL: exactly 50 orders and 0 left', async () => {
    const r = await rush([t.url], 'insoles');
    expect(r.ok).toBe(50);
    expect(r.orders).toBe(50);
    expect(r.codes).toEqual(['OUT_OF_STOCK']);
    expect(r.stock).toEqual({ a: 0, r: r.before.r + 50 });
    expect(await t.api.app.get(StockService).inconsistentSkus()).toEqual([]);
  });

  it('the same with two API processes on the same database', async () => {
    const r = await rush([t.url, secondUrl], 'honey');
    expect(r.ok).toBe(50);
    expect(r.orders).toBe(50);
    expect(r.stock).toEqual({ a: 0, r: r.before.r + 50 });
    const [{ n }] = await t.db.query(`SELECT count(DISTINCT order_no)::int AS n FROM shop_order`);
    const [{ m }] = await t.db.query(`SELECT count(*)::int AS m FROM shop_order`);
    expect(n).toBe(m);
    expect(await t.api.app.get(StockService).inconsistentSkus()).toEqual([]);
  });
});
