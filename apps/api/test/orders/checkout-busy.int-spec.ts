import { createTestApp, TestApp } from '@yigou/server/testing';
import { addAddress, holdSkuRow, line, PLACE, PlacedOrder, setStock, skuOf, stockOf } from './order-helpers';

jest.setTimeout(60_000);

/** A rush on one SKU while its row is held: who cannot get in within CHECKOUT_WAIT_MS is told so, and nothing of theirs is written. */
describe('checkout queue with a longest wait', () => {
  let t: TestApp;
  let token: string;
  let address: string;

  beforeAll(async () => {
    t = await createTestApp({ eventsAutoDeliver: false, checkoutsPerSku: 1, checkoutWaitMs: 300 });
    token = await t.loginAs('purchaser');
    address = await addAddress(t, token);
  });
  afterAll(async () => {
    await t.close();
  });

  it('tells the buyers who waited too long to try again and writes nothing for them; the one in the database goes through', async () => {
    const sku = await skuOf(t, 'lamb');
    await setStock(t, sku.skuId, 10);
    const release = await holdSkuRow(t, sku.skuId);
    const settled: boolean[] = [false, false, false];
    let calls: Promise<{ data?: { placeOrder: PlacedOrder[] } | null; errors?: { message: string; extensions?: { code?: string } }[] }>[] =
      [];
    try {
      const input = { lines: [line(sku, 1)], addressId: address, paymentMethod: 'bank_transfer' };
      calls = [0, 1, 2].map((i) =>
        t.gql<{ placeOrder: PlacedOrder[] }>(PLACE, { input }, token).then((r) => {
          settled[i] = true;
          return r;
        }),
      );
      for (let i = 0; i < 200 && settled.filter(Boolean).length < 2; i++) await new Promise((r) => setTimeout(r, 25));
      expect(settled.filter(Boolean)).toHaveLength(2);
      const busy = await Promise.all(calls.filter((_, i) => settled[i]));
      for (const r of busy) {
        expect(r.errors?.[0].extensions?.code).toBe('CHECKOUT_BUSY');
        expect(r.errors?.[0].message).toContain('请稍后再试');
      }
      // The third is still waiting inside the database, on the held row.
      expect(settled.filter(Boolean)).toHaveLength(2);
    } finally {
      await release();
    }
    const placed = await calls[settled.indexOf(false)];
    expect(placed.errors).toBeUndefined();
    expect(placed.data!.placeOrder).toHaveLength(1);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM order_line WHERE sku_id = $1`, [sku.skuId]);
    expect(n).toBe(1);
    expect(await stockOf(t, sku.skuId)).toMatchObject({ a: 9 });
    // Once the row is free the same buyer checks out at once.
    const again = await t.gql<{ placeOrder: PlacedOrder[] }>(
      PLACE,
      { input: { lines: [line(sku, 1)], addressId: address, paymentMethod: 'bank_transfer' } },
      token,
    );
    expect(again.errors).toBeUndefined();
  });
});
