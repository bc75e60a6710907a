import { createTestApp, TestApp } from '@yigou/server/testing';

interface ProductNode {
  id: string;
  name: string;
  certified: boolean;
  county: { code: string };
}
interface ProductsData {
  products: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: ProductNode }[];
  };
}

const PRODUCTS = `query Products($search: String, $countyCode: String, $certifiedOnly: Boolean, $sort: ProductSort, $first: Int, $after: String) {
  products(search: $search, countyCode: $countyCode, certifiedOnly: $certifiedOnly, sort: $sort, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id name certified county { code } } }
  }
}`;

describe('catalog: product search and listing', () => {
  let t: TestApp;
  const products = (variables: Record<string, unknown>) => t.gql<ProductsData>(PRODUCTS, variables);
  const names = async (variables: Record<string, unknown>) =>
    (await products(variables)).data?.products.edges.map((e) => e.node.name) ?? [];

  beforeAll(async () => {
    // No background event delivery: its polling rounds (every 2 s, a statement per consumer) would be
    // counted by countQueries when a slow machine stretches the counted request past a round.
    t = await createTestApp({ eventsAutoDeliver: false });
  });
  afterAll(() => t.close());

  it('puts 玉露香梨 first when searching its pinyin initials "ylxl"', async () => {
    const found = await names({ search: 'ylxl' });
    expect(found[0]).toBe('玉露香梨');
    expect(found).toContain('玉露香梨 家庭装');
  });

  it('finds 玉露香梨 by full pinyin, by pinyin with spaces and capitals, and by Chinese', async () => {
    expect(await names({ search: 'yuluxiangli' })).toContain('玉露香梨');
    expect(await names({ search: ' YuLu XiangLi ' })).toContain('玉露香梨');
    expect(await names({ search: '香梨' })).toEqual(expect.arrayContaining(['玉露香梨', '玉露香梨 家庭装']));
  });

  it('finds the mushroom by "双孢菇" and nothing for LIKE wildcards typed as text', async () => {
    expect(await names({ search: '双孢菇' })).toEqual(['双孢菇']);
    expect((await products({ search: '%' })).data?.products.totalCount).toBe(0);
    expect((await products({ search: '_' })).data?.products.totalCount).toBe(0);
  });

  it('lists only 汾西县 products for countyCode 141034', async () => {
    const r = await products({ countyCode: '141034', first: 100 });
    const edges = r.data?.products.edges ?? [];
    expect(edges.length).toBeGreaterThan(0);
    expect(edges.every((e) => e.node.county.code === '141034')).toBe(true);
    expect(r.data?.products.totalCount).toBe(edges.length);
  });

  it('leaves out the uncertified 玻璃珠摆件 when certifiedOnly is set', async () => {
    expect(await names({ first: 100 })).toContain('玻璃珠摆件');
    const r = await products({ certifiedOnly: true, first: 100 });
    const nodes = r.data?.products.edges.map((e) => e.node) ?? [];
    expect(nodes.map((n) => n.name)).not.toContain('玻璃珠摆件');
    expect(nodes.every((n) => n.certified)).toBe(true);
  });

  it.each(['relevance', 'price_asc', 'price_desc', 'sales', 'newest'])(
    'walks every page of sort %s without repeats, matching totalCount',
    async (sort) => {
      const seen: string[] = [];
      let after: string | null = null;
      let total = -1;
      for (let page = 0; page < 20; page++) {
        const r = await products({ sort, first: 3, after });
        expect(r.errors).toBeUndefined();
        const c = r.data!.products;
        total = c.totalCount;
        seen.push(...c.edges.map((e) => e.node.id));
        if (!c.pageInfo.hasNextPage) break;
        after = c.pageInfo.endCursor;
      }
      expect(total).toBeGreaterThan(3);
      expect(seen).toHaveLength(total);
      expect(new Set(seen).size).toBe(total);
    },
  );

  it.each([0, 101, -1])('refuses first: %i as BAD_USER_INPUT', async (first) => {
    const r = await products({ first });
    expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a garbage cursor, and a cursor from another sort, as INVALID_CURSOR', async () => {
    expect((await products({ after: 'garbage!!' })).errors?.[0].extensions?.code).toBe('INVALID_CURSOR');
    expect((await products({ after: 'WyJ4Il0' })).errors?.[0].extensions?.code).toBe('INVALID_CURSOR');
    const first = await products({ sort: 'price_asc', first: 2 });
    const cursor = first.data?.products.pageInfo.endCursor;
    expect((await products({ sort: 'sales', after: cursor })).errors?.[0].extensions?.code).toBe('INVALID_CURSOR');
  });

  it('refuses an unknown county as UNKNOWN_REGION', async () => {
    const r = await products({ countyCode: '999999' });
    expect(r.errors?.[0].extensions?.code).toBe('UNKNOWN_REGION');
    expect(r.errors?.[0].message).toContain('未知的行政区划代码');
  });

  it('refuses a search of 51 characters but accepts 50', async () => {
    const long = await products({ search: '梨'.repeat(51) });
    expect(long.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(long.errors?.[0].message).toBe('搜索内容不能超过50个字');
    expect((await products({ search: '梨'.repeat(50) })).errors).toBeUndefined();
  });

  it('answers a malformed product id with NOT_FOUND, not a server error', async () => {
    const r = await t.gql(`{ product(id: "not-a-uuid") { name } }`);
    expect(r.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(r.errors?.[0].message).toBe('商品不存在');
  });

  it('resolves a page of products with their relations in a bounded number of SQL queries', async () => {
    const query = `{ products(first: 20) { edges { node {
      name priceFen stockState certified coverImageUrl
      supplier { name productCount county { name } village { name } }
      county { name productCount } origin { name }
      skus { spec available } images { url } certification { certificateNo }
    } } } }`;
    const small = await t.countQueries(() =>
      t.gql(`{ products(first: 2) { edges { node { name supplier { name } skus { spec } images { url } county { name } } } } }`),
    );
    const { result, queries, sql } = await t.countQueries(() => t.gql<ProductsData>(query));
    expect(result.errors).toBeUndefined();
    expect(result.data?.products.edges.length).toBeGreaterThanOrEqual(16);
    // one query per relation, however many products: search + count + products + ~8 relation batches
    // on failure the statements are shown, to tell an N+1 from anything else that ran meanwhile
    expect(queries <= 14 ? 'at most 14 statements' : sql).toBe('at most 14 statements');
    expect(small.queries <= 14 ? 'at most 14 statements' : small.sql).toBe('at most 14 statements');
  });
});
