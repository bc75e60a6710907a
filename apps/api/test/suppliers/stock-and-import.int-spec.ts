import ExcelJS from 'exceljs';
import { ProductImportService, StockService } from '@yigou/server/catalog';
import { createTestApp, TestApp } from '@yigou/server/testing';
import { count, tempDataDir } from './supplier-fixtures';

const JOB = `query($id: ID!) { productImportJob(id: $id) { id status totalRows validRows processedRows importedProducts errorCount errors { row column message } failureMessage } }`;

interface Job {
  id: string;
  status: string;
  totalRows: number;
  validRows: number;
  processedRows: number;
  importedProducts: number;
  errorCount: number;
  errors: { row: number; column: string; message: string }[];
  failureMessage: string | null;
}

// Boots the API on a shared 2-core machine: give hooks room.
jest.setTimeout(60_000);
describe('stock ledger surface and spreadsheet import', () => {
  let t: TestApp;
  let supplier: string;
  let gaohanId: string;

  beforeAll(async () => {
    t = await createTestApp({ dataDir: tempDataDir() });
    supplier = await t.loginAs('supplier');
    [{ id: gaohanId }] = await t.db.query(`SELECT id FROM supplier WHERE demo_key = 'gaohan'`);
  });
  afterAll(() => t.close());

  const startImport = async (
    name: string,
    bytes: Buffer,
    opts: { importValidRows?: boolean; token?: string; supplierId?: string } = {},
  ) => {
    const form = new FormData();
    form.append('supplierId', opts.supplierId ?? gaohanId);
    form.append('importValidRows', String(!!opts.importValidRows));
    form.append('file', new Blob([new Uint8Array(bytes)]), name);
    const res = await fetch(`${t.url}/catalog/imports`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${opts.token ?? supplier}` },
    });
    return { status: res.status, body: (await res.json()) as Job & { code?: string; message?: string } };
  };
  const finished = async (id: string): Promise<Job> => {
    await t.api.app.get(ProductImportService).settled(id);
    const r = await t.gql<{ productImportJob: Job }>(JOB, { id }, supplier);
    return r.data!.productImportJob;
  };

  describe('stock', () => {
    let skuId: string;
    beforeAll(async () => {
      [{ id: skuId }] = await t.db.query(
        `SELECT s.id FROM product_sku s JOIN product p ON p.id = s.product_id WHERE p.supplier_id = $1 ORDER BY s.id LIMIT 1`,
        [gaohanId],
      );
    });

    it('receives and adjusts stock as ledger movements with reason and actor, newest first', async () => {
      const ADJ = `mutation($input: AdjustStockInput!) { adjustStock(input: $input) { available } }`;
      const r1 = await t.gql<{ adjustStock: { available: number } }>(
        ADJ,
        { input: { skuId, kind: 'received', quantity: 30, reason: '新到货' } },
        supplier,
      );
      const r2 = await t.gql<{ adjustStock: { available: number } }>(
        ADJ,
        { input: { skuId, kind: 'adjusted', quantity: -5, reason: '盘点损耗' } },
        supplier,
      );
      expect(r2.data!.adjustStock.available).toBe(r1.data!.adjustStock.available - 5);
      const noReason = await t.gql(ADJ, { input: { skuId, kind: 'adjusted', quantity: -1 } }, supplier);
      expect(noReason.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
      const m = await t.gql<{
        stockMovements: { totalCount: number; edges: { node: { kind: string; availableDelta: number; reason: string } }[] };
      }>(
        'query($s: ID!) { stockMovements(skuId: $s, first: 2) { totalCount edges { node { kind availableDelta reason } } } }',
        { s: skuId },
        supplier,
      );
      expect(m.data!.stockMovements.edges.map((e) => e.node)).toEqual([
        { kind: 'adjusted', availableDelta: -5, reason: '盘点损耗' },
        { kind: 'received', availableDelta: 30, reason: '新到货' },
      ]);
      expect(await t.api.app.get(StockService).inconsistentSkus()).toEqual([]);
    });

    it('pages the ledger by its ids: the next page starts after the last one; a cursor past bigint is INVALID_CURSOR', async () => {
      const PAGE = `query($s: ID!, $first: Int, $after: String) { stockMovements(skuId: $s, first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id reason } } } }`;
      type Page = {
        stockMovements: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
          edges: { cursor: string; node: { id: string; reason: string } }[];
        };
      };
      const two = await t.gql<Page>(PAGE, { s: skuId, first: 2 }, supplier);
      const first = await t.gql<Page>(PAGE, { s: skuId, first: 1 }, supplier);
      expect(first.data!.stockMovements.pageInfo).toEqual({ hasNextPage: true, endCursor: first.data!.stockMovements.edges[0].cursor });
      const second = await t.gql<Page>(PAGE, { s: skuId, first: 1, after: first.data!.stockMovements.pageInfo.endCursor }, supplier);
      expect([...first.data!.stockMovements.edges, ...second.data!.stockMovements.edges].map((e) => e.node)).toEqual(
        two.data!.stockMovements.edges.map((e) => e.node),
      );
      expect(second.data!.stockMovements.totalCount).toBe(two.data!.stockMovements.totalCount);

      const pastBigint = Buffer.from(JSON.stringify(['99999999999999999999'])).toString('base64url');
      const bad = await t.gql(PAGE, { s: skuId, first: 1, after: pastBigint }, supplier);
      expect(bad.errors?.[0].extensions?.code).toBe('INVALID_CURSOR');
    });

    it('warns about low stock, emptiest first', async () => {
      const [{ a }]: { a: number }[] = await t.db.query(`SELECT stock_available AS a FROM product_sku WHERE id = $1`, [skuId]);
      await t.api.app.get(StockService).apply('adjusted', { skuId, quantity: -(a - 2), reason: 'test' });
      const r = await t.gql<{ lowStockSkus: { sku: { id: string; available: number }; productName: string }[] }>(
        'query($s: ID!) { lowStockSkus(supplierId: $s, threshold: 3) { sku { id available } productName } }',
        { s: gaohanId },
        supplier,
      );
      expect(r.data!.lowStockSkus[0]).toMatchObject({ sku: { id: skuId, available: 2 } });
      expect(r.data!.lowStockSkus.every((x) => x.sku.available <= 3)).toBe(true);
    });
  });

  describe('import', () => {
    it('serves the template as XLSX and CSV', async () => {
      const x = await fetch(`${t.url}/catalog/import-template?format=xlsx`);
      expect(x.headers.get('content-type')).toContain('spreadsheetml');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(await x.arrayBuffer());
      expect(wb.worksheets[0].getRow(1).getCell(1).value).toBe('商品名称');
      const c = await (await fetch(`${t.url}/catalog/import-template?format=csv`)).text();
      expect(c.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('商品名称,分类,规格,单位,价格（元）,库存,重量（克）,产地代码,商品描述');
    });

    const CSV_WITH_ERRORS = [
      '商品名称,分类,规格,单位,价格（元）,库存,重量（克）,产地代码,商品描述',
      '导入测试香梨,水果,5kg 礼盒,箱,68.00,100,5000,,好吃',
      '导入测试香梨,水果,10kg 礼盒,箱,128,50,,,',
      '导入测试木耳,蔬菜,250g,袋,12.345,10,,,',
      '导入测试小米,粮油杂粮,1kg,袋,0,10,,,',
      '导入测试核桃,干果坚果,1kg,袋,30,-3,,,',
      ',水果,1kg,袋,30,3,,,',
      '导入测试蜂蜜,饮料,500g,瓶,45,3,,,',
      '导入测试土豆,蔬菜,5kg,袋,20,3,,999999,',
    ].join('\n');

    it('a file with errors imports nothing and reports each error by row and column in Chinese', async () => {
      const before = await count(t, 'product');
      const { status, body } = await startImport('商品.csv', Buffer.from(CSV_WITH_ERRORS));
      expect(status).toBe(202);
      const job = await finished(body.id);
      expect(job).toMatchObject({ status: 'has_errors', totalRows: 8, validRows: 2 });
      expect(job.errors).toEqual([
        { row: 4, column: '价格（元）', message: '价格格式不正确，最多两位小数（不能有分以下的金额）' },
        { row: 5, column: '价格（元）', message: '价格必须大于0' },
        { row: 6, column: '库存', message: '库存不能小于0' },
        { row: 7, column: '商品名称', message: '请填写商品名称' },
        { row: 8, column: '分类', message: expect.stringContaining('分类「饮料」不存在') },
        { row: 9, column: '产地代码', message: '产地代码 999999 不存在' },
      ]);
      expect(await count(t, 'product')).toBe(before);

      // the user then chooses to import the valid rows: one product with two SKUs
      const c = await t.gql<{ confirmProductImport: Job }>(
        'mutation($id: ID!) { confirmProductImport(id: $id) { status } }',
        { id: job.id },
        supplier,
      );
      expect(c.errors).toBeUndefined();
      const done = await finished(job.id);
      expect(done).toMatchObject({ status: 'done', processedRows: 2, importedProducts: 1 });
      const rows: { spec: string; price_fen: string; stock_available: number }[] = await t.db.query(
        `SELECT s.spec, s.price_fen, s.stock_available FROM product_sku s JOIN product p ON p.id = s.product_id WHERE p.name = '导入测试香梨' ORDER BY s.sort_order`,
      );
      expect(rows).toEqual([
        { spec: '5kg 礼盒', price_fen: '6800', stock_available: 100 },
        { spec: '10kg 礼盒', price_fen: '12800', stock_available: 50 },
      ]);
      expect(await t.api.app.get(StockService).inconsistentSkus()).toEqual([]);
      const again = await t.gql('mutation($id: ID!) { confirmProductImport(id: $id) { status } }', { id: job.id }, supplier);
      expect(again.errors?.[0].extensions?.code).toBe('INVALID_TRANSITION');
    });

    it('imports the valid rows at once when asked up front, from an XLSX file', async () => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('商品');
      ws.addRow(['商品名称', '分类', '规格', '单位', '价格（元）', '库存', '重量（克）', '产地代码', '商品描述']);
      ws.addRow(['XLSX导入双孢菇', '食用菌', '2.5kg', '箱', 39.9, 20, 2500, '141034', '']);
      ws.addRow(['XLSX导入坏行', '食用菌', '1kg', '箱', -1, 20, '', '', '']);
      const { body } = await startImport('mushroom.xlsx', Buffer.from(await wb.xlsx.writeBuffer()), { importValidRows: true });
      const job = await finished(body.id);
      expect(job).toMatchObject({ status: 'done', totalRows: 2, validRows: 1, errorCount: 1, importedProducts: 1 });
      expect(job.errors[0]).toEqual({ row: 3, column: '价格（元）', message: '价格必须大于0' });
      const [{ price_fen }]: { price_fen: string }[] = await t.db.query(
        `SELECT s.price_fen FROM product_sku s JOIN product p ON p.id = s.product_id WHERE p.name = 'XLSX导入双孢菇'`,
      );
      expect(price_fen).toBe('3990');
    });

    it('refuses a file that is neither XLSX nor CSV, a wrong header, and another supplier', async () => {
      const pdf = await startImport('a.pdf', Buffer.from('%PDF'));
      expect(pdf).toMatchObject({ status: 400, body: { code: 'BAD_USER_INPUT' } });
      const { body } = await startImport('x.csv', Buffer.from('名字,价格\n梨,1\n'));
      const job = await finished(body.id);
      expect(job.status).toBe('failed');
      expect(job.failureMessage).toContain('表头与模板不一致');
      const [{ id: other }]: { id: string }[] = await t.db.query(`SELECT id FROM supplier WHERE id <> $1 ORDER BY id LIMIT 1`, [gaohanId]);
      const foreign = await startImport('商品.csv', Buffer.from(CSV_WITH_ERRORS), { supplierId: other });
      expect(foreign).toMatchObject({ status: 403, body: { code: 'FORBIDDEN' } });
    });
  });
});
