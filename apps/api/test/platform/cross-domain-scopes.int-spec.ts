import { createTestApp, TestApp } from '@yigou/server/testing';
import { addAddress, line, PLACE, PlacedOrder, skuOf } from '../orders/order-helpers';

jest.setTimeout(60_000);

const FENXI = '141034';
const JIAOCHENG_SUPPLIER_CODE = '91141122MA0XPL5QRB'; // 西域果业 (交城县)
const count = async (t: TestApp, sql: string, params: unknown[] = []) => (await t.db.query(sql, params))[0].n as number;

/** Writes that cross from one domain's scope into another's: refused with a Chinese message, nothing written. */
describe('scopes on writes that cross domains', () => {
  let t: TestApp;
  let countyAdmin: string;
  let finance: string;
  let purchaser: string;

  beforeAll(async () => {
    t = await createTestApp({ eventsAutoDeliver: false });
    [countyAdmin, finance, purchaser] = await Promise.all(['county-admin', 'finance', 'purchaser'].map((l) => t.loginAs(l)));
  });
  afterAll(() => t.close());

  describe('benefit links', () => {
    const LINK = `mutation($input: BenefitLinkInput!) { createBenefitLink(input: $input) { id } }`;

    it('a county admin cannot link their households to another county’s supplier; their own county’s is fine', async () => {
      const [h]: { id: string; household_no: string }[] = await t.db.query(
        `SELECT id, household_no FROM household WHERE county_code = $1 ORDER BY household_no LIMIT 1`,
        [FENXI],
      );
      const [far]: { id: string }[] = await t.db.query(`SELECT id FROM supplier WHERE credit_code = $1`, [JIAOCHENG_SUPPLIER_CODE]);
      const [near]: { id: string }[] = await t.db.query(`SELECT id FROM supplier WHERE credit_code = '91141034MA03TK072A'`);
      const before = await count(t, `SELECT count(*)::int AS n FROM benefit_link WHERE household_id = $1`, [h.id]);
      const input = { householdId: h.id, type: 'employment', weight: 1, validFrom: '2024-01-01' };
      const refused = await t.gql(LINK, { input: { ...input, supplierId: far.id } }, countyAdmin);
      expect(refused.errors?.[0]).toMatchObject({ message: '只能与本县（本辖区）的供应商建立利益联结', extensions: { code: 'FORBIDDEN' } });
      expect(await count(t, `SELECT count(*)::int AS n FROM benefit_link WHERE household_id = $1`, [h.id])).toBe(before);
      const ok = await t.gql(LINK, { input: { ...input, supplierId: near.id } }, countyAdmin);
      expect(ok.errors).toBeUndefined();

      // the same rule in a spreadsheet import: the row is refused and nothing is written
      const csv = [
        '户编号,供应商统一社会信用代码,产品,联结方式,权重,起始日期,截止日期',
        `${h.household_no},${JIAOCHENG_SUPPLIER_CODE},,务工,1,2024-01-01,`,
      ].join('\n');
      const imp = await t.gql<{
        importBenefitLinks: { status: string; createdRows: number; errors: { row: number; field: string; message: string }[] };
      }>(
        `mutation($i: ImportFileInput!) { importBenefitLinks(input: $i) { status createdRows errors { row field message } } }`,
        { i: { countyCode: FENXI, format: 'csv', contentBase64: Buffer.from(csv).toString('base64') } },
        countyAdmin,
      );
      expect(imp.data?.importBenefitLinks).toMatchObject({ status: 'failed', createdRows: 0 });
      expect(imp.data?.importBenefitLinks.errors).toEqual([
        { row: 2, field: '供应商统一社会信用代码', message: `只能与本县（本辖区）的供应商建立利益联结：${JIAOCHENG_SUPPLIER_CODE}` },
      ]);
      expect(await count(t, `SELECT count(*)::int AS n FROM benefit_link WHERE household_id = $1`, [h.id])).toBe(before + 1);
    });
  });

  describe('work unit import', () => {
    const IMPORT = `mutation($input: ImportWorkUnitsInput!) { importWorkUnits(input: $input) { created errors { row field message } } }`;
    const run = (csv: string, token: string) =>
      t.gql<{ importWorkUnits: { created: number; errors: { row: number; field: string; message: string }[] } }>(
        IMPORT,
        { input: { format: 'csv', contentBase64: Buffer.from(csv).toString('base64') } },
        token,
      );

    it('county finance cannot import units under another county’s unit; under their own it works', async () => {
      const before = await count(t, `SELECT count(*)::int AS n FROM work_unit`);
      const refused = await run(['单位名称,行政区划代码,主管单位', `汾西县测试中心,${FENXI},交城县农业农村局`].join('\n'), finance);
      expect(refused.data?.importWorkUnits).toEqual({
        created: 0,
        errors: [{ row: 2, field: 'parent', message: '不能把单位挂到其他地区的主管单位下：交城县农业农村局' }],
      });
      expect(await count(t, `SELECT count(*)::int AS n FROM work_unit`)).toBe(before);

      const ok = await run(['单位名称,行政区划代码,主管单位', `汾西县测试中心,${FENXI},汾西县农业农村局`].join('\n'), finance);
      expect(ok.data?.importWorkUnits).toEqual({ created: 1, errors: [] });
      const [row] = await t.db.query(
        `SELECT p.name FROM work_unit u JOIN work_unit p ON p.id = u.parent_id WHERE u.name = '汾西县测试中心'`,
      );
      expect(row.name).toBe('汾西县农业农村局');
    });
  });

  describe('re-binding an order to another unit', () => {
    const REQUEST = `mutation($o: ID!, $u: ID!) { requestBindingChange(orderId: $o, toUnitId: $u, reason: "计入其他单位") { id } }`;

    it('a buyer can re-bind only to a unit of their membership history or above the order’s unit', async () => {
      const walnut = await skuOf(t, 'walnut');
      await t.db.query(`UPDATE product_sku SET stock_available = stock_available + 10 WHERE id = $1`, [walnut.skuId]);
      const addressId = await addAddress(t, purchaser);
      const placed = await t.gql<{ placeOrder: PlacedOrder[] }>(
        PLACE,
        { input: { lines: [line(walnut, 1)], addressId, paymentMethod: 'bank_transfer', paymentTerm: 'pay_first', purpose: 'canteen' } },
        purchaser,
      );
      const order = placed.data!.placeOrder[0];
      const unitOf = async (name: string) => (await t.db.query(`SELECT id FROM work_unit WHERE name = $1`, [name]))[0].id as string;

      for (const stranger of ['交城县国土资源局', '汾西县人民医院']) {
        const r = await t.gql(REQUEST, { o: order.id, u: await unitOf(stranger) }, purchaser);
        expect(r.errors?.[0]).toMatchObject({
          message: '只能变更为您现在或曾经所在的单位，或订单所计单位的主管单位',
          extensions: { code: 'BAD_USER_INPUT', field: 'toUnitId' },
        });
      }
      expect(await count(t, `SELECT count(*)::int AS n FROM order_binding_change WHERE order_id = $1`, [order.id])).toBe(0);
      const ok = await t.gql(REQUEST, { o: order.id, u: await unitOf('汾西县教育局') }, purchaser);
      expect(ok.errors).toBeUndefined();
    });
  });
});
