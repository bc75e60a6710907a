import { StockService } from '@yigou/server/catalog';
import { createTestApp, TestApp } from '@yigou/server/testing';

describe('stock ledger', () => {
  let t: TestApp;
  let stock: StockService;
  let skuId: string;
  beforeAll(async () => {
    t = await createTestApp();
    stock = t.api.app.get(StockService);
    const rows: { id: string }[] = await t.db.query(
      `SELECT s.id FROM product_sku s JOIN product p ON p.id = s.product_id WHERE p.demo_key = 'bead-ornament'`,
    );
    skuId = rows[0].id;
  });
  afterAll(() => t.close());

  const level = async () =>
    (await t.db.query(`SELECT stock_available AS a, stock_reserved AS r FROM product_sku WHERE id = $1`, [skuId]))[0] as {
      a: number;
      r: number;
    };

  it('starts with the demo stock explained by a received movement', async () => {
    expect(await stock.inconsistentSkus()).toEqual([]);
    expect((await level()).a).toBe(150);
  });

  it('never oversells: 200 concurrent reservations of one on 50 left give exactly 50', async () => {
    await stock.apply('adjusted', { skuId, quantity: -100, reason: '盘点调整' });
    expect((await level()).a).toBe(50);
    const results = await Promise.all(Array.from({ length: 200 }, () => stock.apply('reserved', { skuId, quantity: 1, refType: 'test' })));
    expect(results.filter((r) => r !== null)).toHaveLength(50);
    expect(await level()).toEqual({ a: 0, r: 50 });
    expect(await stock.inconsistentSkus()).toEqual([]);
  });

  it('moves reserved stock to sold or back to available, and refuses to go below zero', async () => {
    expect(await stock.apply('sold', { skuId, quantity: 20 })).toMatchObject({ available: 0, reserved: 30 });
    expect(await stock.apply('released', { skuId, quantity: 30 })).toMatchObject({ available: 30, reserved: 0 });
    expect(await stock.apply('released', { skuId, quantity: 1 })).toBeNull();
    expect(await stock.apply('adjusted', { skuId, quantity: -31 })).toBeNull();
    expect(await stock.apply('returned', { skuId, quantity: 2, reason: '退货入库' })).toMatchObject({ available: 32 });
    expect(await stock.inconsistentSkus()).toEqual([]);
    const kinds: { kind: string }[] = await t.db.query(`SELECT kind FROM stock_movement WHERE sku_id = $1 ORDER BY id`, [skuId]);
    expect(kinds.map((k) => k.kind).slice(-4)).toEqual(['reserved', 'sold', 'released', 'returned']);
  });

  it('refuses zero, fractional and negative quantities', async () => {
    for (const quantity of [0, 1.5, -1]) {
      await expect(stock.apply('reserved', { skuId, quantity })).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    }
  });
});
