import { Client } from 'pg';
import { createTestApp, TestApp } from '@yigou/server/testing';

/**
 * The catalogue list (issue 19): a `products` request that asks only for the cards' fields is answered by one shaped
 * statement (sql/product-list.sql.ts), not by entities and relation loaders. Its answers must be those of the entity
 * path (which still answers any other selection) and of the product page's `product(id)`, field by field.
 */
const CARD = `id name category priceFen coverImageUrl certified stockState salesCount county { code name } supplier { id name }`;
const LIST = (
  fields: string,
) => `query($search: String, $countyCode: String, $category: ProductCategory, $certifiedOnly: Boolean, $sort: ProductSort, $first: Int, $after: String) {
  products(search: $search, countyCode: $countyCode, category: $category, certifiedOnly: $certifiedOnly, sort: $sort, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${fields} } }
  }
}`;
// The storefront's shape, through a fragment as SearchProducts/Home send it.
const CARDS = `fragment Card on Product { ${CARD} }
${LIST('...Card')}`;
// One field more than a card: answered by the entity path.
const ENTITIES = LIST(`${CARD} description`);
const DETAIL = `query($id: ID!) { product(id: $id) { ${CARD} skus { id available } images { url } } }`;

interface Card {
  id: string;
  name: string;
  category: string;
  priceFen: string;
  coverImageUrl: string | null;
  certified: boolean;
  stockState: string;
  salesCount: number;
  county: { code: string; name: string };
  supplier: { id: string; name: string };
  description?: string | null;
}
interface Page {
  products: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { cursor: string; node: Card }[] };
}

jest.setTimeout(120_000);
describe('catalogue list: one shaped statement, the same answers as entities and the product page', () => {
  let t: TestApp;
  let buyer: string;

  const page = async (query: string, variables: Record<string, unknown>, token?: string): Promise<Page['products']> => {
    const r = await t.gql<Page>(query, variables, token);
    expect(r.errors).toBeUndefined();
    return r.data!.products;
  };
  /** Every page of a search, following the cursors. */
  const all = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const pages: Page['products'][] = [];
    let after: string | null = null;
    do {
      const p: Page['products'] = await page(query, { ...variables, first: 7, after }, token);
      pages.push(p);
      after = p.pageInfo.hasNextPage ? p.pageInfo.endCursor : null;
    } while (after && pages.length < 50);
    return pages;
  };

  beforeAll(async () => {
    t = await createTestApp({ eventsAutoDeliver: false });
    buyer = await t.loginAs('buyer');
    // Variety the demo catalogue may lack: a sold-out product with several SKUs, one with low stock, one without images
    // (what the shop's writers can produce: stock adjustments and image removal, here written directly).
    const two: { id: string }[] = await t.db.query(`SELECT id FROM product WHERE listed ORDER BY id LIMIT 3`);
    expect(two.length).toBe(3);
    // a second (cheaper) SKU each for two products: one then sold out on every SKU, one with 2 left on one SKU
    for (const [i, { id }] of two.slice(0, 2).entries()) {
      await t.db.query(
        `INSERT INTO product_sku (product_id, spec, unit, price_fen, stock_available, sort_order) SELECT product_id, spec || ' 小份', unit, greatest(price_fen / 2, 1), $2, sort_order + 1
           FROM product_sku WHERE product_id = $1 ORDER BY sort_order LIMIT 1`,
        [id, i === 0 ? 0 : 2],
      );
      await t.db.query(`UPDATE product_sku SET stock_available = 0 WHERE product_id = $1 AND spec NOT LIKE '% 小份'`, [id]);
    }
    await t.db.query(`DELETE FROM product_image WHERE product_id = $1`, [two[2].id]);
    // a second image behind the first (the cover stays the first by sort order), and one in front of another's first
    await t.db.query(
      `INSERT INTO product_image (product_id, url, thumb_url, sort_order)
       SELECT product_id, url || '?second', thumb_url, sort_order + CASE WHEN product_id = $1 THEN 1 ELSE -1 END
         FROM (SELECT DISTINCT ON (i.product_id) i.* FROM product_image i JOIN product p ON p.id = i.product_id
                WHERE p.listed AND i.product_id <> $2 ORDER BY i.product_id, i.sort_order, i.id) first
        WHERE product_id IN (SELECT DISTINCT product_id FROM product_image WHERE product_id <> $2 ORDER BY product_id LIMIT 2)`,
      [two[0].id, two[2].id],
    );
  });
  afterAll(() => t.close());

  it('answers every listed product as its product page does, field by field, across a varied catalogue', async () => {
    const pages = await all(CARDS, {}, buyer);
    const cards = pages.flatMap((p) => p.edges.map((e) => e.node));
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM product WHERE listed`);
    expect(cards.length).toBe(n);
    expect(pages.every((p) => p.totalCount === n)).toBe(true);
    let withImages = 0;
    let withSkus = 0;
    for (const card of cards) {
      const r = await t.gql<{ product: Card & { skus: { id: string; available: number }[]; images: { url: string }[] } }>(
        DETAIL,
        { id: card.id },
        buyer,
      );
      expect(r.errors).toBeUndefined();
      const { skus, images, ...detail } = r.data!.product;
      expect({ id: card.id, card }).toEqual({ id: card.id, card: detail });
      expect(card.coverImageUrl).toBe(images[0]?.url ?? null);
      expect(card.stockState === 'sold_out').toBe(skus.every((s) => s.available === 0));
      if (images.length > 1) withImages++;
      if (skus.length > 1) withSkus++;
    }
    expect(withImages).toBeGreaterThanOrEqual(2);
    expect(withSkus).toBeGreaterThanOrEqual(2);
    // The catalogue compared is varied, so each field could have been wrong.
    const states = new Set(cards.map((c) => c.stockState));
    expect([...states].sort()).toEqual(['in_stock', 'low_stock', 'sold_out']);
    expect(new Set(cards.map((c) => c.certified))).toEqual(new Set([true, false]));
    expect(cards.some((c) => c.coverImageUrl === null) && cards.some((c) => c.coverImageUrl !== null)).toBe(true);
    expect(new Set(cards.map((c) => c.county.code)).size).toBeGreaterThan(1);
    expect(new Set(cards.map((c) => c.priceFen)).size).toBeGreaterThan(3);
  });

  const searches: [string, Record<string, unknown>][] = [
    ['no filter (by sales)', {}],
    ['pinyin initials', { search: 'ylxl' }],
    ['Chinese, relevance', { search: '香梨' }],
    ['pinyin prefix', { search: 'x' }],
    ['a county', { countyCode: '141034' }],
    ['certified only, by price', { certifiedOnly: true, sort: 'price_asc' }],
    ['a category, newest first', { category: 'fruit', sort: 'newest' }],
    ['by price, highest first', { sort: 'price_desc' }],
    ['nothing found', { search: '没有这种东西' }],
  ];
  it.each(searches)(
    'pages like the entity path: %s (order, cursors, totals, hasNextPage; signed in and anonymous)',
    async (_name, variables) => {
      for (const token of [buyer, undefined]) {
        const shaped = await all(CARDS, variables, token);
        const entities = await all(ENTITIES, variables, token);
        expect(shaped.length).toBe(entities.length);
        expect(shaped).toEqual(
          entities.map((p) => ({ ...p, edges: p.edges.map((e) => ({ ...e, node: (({ description: _d, ...card }) => card)(e.node) })) })),
        );
      }
    },
  );

  it('a page past the end keeps the total, as before', async () => {
    const first = await page(CARDS, { countyCode: '141034', first: 50 }, buyer);
    expect(first.pageInfo.hasNextPage).toBe(false);
    const last = first.edges.at(-1)!.cursor;
    const past = await page(CARDS, { countyCode: '141034', first: 5, after: last }, buyer);
    const pastEntities = await page(ENTITIES, { countyCode: '141034', first: 5, after: last }, buyer);
    expect(past).toEqual({ ...pastEntities, edges: [] });
    expect(past.totalCount).toBe(first.totalCount);
  });

  it('answers the card selection with one statement besides sign-in and the county names', async () => {
    const { result, queries, sql } = await t.countQueries(() => t.gql<Page>(CARDS, { first: 20 }, buyer));
    expect(result.errors).toBeUndefined();
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM product WHERE listed`);
    expect(result.data!.products.edges.length).toBe(Math.min(n, 20));
    expect(n).toBeGreaterThan(10);
    // the caller's sign-in read, the list statement and the regions' batch read of the counties' names
    expect(queries <= 3 ? 'at most 3 statements' : sql).toBe('at most 3 statements');
  });

  it('runs a list without text, and a text search alone, prepared on a generic plan (the same answers past it); text with a filter unprepared', async () => {
    const spy = jest.spyOn(Client.prototype, 'query');
    const asCards = (p: Page['products']) => ({
      ...p,
      edges: p.edges.map((e) => ({ ...e, node: (({ description: _d, ...card }) => card)(e.node) })),
    });
    try {
      const county = { countyCode: '141034', first: 5 };
      const text = { search: '香梨', first: 5 };
      const expected = asCards(await page(ENTITIES, county, buyer));
      const expectedText = asCards(await page(ENTITIES, text, buyer));
      expect(expectedText.edges.length).toBeGreaterThan(0);
      // PostgreSQL would plan the first five executions for their values: past that, and on the generic plan from the first
      for (let i = 0; i < 8; i++) expect(await page(CARDS, county, buyer)).toEqual(expected);
      for (let i = 0; i < 8; i++) expect(await page(CARDS, text, i % 2 ? buyer : undefined)).toEqual(expectedText);
      expect((await page(CARDS, { search: '香梨', countyCode: '141034', first: 5 }, buyer)).edges.length).toBeGreaterThan(0);
      const lists = spy.mock.calls
        .map(([q], i) => ({ q: q as unknown, client: spy.mock.contexts[i] as Client & { connectionParameters: { options?: string } } }))
        .filter(({ q }) => (typeof q === 'string' ? q : (q as { text?: string }).text)?.includes('"supplierName"'))
        .map(({ q, client }) => ({
          name: typeof q === 'string' ? 'unprepared' : ((q as { name?: string }).name ?? 'unprepared'),
          generic: client.connectionParameters.options === '-c plan_cache_mode=force_generic_plan',
        }));
      expect(lists.length).toBe(17);
      expect(lists.slice(0, 16).every((l) => /^yg_[0-9a-f]{24}$/.test(l.name) && l.generic)).toBe(true);
      expect(new Set(lists.slice(0, 8).map((l) => l.name)).size).toBe(1);
      expect(new Set(lists.slice(8, 16).map((l) => l.name)).size).toBe(1);
      expect(lists[16]).toEqual({ name: 'unprepared', generic: false });
    } finally {
      spy.mockRestore();
    }
  });
});
