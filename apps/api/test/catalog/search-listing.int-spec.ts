// The migration is run as it runs on deploy (down, then up over rows written meanwhile); a migration is no project of its own to import by
// scope.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { ProductCardColumns1796560000000 } from '../../../../libs/server/database/src/migrations/1796560000000-ProductCardColumns';
import { createTestApp, TestApp } from '@yigou/server/testing';
import { productNamesIn } from '@yigou/server/catalog';
import { pngBytes, tempDataDir, upload } from '../suppliers/supplier-fixtures';

/**
 * The search reads product.listed / listing_county_code / search_grams (migration ProductListing) and the cards'
 * cover_image_url / supplier_name (migration ProductCardColumns), kept by database triggers. These tests change products and suppliers
 * through the API and check that the search follows at once and
 * that the columns agree with what they stand for (status, SKU price, supplier status and county, name), and the
 * per-county counts (product_listing_count, the list's total) with the listed rows.
 */
const CREATE = `mutation($input: CreateProductInput!) { createProduct(input: $input) { id } }`;
const UPDATE = `mutation($input: UpdateProductInput!) { updateProduct(input: $input) { id name } }`;
const SET_STATUS = `mutation($input: SetProductStatusInput!) { setProductStatus(input: $input) { id } }`;
const DECIDE = (name: string) => `mutation($input: SupplierDecisionInput!) { ${name}(input: $input) { id status } }`;
const SEARCH = `query($s: String, $c: String) { products(search: $s, countyCode: $c, first: 50) { totalCount edges { node { id name } } } }`;
type SearchData = { products: { totalCount: number; edges: { node: { id: string; name: string } }[] } };
// A card as the storefront asks for it (answered by the list statement, sql/product-list.sql.ts).
const CARDS = `query($s: String) { products(search: $s, first: 50) { edges { node { id coverImageUrl supplier { id name } } } } }`;
type Card = { id: string; coverImageUrl: string | null; supplier: { id: string; name: string } };

jest.setTimeout(60_000);
describe('catalogue search index follows product and supplier changes', () => {
  let t: TestApp;
  let supplierToken: string;
  let admin: string;
  let buyer: string;
  let supplierId: string;
  let countyCode: string;
  let productId: string;

  /** Ids found by a signed-in search (no response cache in the way). */
  const found = async (s: string | null, c: string | null = null): Promise<string[]> => {
    const r = await t.gql<SearchData>(SEARCH, { s, c }, buyer);
    expect(r.errors).toBeUndefined();
    return r.data!.products.edges.map((e) => e.node.id);
  };
  /** Rows whose listing columns disagree with what they are derived from (must be none, always). */
  const drift = async (): Promise<unknown[]> =>
    t.db
      .query(
        `SELECT p.id, p.name, p.listed, p.listing_county_code FROM product p JOIN supplier su ON su.id = p.supplier_id
       WHERE p.listed IS DISTINCT FROM (p.status = 'on_sale' AND su.status = 'approved' AND p.min_price_fen IS NOT NULL)
          OR p.listing_county_code IS DISTINCT FROM su.county_code
          OR NOT (p.search_grams @> ARRAY[substr(replace(lower(p.name), ' ', ''), 1, 2)])
          OR p.supplier_name IS DISTINCT FROM su.name
          OR p.cover_image_url IS DISTINCT FROM (SELECT i.url FROM product_image i WHERE i.product_id = p.id ORDER BY i.sort_order, i.id LIMIT 1)`,
      )
      .then(async (rows: unknown[]) => [
        ...rows,
        // the per-county-and-category counts (the list's total) against a count of the listed rows
        ...(await t.db
          .query(`SELECT coalesce(a.county_code, b.county_code) AS county, coalesce(a.category, b.category) AS category, a.n AS kept, b.n AS actual
         FROM (SELECT * FROM product_listing_count WHERE n <> 0) a
         FULL JOIN (SELECT listing_county_code AS county_code, category, count(*)::int AS n FROM product WHERE listed GROUP BY 1, 2) b
           ON a.county_code = b.county_code AND a.category = b.category
         WHERE a.n IS DISTINCT FROM b.n`)),
      ]);

  beforeAll(async () => {
    t = await createTestApp({ eventsAutoDeliver: false, dataDir: tempDataDir() });
    supplierToken = await t.loginAs('supplier');
    admin = await t.loginAs('admin');
    buyer = await t.loginAs('buyer');
    const mine = await t.gql<{ mySuppliers: { id: string }[] }>('{ mySuppliers { id } }', {}, supplierToken);
    supplierId = mine.data!.mySuppliers[0].id;
    [{ county_code: countyCode }] = await t.db.query(`SELECT county_code FROM supplier WHERE id = $1`, [supplierId]);
  });
  afterAll(() => t.close());

  it('the demo catalogue has no drift after the migration', async () => {
    expect(await drift()).toEqual([]);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM product WHERE listed`);
    expect(n).toBeGreaterThan(0);
  });

  it('a new product is found only once on sale, by Chinese, 2-letter initials and county', async () => {
    const r = await t.gql<{ createProduct: { id: string } }>(
      CREATE,
      { input: { supplierId, name: '沙棘原浆', category: 'fruit', skus: [{ spec: '250ml', unit: '瓶', priceFen: '3900', stock: 10 }] } },
      supplierToken,
    );
    expect(r.errors).toBeUndefined();
    productId = r.data!.createProduct.id;
    expect(await found('沙棘')).toEqual([]); // a draft
    expect(await drift()).toEqual([]);

    expect((await t.gql(SET_STATUS, { input: { productId, status: 'on_sale' } }, supplierToken)).errors).toBeUndefined();
    expect(await found('沙棘')).toEqual([productId]);
    expect(await found('棘')).toContain(productId);
    expect(await found('sj')).toContain(productId);
    expect(await found('sjyj')).toEqual([productId]);
    expect(await found('沙棘', countyCode)).toEqual([productId]);
    expect(await drift()).toEqual([]);
  });

  it('an edited name is found by the new words and no longer by the old ones', async () => {
    const r = await t.gql(
      UPDATE,
      { input: { productId, name: '宁夏枸杞', category: 'fruit', skus: [{ spec: '500g', unit: '袋', priceFen: '5900', stock: 10 }] } },
      supplierToken,
    );
    expect(r.errors).toBeUndefined();
    expect(await found('沙棘')).toEqual([]);
    expect(await found('枸杞')).toContain(productId);
    expect(await found('nxgq')).toEqual([productId]);
    expect(await drift()).toEqual([]);
  });

  it('delisting and relisting take it out of the search and back', async () => {
    await t.gql(SET_STATUS, { input: { productId, status: 'off_sale' } }, supplierToken);
    expect(await found('nxgq')).toEqual([]);
    expect(await found(null, countyCode)).not.toContain(productId);
    expect(await drift()).toEqual([]);
    await t.gql(SET_STATUS, { input: { productId, status: 'on_sale' } }, supplierToken);
    expect(await found('nxgq')).toEqual([productId]);
    expect(await drift()).toEqual([]);
  });

  it('suspending the supplier hides all its products; reinstating brings them back', async () => {
    const before = await t.gql<SearchData>(SEARCH, { s: null, c: countyCode }, buyer);
    const [{ n: ofSupplier }] = await t.db.query(`SELECT count(*)::int AS n FROM product WHERE supplier_id = $1 AND listed`, [supplierId]);
    expect(ofSupplier).toBeGreaterThan(1);

    // the supplier's own listing, as its reviewers and its staff see it: every product it has on sale, then none
    const listing = async () => {
      const r = await t.gql<{ supplierForReview: { productCount: number; products: { id: string }[] } }>(
        `query($id: ID!) { supplierForReview(id: $id) { productCount products(first: 100) { id } } }`,
        { id: supplierId },
        admin,
      );
      const own = await t.gql<{ mySuppliers: { id: string; productCount: number }[] }>(
        `{ mySuppliers { id productCount } }`,
        {},
        supplierToken,
      );
      expect(own.data!.mySuppliers.find((x) => x.id === supplierId)!.productCount).toBe(r.data!.supplierForReview.productCount);
      return { count: r.data!.supplierForReview.productCount, products: r.data!.supplierForReview.products.length };
    };
    expect(await listing()).toEqual({ count: ofSupplier, products: ofSupplier });

    const s = await t.gql(DECIDE('suspendSupplier'), { input: { supplierId, reason: '食品安全抽检不合格' } }, admin);
    expect(s.errors).toBeUndefined();
    expect(await found('nxgq')).toEqual([]);
    const during = await t.gql<SearchData>(SEARCH, { s: null, c: countyCode }, buyer);
    expect(during.data!.products.totalCount).toBe(before.data!.products.totalCount - ofSupplier);
    expect(await listing()).toEqual({ count: 0, products: 0 });
    expect(await drift()).toEqual([]);

    expect((await t.gql(DECIDE('reinstateSupplier'), { input: { supplierId } }, admin)).errors).toBeUndefined();
    expect(await listing()).toEqual({ count: ofSupplier, products: ofSupplier });
    expect(await found('nxgq')).toEqual([productId]);
    expect((await t.gql<SearchData>(SEARCH, { s: null, c: countyCode }, buyer)).data!.products.totalCount).toBe(
      before.data!.products.totalCount,
    );
    expect(await drift()).toEqual([]);
  });
  it('product names by id (the live ticker’s read) leave out an id that is no UUID instead of failing the cast', async () => {
    const names = await productNamesIn(t.db.manager, ['not-a-uuid', productId, '']);
    expect([...names.entries()]).toEqual([[productId, '宁夏枸杞']]);
  });

  it('a card shows a new cover and a renamed supplier at once, whoever writes them', async () => {
    const card = async (): Promise<Card | undefined> => {
      const r = await t.gql<{ products: { edges: { node: Card }[] } }>(CARDS, { s: 'nxgq' }, buyer);
      expect(r.errors).toBeUndefined();
      return r.data!.products.edges.map((e) => e.node).find((n) => n.id === productId);
    };
    const edit = (imageUrls: string[]) =>
      t.gql(
        UPDATE,
        {
          input: {
            productId,
            name: '宁夏枸杞',
            category: 'fruit',
            imageUrls,
            skus: [{ spec: '500g', unit: '袋', priceFen: '5900', stock: 10 }],
          },
        },
        supplierToken,
      );
    const [a, b, c] = await Promise.all(
      ['#3a3', '#a33', '#33a'].map(async (colour) => (await upload(t, supplierToken, await pngBytes(colour))).body.url!),
    );
    expect((await card())?.coverImageUrl).toBeNull();
    expect((await edit([a, b])).errors).toBeUndefined();
    expect((await card())?.coverImageUrl).toBe(a);
    expect((await edit([c, a])).errors).toBeUndefined();
    expect((await card())?.coverImageUrl).toBe(c);
    // any writer: the images' order changed, one deleted, then all of them
    await t.db.query(`UPDATE product_image SET sort_order = 10 - sort_order WHERE product_id = $1`, [productId]);
    expect((await card())?.coverImageUrl).toBe(a);
    await t.db.query(`DELETE FROM product_image WHERE product_id = $1 AND url = $2`, [productId, a]);
    expect((await card())?.coverImageUrl).toBe(c);
    expect(await drift()).toEqual([]);
    await t.db.query(`DELETE FROM product_image WHERE product_id = $1`, [productId]);
    expect((await card())?.coverImageUrl).toBeNull();

    const [{ name }] = await t.db.query(`SELECT name FROM supplier WHERE id = $1`, [supplierId]);
    await t.db.query(`UPDATE supplier SET name = $2 WHERE id = $1`, [supplierId, `${name}（更名）`]);
    expect((await card())?.supplier).toEqual({ id: supplierId, name: `${name}（更名）` });
    expect(await drift()).toEqual([]);
    await t.db.query(`UPDATE supplier SET name = $2 WHERE id = $1`, [supplierId, name]);
    expect((await card())?.supplier.name).toBe(name);
    expect(await drift()).toEqual([]);
  });

  it('migration ProductCardColumns: down and up again fills the columns for rows written in between', async () => {
    const before = await t.gql<{ products: { edges: { node: Card }[] } }>(CARDS, { s: null }, buyer);
    expect(before.errors).toBeUndefined();
    const migration = new ProductCardColumns1796560000000();
    const runner = t.db.createQueryRunner();
    try {
      await migration.down(runner);
      expect(
        await t.db.query(
          `SELECT 1 FROM information_schema.columns WHERE table_name = 'product' AND column_name IN ('cover_image_url', 'supplier_name')`,
        ),
      ).toEqual([]);
      // written while the columns are gone: an image, a product (the trigger without the name still lists it)
      await t.db.query(
        `INSERT INTO product_image (product_id, url, thumb_url, sort_order) VALUES ($1, '/media/demo/gq-9.svg', '/media/demo/gq-9.svg', 0)`,
        [productId],
      );
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    expect(await drift()).toEqual([]);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM product WHERE supplier_name IS NULL`);
    expect(n).toBe(0);
    const after = await t.gql<{ products: { edges: { node: Card }[] } }>(CARDS, { s: null }, buyer);
    expect(after.data!.products.edges.map((e) => e.node)).toEqual(
      before.data!.products.edges.map((e) => (e.node.id === productId ? { ...e.node, coverImageUrl: '/media/demo/gq-9.svg' } : e.node)),
    );
  });

  it('the category chips count the search: 香梨 per category equals an independent count, whatever category is chosen', async () => {
    // a 香梨 product outside fruit, so the counts of the search differ from the catalogue's by category
    const r = await t.gql<{ createProduct: { id: string } }>(
      CREATE,
      { input: { supplierId, name: '香梨蜂蜜膏', category: 'honey', skus: [{ spec: '500g', unit: '瓶', priceFen: '5900', stock: 10 }] } },
      supplierToken,
    );
    expect(r.errors).toBeUndefined();
    expect(
      (await t.gql(SET_STATUS, { input: { productId: r.data!.createProduct.id, status: 'on_sale' } }, supplierToken)).errors,
    ).toBeUndefined();

    const COUNTS = `query($s: String, $c: String, $cat: ProductCategory) {
      products(search: $s, countyCode: $c, category: $cat, first: 1) { totalCount categoryCounts { category productCount } } }`;
    type Counts = { products: { totalCount: number; categoryCounts: { category: string; productCount: number }[] } };
    const chips = async (vars: Record<string, unknown>, token?: string) => {
      const res = await t.gql<Counts>(COUNTS, vars, token);
      expect(res.errors).toBeUndefined();
      const nonZero = Object.fromEntries(
        res.data!.products.categoryCounts.filter((c) => c.productCount > 0).map((c) => [c.category, c.productCount]),
      );
      return { total: res.data!.products.totalCount, nonZero };
    };
    /** Listed products whose name contains the text, per category, counted from the base tables (not the listing columns). */
    const independent = async (text: string, county: string | null) =>
      Object.fromEntries(
        (
          await t.db.query(
            `SELECT p.category, count(*)::int AS n FROM product p JOIN supplier su ON su.id = p.supplier_id
             WHERE p.status = 'on_sale' AND su.status = 'approved' AND EXISTS (SELECT 1 FROM product_sku k WHERE k.product_id = p.id)
               AND replace(p.name, ' ', '') LIKE '%' || $1 || '%' AND ($2::text IS NULL OR su.county_code = $2)
             GROUP BY p.category`,
            [text, county],
          )
        ).map((row: { category: string; n: number }) => [row.category, row.n]),
      );

    const expected = await independent('香梨', null);
    expect(expected.honey).toBe(1);
    expect(expected.fruit).toBeGreaterThanOrEqual(2);
    const all = await chips({ s: '香梨' }, buyer);
    expect(all.nonZero).toEqual(expected);
    expect(all.total).toBe(Object.values(expected).reduce((a, b) => a + b, 0));
    // choosing a chip narrows the page, not the chips (each still says what choosing it would show); anonymous too
    const fruitOnly = await chips({ s: '香梨', cat: 'fruit' });
    expect(fruitOnly.nonZero).toEqual(expected);
    expect(fruitOnly.total).toBe(expected.fruit);
    // with a county the counts are the county's; the catalogue-wide figure is not what the chips say
    expect((await chips({ s: '香梨', c: countyCode }, buyer)).nonZero).toEqual(await independent('香梨', countyCode));
    const catalogue = await t.gql<{ categories: { category: string; productCount: number }[] }>('{ categories { category productCount } }');
    expect(catalogue.data!.categories.find((c) => c.category === 'fruit')!.productCount).toBeGreaterThan(expected.fruit);
    // a list without text counts from the kept per-county table: the same figures as the listed rows
    const [{ n: fruitListed }] = await t.db.query(`SELECT count(*)::int AS n FROM product WHERE listed AND category = 'fruit'`);
    expect((await chips({}, buyer)).nonZero.fruit).toBe(fruitListed);
  });
});
