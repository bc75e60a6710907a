import { createTestApp, TestApp } from '@yigou/server/testing';
import { APPLY, application, creditCode, pngBytes, registerUser, tempDataDir, upload } from './supplier-fixtures';

const CREATE = `mutation($input: CreateProductInput!) { createProduct(input: $input) { id } }`;
const PRODUCTS = `query($s: ID!, $first: Int, $after: String) {
  supplierProducts(supplierId: $s, first: $first, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`;
const QUEUE = `query($first: Int, $after: String) {
  supplierReviewQueue(status: pending, first: $first, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`;

interface Page {
  totalCount: number;
  edges: { cursor: string; node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** A cursor as the server spells them (base64url JSON of [sort value, id]), for cursors no page handed out. */
const cursor = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString('base64url');

/**
 * Rows stamped within one millisecond, their microseconds in the opposite order to their ids: a cursor that kept
 * only the milliseconds of a page's last row put that row before itself (ascending: shown again on the next page)
 * or skipped its neighbours (descending).
 */
async function sameMillisecond(t: TestApp, table: string, ids: string[]): Promise<void> {
  const sorted = [...ids].sort().reverse();
  for (const [i, id] of sorted.entries()) {
    await t.db.query(
      `UPDATE ${table} SET created_at = timestamptz '2026-03-02 10:00:00.123+08' + $2 * interval '1 microsecond' WHERE id = $1`,
      [id, 100 * (i + 1)],
    );
  }
}

// Boots the API on a shared 2-core machine: give hooks room.
jest.setTimeout(90_000);
describe('supplier lists page through every row exactly once', () => {
  let t: TestApp;

  /** All pages of `query` at `first` a page, following endCursor until hasNextPage is false. */
  async function walk(query: string, variables: Record<string, unknown>, token: string, first: number) {
    const ids: string[] = [];
    let after: string | null = null;
    let total = -1;
    for (let pages = 0; pages < 50; pages++) {
      const r = await t.gql<Record<string, Page>>(query, { ...variables, first, after }, token);
      expect(r.errors).toBeUndefined();
      const page: Page = Object.values(r.data!)[0];
      total = page.totalCount;
      ids.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) return { ids, total };
      expect(page.pageInfo.endCursor).toBe(page.edges[page.edges.length - 1].cursor);
      after = page.pageInfo.endCursor;
    }
    throw new Error('more than 50 pages: the cursor does not advance');
  }

  beforeAll(async () => {
    t = await createTestApp({ dataDir: tempDataDir() });
  });
  afterAll(() => t.close());

  it('a supplier’s products, newest first, two a page: every product once, in the order of the one-page list', async () => {
    const supplier = await t.loginAs('supplier');
    const [{ id: supplierId }] = await t.db.query(`SELECT id FROM supplier WHERE demo_key = 'gaohan'`);
    const created: string[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await t.gql<{ createProduct: { id: string } }>(
        CREATE,
        {
          input: {
            supplierId,
            name: `分页测试香梨 ${i}`,
            category: 'fruit',
            skus: [{ spec: '5kg', unit: '箱', priceFen: '6800', stock: 5 }],
          },
        },
        supplier,
      );
      expect(r.errors).toBeUndefined();
      created.push(r.data!.createProduct.id);
    }
    await sameMillisecond(t, 'product', created);

    const all = await t.gql<{ supplierProducts: Page }>(PRODUCTS, { s: supplierId, first: 100 }, supplier);
    const oneList = all.data!.supplierProducts.edges.map((e) => e.node.id);
    expect(oneList).toEqual(expect.arrayContaining(created));
    // newest first, ties by id: the five share a millisecond, so their microseconds decide (reverse id order)
    expect(oneList.filter((id) => created.includes(id))).toEqual([...created].sort());

    for (const first of [1, 2, 3]) {
      const walked = await walk(PRODUCTS, { s: supplierId }, supplier, first);
      expect(walked.ids).toEqual(oneList);
      expect(walked.total).toBe(oneList.length);
    }
  });

  it('the county’s review queue, oldest first, one and two a page: every application once, in the order of the one-page list', async () => {
    const county = await t.loginAs('county-admin');
    const applied: string[] = [];
    for (let i = 0; i < 4; i++) {
      const applicant = await registerUser(t, `分页申请人${i}`);
      const licence = (await upload(t, applicant.token, await pngBytes())).body.url!;
      const r = await t.gql<{ applyAsSupplier: { id: string } }>(
        APPLY,
        { input: application(licence, { name: `汾西县分页测试合作社${i}`, creditCode: creditCode(700 + i) }) },
        applicant.token,
      );
      expect(r.errors).toBeUndefined();
      applied.push(r.data!.applyAsSupplier.id);
    }
    await sameMillisecond(t, 'supplier', applied);

    const all = await t.gql<{ supplierReviewQueue: Page }>(QUEUE, { first: 100 }, county);
    const oneList = all.data!.supplierReviewQueue.edges.map((e) => e.node.id);
    expect(oneList).toEqual(expect.arrayContaining(applied));
    // oldest first: the four share a millisecond, so the smallest microseconds (the largest id) come first
    expect(oneList.filter((id) => applied.includes(id))).toEqual([...applied].sort().reverse());

    for (const first of [1, 2]) {
      const walked = await walk(QUEUE, {}, county, first);
      expect(walked.ids).toEqual(oneList);
      expect(walked.total).toBe(oneList.length);
    }
  });

  it('refuses a cursor it did not make with INVALID_CURSOR and a message in Chinese, and still takes a millisecond one', async () => {
    const county = await t.loginAs('county-admin');
    for (const after of [
      '不是游标',
      cursor(['2026-03-02T02:00:00.123Z', 'not-a-uuid']),
      cursor(['yesterday', '0b6a1d1e-3f0c-4c5e-9a57-7a1f2b0c9d11']),
    ]) {
      const r = await t.gql(QUEUE, { first: 2, after }, county);
      expect(r.errors?.[0].extensions).toMatchObject({ code: 'INVALID_CURSOR', field: 'after' });
      expect(r.errors?.[0].message).toMatch(/[\u4e00-\u9fa5]/);
    }
    // a cursor from before the microsecond change (ISO milliseconds) is still read
    const old = await t.gql<{ supplierReviewQueue: Page }>(
      QUEUE,
      { first: 100, after: cursor(['2000-01-01T00:00:00.000Z', '00000000-0000-4000-8000-000000000000']) },
      county,
    );
    expect(old.errors).toBeUndefined();
    expect(old.data!.supplierReviewQueue.edges.length).toBeGreaterThan(0);
  });
});
