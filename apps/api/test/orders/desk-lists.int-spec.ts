import { createTestApp, TestApp } from '@yigou/server/testing';
import { addAddress, canteenBankTransfer, placeFirst, Sku, skuOf } from './order-helpers';

jest.setTimeout(60_000);
/**
 * The finance desk's two tables page on the server: page 2 starts right after page 1's last row in the chosen order,
 * the total counts every matching row, and a Shanghai date range keeps out what falls outside it.
 */
describe('desk lists: 到账记录 and 平台订单 page, sort and filter by date on the server', () => {
  let t: TestApp;
  let purchaser: string;
  let finance: string;
  let beads: Sku;
  let address: string;

  beforeAll(async () => {
    t = await createTestApp({ eventsAutoDeliver: false });
    [purchaser, finance] = await Promise.all(['purchaser', 'platform-finance'].map((l) => t.loginAs(l)));
    beads = await skuOf(t, 'bead-ornament');
    address = await addAddress(t, purchaser);
  });
  afterAll(() => t.close());

  type Page<N> = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: N }[] };
  type Transfer = { bankTxnNo: string; amountFen: string; receivedAt: string };
  const TRANSFERS = `query($first: Int, $after: String, $from: String, $to: String, $sort: TransferSort, $direction: SortDirection) {
    bankTransfers(first: $first, after: $after, from: $from, to: $to, sort: $sort, direction: $direction) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { bankTxnNo amountFen receivedAt } }
    }
  }`;
  const transfers = async (vars: Record<string, unknown>) => {
    const r = await t.gql<{ bankTransfers: Page<Transfer> }>(TRANSFERS, vars, finance);
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    return r.data.bankTransfers;
  };
  const txnNos = (p: Page<Transfer>) => p.edges.map((e) => e.node.bankTxnNo);

  it('到账记录: five transfers on five March days page 2 + 2 + 1, newest first; by amount ascending; a date range bites', async () => {
    // Amounts deliberately out of date order, so sorting by amount gives another order than by day.
    const amounts = [30_000, 10_000, 50_000, 20_000, 40_000];
    for (const [i, amountFen] of amounts.entries()) {
      const r = await t.gql(
        `mutation($input: RecordTransferInput!) { recordBankTransfer(input: $input) { id } }`,
        {
          input: {
            bankTxnNo: `TXN-PAGE-${i + 1}`,
            payerName: '汾西县第一中学',
            amountFen: String(amountFen),
            memo: '',
            receivedAt: `2025-03-0${i + 1}T10:00:00+08:00`,
          },
        },
        finance,
      );
      expect(r.errors).toBeUndefined();
    }
    const march = { from: '2025-03-01', to: '2025-03-05' };
    const p1 = await transfers({ ...march, first: 2 });
    expect(p1.totalCount).toBe(5);
    expect(txnNos(p1)).toEqual(['TXN-PAGE-5', 'TXN-PAGE-4']);
    expect(p1.pageInfo.hasNextPage).toBe(true);
    const p2 = await transfers({ ...march, first: 2, after: p1.pageInfo.endCursor });
    expect(txnNos(p2)).toEqual(['TXN-PAGE-3', 'TXN-PAGE-2']);
    expect(p2.totalCount).toBe(5);
    const p3 = await transfers({ ...march, first: 2, after: p2.pageInfo.endCursor });
    expect(txnNos(p3)).toEqual(['TXN-PAGE-1']);
    expect(p3.pageInfo.hasNextPage).toBe(false);

    const byAmount1 = await transfers({ ...march, first: 3, sort: 'AMOUNT', direction: 'ASC' });
    expect(byAmount1.edges.map((e) => Number(e.node.amountFen))).toEqual([10_000, 20_000, 30_000]);
    const byAmount2 = await transfers({ ...march, first: 3, sort: 'AMOUNT', direction: 'ASC', after: byAmount1.pageInfo.endCursor });
    expect(byAmount2.edges.map((e) => Number(e.node.amountFen))).toEqual([40_000, 50_000]);

    // Days are Shanghai days: 03-02 and 03-03 only, both ends included.
    const two = await transfers({ from: '2025-03-02', to: '2025-03-03' });
    expect(two.totalCount).toBe(2);
    expect(txnNos(two)).toEqual(['TXN-PAGE-3', 'TXN-PAGE-2']);
    expect((await transfers({ from: '2025-03-06', to: '2025-03-31' })).totalCount).toBe(0);
  });

  it('refuses a range that ends before it starts, a day that does not exist and a page larger than 100, in Chinese', async () => {
    const bad = async (vars: Record<string, unknown>) => (await t.gql(TRANSFERS, vars, finance)).errors?.[0];
    expect(await bad({ from: '2025-03-05', to: '2025-03-01' })).toMatchObject({
      message: '开始日期不能晚于结束日期',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(await bad({ from: '2025-02-30' })).toMatchObject({ message: '开始日期不是有效日期' });
    expect(await bad({ to: '3月1日' })).toMatchObject({ message: '结束日期格式应为 YYYY-MM-DD' });
    expect((await bad({ first: 101 }))?.message).toContain('每页数量');
  });

  it('平台订单: orders placed on three April days page by placement time, sort by amount, and a one-day range finds one', async () => {
    const placeAt = (day: string, quantity: number) =>
      placeFirst(t, purchaser, canteenBankTransfer(beads, quantity, address), { 'x-test-now': `${day}T12:00:00+08:00` });
    // Quantities out of date order: by total gives 04-02, 04-03, 04-01.
    const a = await placeAt('2025-04-01', 3);
    const b = await placeAt('2025-04-02', 1);
    const c = await placeAt('2025-04-03', 2);
    const ORDERS = `query($first: Int, $after: String, $from: String, $to: String, $sort: OrderSort, $direction: SortDirection) {
      platformOrders(first: $first, after: $after, from: $from, to: $to, sort: $sort, direction: $direction) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { id totalFen } }
      }
    }`;
    const orders = async (vars: Record<string, unknown>) => {
      const r = await t.gql<{ platformOrders: Page<{ id: string; totalFen: string }> }>(ORDERS, vars, finance);
      if (!r.data) throw new Error(JSON.stringify(r.errors));
      return r.data.platformOrders;
    };
    const ids = (p: Page<{ id: string }>) => p.edges.map((e) => e.node.id);
    const april = { from: '2025-04-01', to: '2025-04-03' };
    const p1 = await orders({ ...april, first: 2 });
    expect(p1.totalCount).toBe(3);
    expect(ids(p1)).toEqual([c.id, b.id]);
    const p2 = await orders({ ...april, first: 2, after: p1.pageInfo.endCursor });
    expect(ids(p2)).toEqual([a.id]);
    expect(p2.pageInfo.hasNextPage).toBe(false);

    const byTotal = await orders({ ...april, sort: 'TOTAL', direction: 'ASC', first: 2 });
    expect(ids(byTotal)).toEqual([b.id, c.id]);
    expect(ids(await orders({ ...april, sort: 'TOTAL', direction: 'ASC', first: 2, after: byTotal.pageInfo.endCursor }))).toEqual([a.id]);
    expect(ids(await orders({ ...april, sort: 'TOTAL', direction: 'DESC' }))).toEqual([a.id, c.id, b.id]);

    const oneDay = await orders({ from: '2025-04-02', to: '2025-04-02' });
    expect(oneDay.totalCount).toBe(1);
    expect(ids(oneDay)).toEqual([b.id]);
    // Without a range, all three are there (with whatever else the database holds).
    expect((await orders({ first: 100 })).edges.map((e) => e.node.id)).toEqual(expect.arrayContaining([a.id, b.id, c.id]));
  });

  // The plans of the lists' keyset queries as keysetPage() builds them (ORDER BY column, id; LIMIT first + 1).
  // The demo database is small, so a sequential scan would win on cost: it is switched off, which leaves an index
  // in the same order as the only way around the sort; without the index the plan keeps a Sort node.
  const plan = (sql: string, params: unknown[] = []) =>
    t.db.transaction(async (em) => {
      await em.query('SET LOCAL enable_seqscan = off');
      const rows: { 'QUERY PLAN': string }[] = await em.query(`EXPLAIN ${sql}`, params);
      return rows.map((r) => r['QUERY PLAN']).join('\n');
    });

  it('the platform-wide order list and 到账记录 read their newest page from an index in the list order, without sorting', async () => {
    const first = await plan('SELECT o.* FROM shop_order o WHERE 1 = 1 ORDER BY o.created_at DESC, o.id DESC LIMIT 21');
    expect(first).toContain('Index Scan Backward using shop_order_created_at_id');
    expect(first).not.toMatch(/Sort/);
    const [last] = await t.db.query(`SELECT created_at, id FROM shop_order ORDER BY created_at DESC, id DESC OFFSET 1 LIMIT 1`);
    const next = await plan(
      'SELECT o.* FROM shop_order o WHERE 1 = 1 AND (o.created_at, o.id) < (CAST($1 AS timestamptz), CAST($2 AS uuid)) ORDER BY o.created_at DESC, o.id DESC LIMIT 21',
      [last.created_at, last.id],
    );
    // page 2 starts in the index at the cursor (on this little data the planner may still bitmap-scan and sort the rest)
    expect(next).toMatch(/Index Scan[\s\S]* on shop_order_created_at_id[\s\S]*Index Cond: \(ROW\(created_at, id\) < ROW\(/);
    const transfersPlan = await plan('SELECT t.* FROM bank_transfer t ORDER BY t.received_at DESC, t.id DESC LIMIT 21');
    expect(transfersPlan).toContain('Index Scan Backward using bank_transfer_received_at_id');
    expect(transfersPlan).not.toMatch(/Sort/);
  });
});
