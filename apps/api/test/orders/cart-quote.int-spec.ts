import { createTestApp, TestApp } from '@yigou/server/testing';
import { addAddress, PLACE, PlacedOrder, Sku, skuOf } from './order-helpers';

interface Quote {
  itemCount: number;
  itemsFen: string;
  shippingFen: string;
  totalFen: string;
  unavailableCount: number;
  groups: {
    supplierId: string;
    supplierName: string;
    itemIds: string[];
    itemsFen: string;
    shippingFen: string;
    totalFen: string;
    missingForFreeShippingFen: string;
  }[];
}
const QUOTE = `{ myCart { id skuId quantity priceFen details { thumbUrl } } cartQuote { itemCount itemsFen shippingFen totalFen unavailableCount groups { supplierId supplierName itemIds itemsFen shippingFen totalFen missingForFreeShippingFen } } }`;

jest.setTimeout(60_000);
describe('cart quote: the cart and confirm pages show what checkout charges', () => {
  let t: TestApp;
  let buyer: string;
  let address: string;
  let pear: Sku;
  let beads: Sku;
  let broiler: Sku;

  beforeAll(async () => {
    t = await createTestApp({ eventsAutoDeliver: false });
    buyer = await t.loginAs('purchaser');
    address = await addAddress(t, buyer);
    [pear, beads, broiler] = await Promise.all(['yulu-pear-5kg', 'bead-ornament', 'broiler-whole'].map((k) => skuOf(t, k)));
  });
  afterAll(() => t.close());

  const addToCart = async (sku: Sku, quantity: number) => {
    const r = await t.gql(
      `mutation($s: ID!, $q: Int!) { addToCart(input: { skuId: $s, quantity: $q }) { id } }`,
      { s: sku.skuId, q: quantity },
      buyer,
    );
    expect(r.errors).toBeUndefined();
  };
  const quote = async () =>
    (
      await t.gql<{
        myCart: { id: string; skuId: string; quantity: number; priceFen: string; details: { thumbUrl: string | null } }[];
        cartQuote: Quote;
      }>(QUOTE, {}, buyer)
    ).data!;

  it('prices each supplier order with its shipping, and the orders placed from that cart cost exactly the quoted total', async () => {
    // one supplier's order under the free-shipping threshold, another's over it
    await addToCart(beads, 1);
    await addToCart(pear, 2);
    const { myCart, cartQuote: q } = await quote();
    const suppliers: { id: string; supplier_id: string }[] = await t.db.query(
      `SELECT s.id, p.supplier_id FROM product_sku s JOIN product p ON p.id = s.product_id WHERE s.id = ANY($1)`,
      [myCart.map((i) => i.skuId)],
    );
    expect(new Set(suppliers.map((s) => s.supplier_id)).size).toBe(2);
    // independent arithmetic: goods per supplier, ¥10 below ¥99
    const goods = new Map<string, number>();
    for (const i of myCart) {
      const sup = suppliers.find((s) => s.id === i.skuId)!.supplier_id;
      goods.set(sup, (goods.get(sup) ?? 0) + Number(i.priceFen) * i.quantity);
    }
    const expectedTotal = [...goods.values()].reduce((s, g) => s + g + (g >= 9900 ? 0 : 1000), 0);
    expect(Number(q.totalFen)).toBe(expectedTotal);
    expect(Number(q.shippingFen)).toBeGreaterThan(0);
    expect(Number(q.itemsFen) + Number(q.shippingFen)).toBe(Number(q.totalFen));
    expect(q.itemCount).toBe(3);
    expect(q.groups).toHaveLength(2);
    for (const g of q.groups) {
      expect(g.supplierName).not.toBe('');
      expect(Number(g.itemsFen)).toBe(goods.get(g.supplierId));
      expect(Number(g.shippingFen)).toBe(goods.get(g.supplierId)! >= 9900 ? 0 : 1000);
      expect(Number(g.missingForFreeShippingFen)).toBe(Math.max(0, 9900 - goods.get(g.supplierId)!));
    }
    expect(myCart.every((i) => i.details.thumbUrl === null || i.details.thumbUrl.startsWith('/media/'))).toBe(true);

    const placed = await t.gql<{ placeOrder: PlacedOrder[] }>(
      PLACE,
      {
        input: {
          lines: myCart.map((i) => ({ skuId: i.skuId, quantity: i.quantity, expectedPriceFen: i.priceFen })),
          addressId: address,
          paymentMethod: 'bank_transfer',
          purpose: 'canteen',
          fromCart: true,
        },
      },
      buyer,
    );
    expect(placed.errors).toBeUndefined();
    const orders = placed.data!.placeOrder;
    expect(orders.reduce((s, o) => s + Number(o.totalFen), 0)).toBe(Number(q.totalFen));
    for (const o of orders) expect(q.groups.find((g) => g.supplierId === o.supplierId)?.totalFen).toBe(o.totalFen);
    expect((await quote()).cartQuote).toMatchObject({ itemCount: 0, totalFen: '0', groups: [] });
  });

  it('leaves out, and counts, a line that cannot be bought now', async () => {
    await addToCart(broiler, 1);
    await t.db.query(`UPDATE product SET status = 'off_sale' WHERE id = (SELECT product_id FROM product_sku WHERE id = $1)`, [
      broiler.skuId,
    ]);
    const { cartQuote: q } = await quote();
    expect(q).toMatchObject({ unavailableCount: 1, itemCount: 0, totalFen: '0', groups: [] });
    await t.db.query(`UPDATE product SET status = 'on_sale' WHERE id = (SELECT product_id FROM product_sku WHERE id = $1)`, [
      broiler.skuId,
    ]);
  });

  it('needs a signed-in buyer', async () => {
    const r = await t.gql(`{ cartQuote { totalFen } }`);
    expect(r.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
