import { createTestApp, type IdPage as Page, rawCursor as cursor, sameMillisecond, TestApp, walkPages } from '@yigou/server/testing';
import { APPLY, application, creditCode, pngBytes, registerUser, tempDataDir, upload } from './supplier-fixtures';

const CREATE = `mutation($input: CreateProductInput!) { createProduct(input: $input) { id } }`;
const PRODUCTS = `query($s: ID!, $first: Int, $after: String) {
  supplierProducts(supplierId: $s, first: $first, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`;
const QUEUE = `query($first: Int, $after: String) {
  supplierReviewQueue(status: pending, first: $first, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`;
const PEOPLE = `query($search: String, $first: Int, $after: String) {
  people(search: $search, first: $first, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`;
const USERS = `query($search: String, $first: Int, $after: String) {
  users(search: $search, first: $first, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`;
const SUPPLIERS = `query($first: Int, $after: String) {
  suppliers(first: $first, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`;
const UNITS = `query($search: String!, $first: Int, $after: String) {
  searchWorkUnits(search: $search, first: $first, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`;
const SESSIONS = `query($first: Int, $after: String) {
  liveSessions(first: $first, after: $after) { totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`;

// Boots the API on a shared 2-core machine: give hooks room.
jest.setTimeout(90_000);
describe('lists page through every row exactly once, rows of one millisecond too', () => {
  let t: TestApp;

  const walk = (query: string, variables: Record<string, unknown>, token: string | null, first: number) =>
    walkPages(t, query, variables, token, first);

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

  it('the platform admin’s people directory and user list, newest first: every person once, those of one millisecond too', async () => {
    const admin = await t.loginAs('admin');
    const joined: string[] = [];
    for (let i = 0; i < 5; i++) joined.push((await registerUser(t, `分页名录${i}`)).userId);
    await sameMillisecond(t, 'app_user', joined);

    for (const [query, field] of [
      [PEOPLE, 'people'],
      [USERS, 'users'],
    ] as const) {
      const all = await t.gql<Record<string, Page>>(query, { first: 100 }, admin);
      expect(all.errors).toBeUndefined();
      const oneList = all.data![field].edges.map((e) => e.node.id);
      expect(all.data![field].totalCount).toBe(oneList.length);
      // newest first, ties by id: the five share a millisecond, so their microseconds decide (reverse id order)
      expect(oneList.filter((id) => joined.includes(id))).toEqual([...joined].sort());
      for (const first of [1, 2, 3]) {
        const walked = await walk(query, {}, admin, first);
        expect(walked.ids).toEqual(oneList);
        expect(walked.total).toBe(oneList.length);
      }
      // a search narrows the same order
      const named = await walk(query, { search: '分页名录' }, admin, 2);
      expect(named.ids).toEqual([...joined].sort());
    }
  });

  it('live sessions, latest start first: every session once, those starting in one millisecond too', async () => {
    const host = await t.loginAs('host');
    const scheduled: string[] = [];
    for (let i = 0; i < 4; i++) {
      const r = await t.gql<{ scheduleLiveSession: { id: string } }>(
        `mutation($input: ScheduleLiveSessionInput!) { scheduleLiveSession(input: $input) { id } }`,
        {
          input: {
            title: `分页直播 ${i}`,
            hostName: '张明',
            kind: 'sales',
            countyCode: '141034',
            startsAt: new Date(Date.now() + 86_400_000).toISOString(),
            streamUrl: 'https://live.example.cn/a.m3u8',
          },
        },
        host,
      );
      expect(r.errors).toBeUndefined();
      scheduled.push(r.data!.scheduleLiveSession.id);
    }
    await sameMillisecond(t, 'live_session', scheduled, 'starts_at');

    const all = await t.gql<{ liveSessions: Page }>(SESSIONS, { first: 100 });
    const oneList = all.data!.liveSessions.edges.map((e) => e.node.id);
    expect(oneList.filter((id) => scheduled.includes(id))).toEqual([...scheduled].sort());
    for (const first of [1, 2, 3]) {
      const walked = await walk(SESSIONS, {}, null, first);
      expect(walked.ids).toEqual(oneList);
      expect(walked.total).toBe(oneList.length);
    }
  });

  it('approved suppliers and the unit search, by name: every row once, rows of the same name too (by id), old cursors unchanged', async () => {
    // three approved suppliers and three units renamed alike: their order is their ids'
    const same = async (table: string, name: string, where: string) => {
      const ids: string[] = (await t.db.query(`SELECT id FROM ${table} WHERE ${where} ORDER BY id LIMIT 3`)).map(
        (r: { id: string }) => r.id,
      );
      expect(ids).toHaveLength(3);
      await t.db.query(`UPDATE ${table} SET name = $2 WHERE id = ANY($1)`, [ids, name]);
      return ids;
    };
    const suppliers = await same('supplier', '分页同名合作社', `status = 'approved'`);
    const units = await same('work_unit', '分页同名单位', 'TRUE');
    const buyer = await t.loginAs('buyer');

    for (const [query, variables, token, mine] of [
      [SUPPLIERS, {}, null, suppliers],
      [UNITS, { search: '分页同名单位' }, buyer, units],
      [UNITS, { search: '单位' }, buyer, units],
    ] as const) {
      const all = await t.gql<Record<string, Page>>(query, { ...variables, first: 100 }, token);
      expect(all.errors).toBeUndefined();
      const oneList = Object.values(all.data!)[0].edges.map((e) => e.node.id);
      expect(oneList.filter((id) => mine.includes(id))).toEqual([...mine].sort());
      for (const first of [1, 2]) {
        const walked = await walk(query, variables, token, first);
        expect(walked.ids).toEqual(oneList);
        expect(walked.total).toBe(oneList.length);
      }
    }
    // the cursor is [name, id] as before the shared helper: one made then still starts after that row
    const second = await t.gql<{ suppliers: Page }>(SUPPLIERS, { first: 100, after: cursor(['分页同名合作社', [...suppliers].sort()[0]]) });
    expect(second.errors).toBeUndefined();
    expect(second.data!.suppliers.edges.slice(0, 2).map((e) => e.node.id)).toEqual([...suppliers].sort().slice(1));
  });

  it('refuses a cursor it did not make with INVALID_CURSOR and a message in Chinese, and still takes a millisecond one', async () => {
    const county = await t.loginAs('county-admin');
    const admin = await t.loginAs('admin');
    for (const after of [
      '不是游标',
      cursor(['2026-03-02T02:00:00.123Z', 'not-a-uuid']),
      cursor(['yesterday', '0b6a1d1e-3f0c-4c5e-9a57-7a1f2b0c9d11']),
    ]) {
      for (const [query, token] of [
        [QUEUE, county],
        [PEOPLE, admin],
        [USERS, admin],
        [SESSIONS, null],
      ] as const) {
        const r = await t.gql(query, { first: 2, after }, token);
        expect(r.errors?.[0].extensions).toMatchObject({ code: 'INVALID_CURSOR', field: 'after' });
        expect(r.errors?.[0].message).toMatch(/[\u4e00-\u9fa5]/);
      }
    }
    // a cursor from before the microsecond change (ISO milliseconds) is still read
    const old = await t.gql<{ supplierReviewQueue: Page }>(
      QUEUE,
      { first: 100, after: cursor(['2000-01-01T00:00:00.000Z', '00000000-0000-4000-8000-000000000000']) },
      county,
    );
    expect(old.errors).toBeUndefined();
    expect(old.data!.supplierReviewQueue.edges.length).toBeGreaterThan(0);
    // the people directory's cursors were cut to milliseconds: one handed out before this change is still read
    const oldPeople = await t.gql<{ people: Page }>(
      PEOPLE,
      { first: 100, after: cursor(['2999-01-01T00:00:00.000Z', '00000000-0000-4000-8000-000000000000']) },
      admin,
    );
    expect(oldPeople.errors).toBeUndefined();
    expect(oldPeople.data!.people.edges.length).toBeGreaterThan(0);
  });
});
