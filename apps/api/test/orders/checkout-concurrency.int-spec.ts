import { ChildProcess } from 'node:child_process';
import { StockService } from '@yigou/server/catalog';
import { OrderSweeper } from '@yigou/server/orders';
import { createTestApp, startSecondApi, TestApp } from '@yigou/server/testing';
import { addAddress, holdSkuRow, line, PLACE, PlacedOrder, setStock, skuOf, stockOf } from './order-helpers';

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
    ({ child: second, url: secondUrl } = await startSecondApi(t));
  });
  afterAll(async () => {
    second?.kill('SIGTERM');
    await t.close();
  });

  const post = async (url: string, input: Record<string, unknown>) => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: PLACE, variables: { input } }),
    });
    return (await res.json()) as { data?: { placeOrder: PlacedOrder[] } | null; errors?: { extensions?: { code?: string } }[] };
  };

  async function rush(urls: string[], demoKey: string) {
    const sku = await skuOf(t, demoKey);
    await setStock(t, sku.skuId, 50);
    const before = await stockOf(t, sku.skuId);
    const input = { lines: [line(sku, 1)], addressId: address, paymentMethod: 'bank_transfer' };
    const results = await Promise.all(Array.from({ length: 200 }, (_, i) => post(urls[i % urls.length], input)));
    const ok = results.filter((r) => r.data?.placeOrder);
    // What each process answered with a business outcome (an order, or OUT_OF_STOCK): proves each one
    // served its share against the shared database (which process wins the 50 is a matter of timing).
    const perProcess = urls.map(
      (_, u) =>
        results.filter((r, i) => i % urls.length === u && (r.data?.placeOrder || r.errors?.[0].extensions?.code === 'OUT_OF_STOCK')).length,
    );
    const codes = results.filter((r) => r.errors).map((r) => r.errors![0].extensions?.code);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM order_line WHERE sku_id = $1`, [sku.skuId]);
    return { ok: ok.length, perProcess, codes: [...new Set(codes)], orders: n, stock: await stockOf(t, sku.skuId), before };
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
    expect(r.codes).toEqual(['OUT_OF_STOCK']);
    expect(r.perProcess).toEqual([100, 100]);
    expect(r.orders).toBe(50);
    expect(r.stock).toEqual({ a: 0, r: r.before.r + 50 });
    const [{ n }] = await t.db.query(`SELECT count(DISTINCT order_no)::int AS n FROM shop_order`);
    const [{ m }] = await t.db.query(`SELECT count(*)::int AS m FROM shop_order`);
    expect(n).toBe(m);
    expect(await t.api.app.get(StockService).inconsistentSkus()).toEqual([]);
  });

  it('checkouts holding the same two SKUs in opposite line order, on two processes, neither deadlock nor oversell', async () => {
    const [a, b] = [await skuOf(t, 'potato'), await skuOf(t, 'beef')];
    await setStock(t, a.skuId, 30);
    await setStock(t, b.skuId, 30);
    const inputs = [
      { lines: [line(a, 1), line(b, 1)], addressId: address, paymentMethod: 'bank_transfer' },
      { lines: [line(b, 1), line(a, 1)], addressId: address, paymentMethod: 'bank_transfer' },
    ];
    const results = await Promise.all(Array.from({ length: 80 }, (_, i) => post([t.url, secondUrl][i % 2], inputs[Math.floor(i / 2) % 2])));
    const ok = results.filter((r) => r.data?.placeOrder);
    expect(ok.length).toBe(30);
    // Every refusal is the buyer's "sold out" (a deadlock would surface as an internal error).
    expect([...new Set(results.filter((r) => r.errors).map((r) => r.errors![0].extensions?.code))]).toEqual(['OUT_OF_STOCK']);
    expect(await stockOf(t, a.skuId)).toMatchObject({ a: 0 });
    expect(await stockOf(t, b.skuId)).toMatchObject({ a: 0 });
    expect(await t.api.app.get(StockService).inconsistentSkus()).toEqual([]);
  });

  it('each process lets only CHECKOUTS_PER_SKU checkouts of a SKU wait on its row; the rest wait in the process and all go through', async () => {
    const sku = await skuOf(t, 'lamb');
    await setStock(t, sku.skuId, 100);
    const input = { lines: [line(sku, 1)], addressId: address, paymentMethod: 'bank_transfer' };
    const release = await holdSkuRow(t, sku.skuId);
    const waitingInDatabase = async (): Promise<number> =>
      (
        await t.db.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity
            WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE 'WITH addr AS%'`, // the checkout statement (the view keeps only its first 1 kB)
        )
      )[0].n;
    let results: Promise<Awaited<ReturnType<typeof post>>[]> | null = null;
    try {
      results = Promise.all(Array.from({ length: 24 }, (_, i) => post([t.url, secondUrl][i % 2], input)));
      // Two processes × 2 places each (the default) = 4 statements in the database; 20 checkouts wait in the processes.
      let seen = 0;
      for (let i = 0; i < 200 && seen < 4; i++) {
        seen = await waitingInDatabase();
        if (seen < 4) await new Promise((r) => setTimeout(r, 25));
      }
      expect(seen).toBe(4);
      const samples: number[] = [];
      for (let i = 0; i < 10; i++) {
        await new Promise((r) => setTimeout(r, 30));
        samples.push(await waitingInDatabase());
      }
      expect(Math.max(...samples)).toBe(4);
    } finally {
      await release();
    }
    const done = await results!;
    expect(done.filter((r) => r.data?.placeOrder).length).toBe(24);
    expect(await stockOf(t, sku.skuId)).toMatchObject({ a: 76 });
    expect(await t.api.app.get(StockService).inconsistentSkus()).toEqual([]);
  });

  it('an API process killed after reserving loses nothing: the order keeps its stock, can still be paid, and unpaid ones are released by the sweeper', async () => {
    const sku = await skuOf(t, 'millet');
    await setStock(t, sku.skuId, 10);
    const input = { lines: [line(sku, 2)], addressId: address, paymentMethod: 'bank_transfer' };
    const first = await post(secondUrl, input);
    if (!first.data) throw new Error(JSON.stringify(first.errors));
    const a = first.data.placeOrder[0];
    const b = (await post(secondUrl, input)).data!.placeOrder[0];
    second!.kill('SIGKILL');
    await new Promise((r) => second!.once('exit', r));
    second = null;
    expect(await stockOf(t, sku.skuId)).toMatchObject({ a: 6 });
    // the surviving process takes the payment of one order …
    const admin = await t.loginAs('admin');
    const tr = await t.gql<{ recordBankTransfer: { id: string } }>(
      `mutation($i: RecordTransferInput!) { recordBankTransfer(input: $i) { id } }`,
      { i: { bankTxnNo: 'KILL-1', payerName: '汾西县第一中学', amountFen: a.totalFen, receivedAt: new Date().toISOString() } },
      admin,
    );
    const m = await t.gql(
      `mutation($t: ID!, $a: [TransferAllocationInput!]!) { matchBankTransfer(transferId: $t, allocations: $a) { matchedFen } }`,
      { t: tr.data!.recordBankTransfer.id, a: [{ orderId: a.id, amountFen: a.totalFen }] },
      admin,
    );
    expect(m.errors).toBeUndefined();
    // … and its sweeper releases the other after the term.
    await t.api.app.get(OrderSweeper).sweep(new Date(Date.now() + 31 * 86_400_000));
    const rows: { id: string; status: string }[] = await t.db.query(`SELECT id, status FROM shop_order WHERE id = ANY($1::uuid[])`, [
      [a.id, b.id],
    ]);
    expect(Object.fromEntries(rows.map((r) => [r.id, r.status]))).toEqual({ [a.id]: 'to_ship', [b.id]: 'cancelled' });
    expect(await stockOf(t, sku.skuId)).toEqual({ a: 8, r: 0 });
    expect(await t.api.app.get(StockService).inconsistentSkus()).toEqual([]);
  });
});
