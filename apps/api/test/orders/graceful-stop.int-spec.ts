import { ChildProcess } from 'node:child_process';
import { createTestApp, startSecondApi, TestApp } from '@yigou/server/testing';
import { addAddress, line, PLACE, PlacedOrder, setStock, skuOf } from './order-helpers';

jest.setTimeout(120_000);

/**
 * A deploy stops an API process with SIGTERM while checkouts are in flight. The
 * process must stop taking new requests, let the ones it accepted finish, and
 * only then close its database pool: a buyer never gets an internal error for
 * an order that was in fact placed, or an order placed without being told.
 */
describe('stopping an API process under load', () => {
  let t: TestApp;
  let token: string;
  let address: string;
  let child: ChildProcess | null = null;

  beforeAll(async () => {
    t = await createTestApp({ eventsAutoDeliver: false });
    token = await t.loginAs('purchaser');
    address = await addAddress(t, token);
  });
  afterAll(async () => {
    child?.kill('SIGKILL');
    await t.close();
  });

  it('answers every checkout it accepted before SIGTERM, and each order in the database was answered as placed', async () => {
    const second = await startSecondApi(t);
    child = second.child;
    const sku = await skuOf(t, 'walnut');
    await setStock(t, sku.skuId, 1000);
    const input = { lines: [line(sku, 1)], addressId: address, paymentMethod: 'bank_transfer' };
    const send = () =>
      fetch(`${second.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: PLACE, variables: { input } }),
      })
        .then(async (res) => ({
          kind: 'answer' as const,
          body: (await res.json()) as { data?: { placeOrder: PlacedOrder[] } | null; errors?: { extensions?: { code?: string } }[] },
        }))
        .catch(() => ({ kind: 'refused' as const }));
    // A stream of checkouts; SIGTERM lands while some are being processed.
    const results: ReturnType<typeof send>[] = [];
    const exited = new Promise<number | null>((r) => second.child.once('exit', r));
    for (let i = 0; i < 40; i++) {
      results.push(send());
      if (i === 25) second.child.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 3));
    }
    const settled = await Promise.all(results);
    expect(await exited).toBe(0);
    child = null;
    const answered = settled.filter((r) => r.kind === 'answer');
    const placed = answered
      .filter((r) => r.kind === 'answer' && r.body.data?.placeOrder)
      .map((r) => (r.kind === 'answer' ? r.body.data!.placeOrder[0].id : ''));
    // Every answer is an order: no internal errors from a pool closed under a running request.
    expect(answered.map((r) => (r.kind === 'answer' ? (r.body.errors?.[0]?.extensions?.code ?? 'ok') : ''))).toEqual(
      answered.map(() => 'ok'),
    );
    expect(placed.length).toBeGreaterThan(0);
    // The database holds exactly the orders the buyer was told about.
    const rows: { id: string }[] = await t.db.query(
      `SELECT o.id FROM shop_order o JOIN order_line l ON l.order_id = o.id WHERE l.sku_id = $1`,
      [sku.skuId],
    );
    expect(rows.map((r) => r.id).sort()).toEqual([...placed].sort());
  });
});
