import { createTestApp, TestApp } from '@yigou/server/testing';
import { addAddress, line, PLACE, PlacedOrder, Sku, skuOf } from './order-helpers';

/**
 * A buyer rates a received order with stars, a comment optional; the product page reads the ratings of the rated
 * orders that contain the product (productRatings), recounted here from the tables.
 */
jest.setTimeout(60_000);
describe('rating an order with stars only, and the product’s ratings', () => {
  let t: TestApp;
  let purchaser: string;
  let supplier: string;
  let pear: Sku;
  let pearProductId: string;
  let address: string;

  const RATE = `mutation($i: RateOrderInput!) { rateOrder(input: $i) { status rating ratingComment } }`;
  const RATINGS = `query($p: ID!) { productRatings(productId: $p) { count average items { id rating comment spec ratedAt } } }`;
  type Ratings = {
    productRatings: {
      count: number;
      average: number | null;
      items: { id: string; rating: number; comment: string | null; spec: string; ratedAt: string }[];
    };
  };

  beforeAll(async () => {
    t = await createTestApp({ eventsAutoDeliver: false });
    [purchaser, supplier] = await Promise.all(['purchaser', 'supplier'].map((l) => t.loginAs(l)));
    pear = await skuOf(t, 'yulu-pear-5kg');
    [{ product_id: pearProductId }] = await t.db.query(`SELECT product_id FROM product_sku WHERE id = $1`, [pear.skuId]);
    address = await addAddress(t, purchaser);
  });
  afterAll(() => t.close());

  /** Ship first (no payment needed to ship), shipped by the pear's supplier, received by the unit's purchaser. */
  async function receivedOrder(): Promise<PlacedOrder> {
    const r = await t.gql<{ placeOrder: PlacedOrder[] }>(
      PLACE,
      {
        input: {
          lines: [line(pear, 1)],
          addressId: address,
          paymentMethod: 'bank_transfer',
          paymentTerm: 'ship_first',
          purpose: 'canteen',
        },
      },
      purchaser,
    );
    expect(r.errors).toBeUndefined();
    const o = r.data!.placeOrder[0];
    expect(
      (
        await t.gql(
          `mutation($i: ShipOrderInput!) { shipOrder(input: $i) { status } }`,
          { i: { orderId: o.id, carrier: '顺丰速运', trackingNo: 'SF1234567890' } },
          supplier,
        )
      ).errors,
    ).toBeUndefined();
    expect((await t.gql(`mutation($id: ID!) { confirmReceipt(orderId: $id) { status } }`, { id: o.id }, purchaser)).errors).toBeUndefined();
    return o;
  }

  /** The product's rated orders counted from shop_order and order_line. */
  const recount = async () =>
    (
      await t.db.query(
        `SELECT count(*)::int AS n, round(avg(o.rating), 1)::float AS avg FROM shop_order o
          WHERE o.rating IS NOT NULL AND o.id IN (SELECT order_id FROM order_line WHERE product_id = $1)`,
        [pearProductId],
      )
    )[0] as { n: number; avg: number | null };

  it('refuses stars out of 1–5 in Chinese, accepts stars with no comment or an empty one, and keeps no empty comment', async () => {
    const o = await receivedOrder();
    for (const rating of [0, 6]) {
      const bad = await t.gql(RATE, { i: { orderId: o.id, rating } }, purchaser);
      expect(bad.errors?.[0].message).toContain('评分为 1–5');
    }
    const starsOnly = await t.gql<{ rateOrder: { status: string; rating: number; ratingComment: string | null } }>(
      RATE,
      { i: { orderId: o.id, rating: 4 } },
      purchaser,
    );
    expect(starsOnly.errors).toBeUndefined();
    expect(starsOnly.data!.rateOrder).toEqual({ status: 'completed', rating: 4, ratingComment: null });

    const o2 = await receivedOrder();
    const blank = await t.gql<{ rateOrder: { ratingComment: string | null } }>(
      RATE,
      { i: { orderId: o2.id, rating: 3, comment: '   ' } },
      purchaser,
    );
    expect(blank.errors).toBeUndefined();
    expect(blank.data!.rateOrder.ratingComment).toBeNull();
    expect((await t.gql(RATE, { i: { orderId: o2.id, rating: 5 } }, purchaser)).errors?.[0].message).toBe('该订单已评价');
  });

  it('the product’s ratings: count and mean as the tables say, newest first, a stars-only rating with a null comment', async () => {
    const o = await receivedOrder();
    expect((await t.gql(RATE, { i: { orderId: o.id, rating: 5, comment: '很甜，水分足' } }, purchaser)).errors).toBeUndefined();
    const r = await t.gql<Ratings>(RATINGS, { p: pearProductId });
    expect(r.errors).toBeUndefined();
    const expected = await recount();
    expect(expected.n).toBeGreaterThanOrEqual(3);
    expect(r.data!.productRatings.count).toBe(expected.n);
    expect(r.data!.productRatings.average).toBe(expected.avg);
    const items = r.data!.productRatings.items;
    expect(items[0]).toMatchObject({ id: o.id, rating: 5, comment: '很甜，水分足', spec: expect.any(String) });
    expect(items.some((i) => i.rating === 4 && i.comment === null)).toBe(true);
    const times = items.map((i) => Date.parse(i.ratedAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    // another product's page does not show these; a malformed id shows none
    const [{ id: other }] = await t.db.query(
      `SELECT id FROM product WHERE id <> $1 AND id NOT IN (SELECT product_id FROM order_line) LIMIT 1`,
      [pearProductId],
    );
    expect((await t.gql<Ratings>(RATINGS, { p: other })).data!.productRatings).toEqual({ count: 0, average: null, items: [] });
    expect((await t.gql<Ratings>(RATINGS, { p: 'nope' })).data!.productRatings.count).toBe(0);
  });
});
