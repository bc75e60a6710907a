import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { shanghaiParts } from '@yigou/shared/time';
import { createTestApp, TestApp } from '@yigou/server/testing';
import { fenToRmbUppercase } from '@yigou/shared/money';
import { ProcurementListService } from '@yigou/server/orders';
import { InvoiceIssuerStandIn } from './invoice-standin';
// The fake invoice files are shared with the orders library's unit spec and are no part of its public index.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { fakeInvoiceOfd, fakeInvoicePdf, zipOf } from '../../../../libs/server/orders/src/invoices/testing/invoice-files.fixture';
import { addAddress, line, PLACE, PlacedOrder, Sku, skuOf } from './order-helpers';

jest.setTimeout(120_000);

const SPECIAL = {
  kind: 'special',
  title: '汾西县第一中学',
  taxNo: '12141034MB1234567X',
  bankName: '中国农业银行汾西县支行',
  bankAccount: '14450101040001234',
  address: '山西省临汾市汾西县永安镇府前街 1 号',
  phone: '0357-7221234',
};
const PDF = fakeInvoicePdf();

describe('电子发票 and 报销材料: requests, issue by upload or 数电票 platform, authorised downloads, 采购清单', () => {
  let t: TestApp;
  let dataDir: string;
  let standin: InvoiceIssuerStandIn;
  let purchaser: string;
  let buyer: string;
  let unitAdmin: string;
  let supplier: string;
  let admin: string;
  let pear: Sku;
  let beads: Sku;
  let purchaserAddress: string;
  let unitId: string;
  const month = shanghaiParts(new Date()).month;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'yigou-invoices-'));
    standin = new InvoiceIssuerStandIn('yigou-test', `secret-${Math.random()}`);
    const url = await standin.start();
    process.env.INVOICE_ISSUER_URL = url;
    process.env.INVOICE_ISSUER_APP_KEY = 'yigou-test';
    process.env.INVOICE_ISSUER_APP_SECRET = (standin as unknown as { secret: string }).secret;
    process.env.INVOICE_ISSUER_TIMEOUT_MS = '1500';
    try {
      t = await createTestApp({ eventsAutoDeliver: false, dataDir });
    } finally {
      for (const k of ['INVOICE_ISSUER_URL', 'INVOICE_ISSUER_APP_KEY', 'INVOICE_ISSUER_APP_SECRET', 'INVOICE_ISSUER_TIMEOUT_MS'])
        delete process.env[k];
    }
    [purchaser, buyer, unitAdmin, supplier, admin] = await Promise.all(
      ['purchaser', 'buyer', 'unit-admin', 'supplier', 'admin'].map((l) => t.loginAs(l)),
    );
    [pear, beads] = await Promise.all([skuOf(t, 'yulu-pear-5kg'), skuOf(t, 'bead-ornament')]);
    purchaserAddress = await addAddress(t, purchaser);
    unitId = (await t.db.query(`SELECT unit_id FROM app_user WHERE username = 'purchaser'`))[0].unit_id;
  });
  afterAll(async () => {
    await t?.close();
    await standin.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const place = async (sku: Sku, invoice: object | null, token = purchaser, addressId = purchaserAddress) => {
    const r = await t.gql<{ placeOrder: PlacedOrder[] }>(
      PLACE,
      {
        input: { lines: [line(sku, 1)], addressId, paymentMethod: 'bank_transfer', paymentTerm: 'ship_first', purpose: 'canteen', invoice },
      },
      token,
    );
    return r;
  };
  const placed = async (sku: Sku, invoice: object | null) => {
    const r = await place(sku, invoice);
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    return r.data.placeOrder[0];
  };
  const upload = async (
    orderId: string,
    bytes: Buffer | null,
    invoiceNo: string | null,
    token: string | null = supplier,
    name = 'invoice.pdf',
  ) => {
    const form = new FormData();
    if (invoiceNo !== null) form.append('invoiceNo', invoiceNo);
    if (bytes) form.append('file', new Blob([new Uint8Array(bytes)], { type: 'application/pdf' }), name);
    const res = await fetch(`${t.url}/uploads/invoices/${orderId}`, {
      method: 'POST',
      body: form,
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    return { status: res.status, body: (await res.json()) as { code?: string; message?: string; invoiceNo?: string; format?: string } };
  };
  const download = async (orderId: string, token: string | null) => {
    const res = await fetch(`${t.url}/uploads/invoices/${orderId}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    return {
      status: res.status,
      type: res.headers.get('content-type'),
      disposition: res.headers.get('content-disposition'),
      bytes: Buffer.from(await res.arrayBuffer()),
    };
  };
  const issuedRows = async (orderId?: string) =>
    Number(
      (
        await t.db.query(`SELECT count(*)::int AS n FROM order_invoice ${orderId ? 'WHERE order_id = $1' : ''}`, orderId ? [orderId] : [])
      )[0].n,
    );
  const storedFiles = async (): Promise<number> => {
    const root = join(dataDir, 'private');
    const walk = async (d: string): Promise<number> => {
      const entries = await readdir(d, { withFileTypes: true }).catch(() => []);
      let n = 0;
      for (const e of entries) n += e.isDirectory() ? await walk(join(d, e.name)) : 1;
      return n;
    };
    return walk(root);
  };
  const requestInvoice = (orderId: string, input: object, token = purchaser) =>
    t.gql<{ requestInvoice: { invoice: { kind: string; title: string; bankName: string | null } } }>(
      `mutation($id: ID!, $input: InvoiceInput!) { requestInvoice(orderId: $id, input: $input) { invoice { kind title bankName } } }`,
      { id: orderId, input },
      token,
    );

  it('refuses a 专票 without the unit’s bank, account, address or phone, in Chinese, and writes no order', async () => {
    const before = Number((await t.db.query(`SELECT count(*)::int AS n FROM shop_order`))[0].n);
    const cases: [string, string][] = [
      ['taxNo', '开具专票需要填写纳税人识别号'],
      ['bankName', '开具专票需要填写开户银行'],
      ['bankAccount', '开具专票需要填写银行账号'],
      ['address', '开具专票需要填写单位注册地址'],
      ['phone', '开具专票需要填写单位注册电话'],
    ];
    for (const [missing, message] of cases) {
      const r = await place(pear, { ...SPECIAL, [missing]: missing === 'taxNo' ? null : '  ' });
      expect(r.errors?.[0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT', field: `invoice.${missing}` } });
    }
    expect((await place(pear, { ...SPECIAL, bankAccount: '6222-abc' })).errors?.[0]).toMatchObject({ message: '银行账号应为 8–32 位数字' });
    // all of them at once, with a short 抬头: one refusal names every field, each with its own message
    const all = await place(pear, { kind: 'special', title: '汾' });
    expect(all.errors?.[0]).toMatchObject({
      message: '发票抬头为 2–60 个字',
      extensions: { code: 'BAD_USER_INPUT', field: 'invoice.title' },
    });
    expect(all.errors?.[0].extensions?.fields).toEqual([
      { field: 'invoice.title', message: '发票抬头为 2–60 个字' },
      ...cases.map(([field, message]) => ({ field: `invoice.${field}`, message })),
    ]);
    expect(Number((await t.db.query(`SELECT count(*)::int AS n FROM shop_order`))[0].n)).toBe(before);
  });

  it('stores a 专票 request at checkout, and a 普票 request (or a correction) later from the order; not on another buyer’s order', async () => {
    const o = await placed(pear, SPECIAL);
    const [row] = await t.db.query(`SELECT invoice FROM shop_order WHERE id = $1`, [o.id]);
    expect(row.invoice).toEqual({ ...SPECIAL, bankAccount: '14450101040001234' });

    const later = await placed(pear, null);
    const r = await requestInvoice(later.id, { kind: 'normal', title: '汾西县第一中学工会' });
    expect(r.errors).toBeUndefined();
    expect(r.data!.requestInvoice.invoice).toEqual({ kind: 'normal', title: '汾西县第一中学工会', bankName: null });
    // Someone else's order: refused, unchanged.
    const other = await requestInvoice(later.id, { kind: 'normal', title: '别人的抬头' }, buyer);
    expect(other.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND' });
    // A 专票 without details later: refused, the 普票 request stays.
    const bad = await requestInvoice(later.id, { kind: 'special', title: '汾西县第一中学' });
    expect(bad.errors?.[0]).toMatchObject({ message: '开具专票需要填写纳税人识别号', extensions: { field: 'taxNo' } });
    expect((bad.errors?.[0].extensions?.fields as { field: string }[]).map((f) => f.field)).toEqual([
      'taxNo',
      'bankName',
      'bankAccount',
      'address',
      'phone',
    ]);
    expect((await t.db.query(`SELECT invoice FROM shop_order WHERE id = $1`, [later.id]))[0].invoice).toMatchObject({
      kind: 'normal',
      title: '汾西县第一中学工会',
    });
  });

  it('the supplier sees open requests and issues by upload; a second upload, another supplier’s order and bad files are refused with nothing written', async () => {
    const o = await placed(pear, SPECIAL);
    const desk = await t.gql<{ invoiceRequests: { id: string; invoice: { kind: string } }[] }>(
      `{ invoiceRequests { id invoice { kind } } }`,
      {},
      supplier,
    );
    expect(desk.data!.invoiceRequests.find((x) => x.id === o.id)).toEqual({ id: o.id, invoice: { kind: 'special' } });
    // Another supplier's order (the beads cooperative) is not on this desk and is not found for issuing by it.
    const beadsOrder = await placed(beads, { title: '汾西县第一中学', taxNo: '12141034MB1234567X' });
    expect(desk.data!.invoiceRequests.some((x) => x.id === beadsOrder.id)).toBe(false);
    const files0 = await storedFiles();
    expect(await upload(beadsOrder.id, PDF, '26142000000000000001')).toMatchObject({
      status: 404,
      body: { code: 'NOT_FOUND', message: '订单不存在' },
    });
    // Bad input.
    expect(await upload(o.id, PDF, null)).toMatchObject({ status: 400, body: { message: '请填写发票号码' } });
    expect(await upload(o.id, PDF, '12345')).toMatchObject({
      status: 400,
      body: { message: '发票号码应为 20 位数字（数电票）或 8 位数字' },
    });
    expect(await upload(o.id, null, '26142000000000000001')).toMatchObject({
      status: 400,
      body: { code: 'INVALID_INVOICE_FILE', message: '请选择发票文件（PDF 或 OFD）' },
    });
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(200)]);
    expect(await upload(o.id, png, '26142000000000000001', supplier, 'looks-like.pdf')).toMatchObject({
      status: 400,
      body: { code: 'INVALID_INVOICE_FILE', message: '发票文件应为 PDF 或 OFD 格式' },
    });
    const big = Buffer.concat([PDF, Buffer.alloc(5 * 1024 * 1024)]);
    expect(await upload(o.id, big, '26142000000000000001')).toMatchObject({
      status: 413,
      body: { code: 'FILE_TOO_LARGE', message: '发票文件不能超过 5 MB' },
    });
    expect(await upload(o.id, PDF, '26142000000000000001', null)).toMatchObject({ status: 401 });
    expect(await upload(o.id, PDF, '26142000000000000001', purchaser)).toMatchObject({ status: 403 });
    expect(await issuedRows()).toBe(0);
    expect(await storedFiles()).toBe(files0);

    const ok = await upload(o.id, PDF, '26142000000000000001');
    expect(ok).toMatchObject({ status: 201, body: { invoiceNo: '26142000000000000001', format: 'pdf' } });
    expect(await storedFiles()).toBe(files0 + 1);
    // Twice: refused, nothing written (no row, no file).
    expect(await upload(o.id, PDF, '26142000000000000002')).toMatchObject({
      status: 400,
      body: { code: 'INVOICE_ALREADY_ISSUED', message: '该订单的发票已开具（发票号码 26142000000000000001），不能重复开票' },
    });
    // Two at once for a fresh order: one wins.
    const o2 = await placed(pear, { title: '汾西县第一中学', taxNo: '12141034MB1234567X' });
    const race = await Promise.all([upload(o2.id, PDF, '26142000000000000003'), upload(o2.id, PDF, '26142000000000000004')]);
    expect(race.map((r) => r.status).sort()).toEqual([201, 400]);
    // The same number on another order of the same supplier.
    const o3 = await placed(pear, { title: '汾西县第一中学', taxNo: '12141034MB1234567X' });
    expect(await upload(o3.id, PDF, '26142000000000000001')).toMatchObject({
      status: 400,
      body: { message: '该发票号码已用于本供应商的另一张订单' },
    });
    expect(await issuedRows(o.id)).toBe(1);
    expect(await issuedRows(o2.id)).toBe(1);
    expect(await issuedRows(o3.id)).toBe(0);
    expect(await storedFiles()).toBe(files0 + 2);
    // Gone from the desk; the request can no longer be changed.
    const after = await t.gql<{ invoiceRequests: { id: string }[] }>(`{ invoiceRequests { id } }`, {}, supplier);
    expect(after.data!.invoiceRequests.some((x) => x.id === o.id)).toBe(false);
    expect((await requestInvoice(o.id, { kind: 'normal', title: '改抬头' })).errors?.[0].extensions).toMatchObject({
      code: 'INVOICE_ALREADY_ISSUED',
    });
    // An order without a request, and one not yet paid (pay first), take no invoice.
    const none = await placed(pear, null);
    expect(await upload(none.id, PDF, '26142000000000000005')).toMatchObject({ status: 400, body: { code: 'INVOICE_NOT_REQUESTED' } });
    const unpaid = (
      await t.gql<{ placeOrder: PlacedOrder[] }>(
        PLACE,
        {
          input: {
            lines: [line(pear, 1)],
            addressId: purchaserAddress,
            paymentMethod: 'bank_transfer',
            purpose: 'canteen',
            invoice: { title: '汾西县第一中学' },
          },
        },
        purchaser,
      )
    ).data!.placeOrder[0];
    expect(await upload(unpaid.id, PDF, '26142000000000000006')).toMatchObject({ status: 400, body: { code: 'INVALID_ORDER_STATE' } });
  });

  it('the buyer, the unit admin, the supplier and platform finance download it; other people cannot', async () => {
    const o = await placed(pear, SPECIAL);
    expect((await download(o.id, purchaser)).status).toBe(404); // not issued yet
    expect((await upload(o.id, PDF, '26142000000000000010')).status).toBe(201);
    const told = await t.db.query(`SELECT user_id, title, body FROM notification WHERE kind = 'order.invoice_issued' AND ref_id = $1`, [
      o.id,
    ]);
    expect(told).toEqual([
      {
        user_id: (await t.db.query(`SELECT buyer_id FROM shop_order WHERE id = $1`, [o.id]))[0].buyer_id,
        title: `订单 ${o.orderNo} 的发票已开具`,
        body: '增值税专用发票，发票号码 26142000000000000010，可在订单页下载',
      },
    ]);
    const mine = await download(o.id, purchaser);
    expect(mine).toMatchObject({ status: 200, type: 'application/pdf' });
    expect(mine.bytes.equals(PDF)).toBe(true);
    expect(mine.disposition).toContain(encodeURIComponent(`发票-${o.orderNo}-26142000000000000010.pdf`));
    expect((await download(o.id, unitAdmin)).status).toBe(200);
    expect((await download(o.id, supplier)).status).toBe(200);
    expect((await download(o.id, await t.loginAs('platform-finance'))).status).toBe(200);
    expect((await download(o.id, buyer)).status).toBe(404); // a colleague in the same unit
    expect((await download(o.id, await t.loginAs('county-admin'))).status).toBe(404);
    expect((await download(o.id, null)).status).toBe(401);
    // The file is not at any public url.
    const key: string = (await t.db.query(`SELECT file_key FROM order_invoice WHERE order_id = $1`, [o.id]))[0].file_key;
    expect((await fetch(`${t.url}/media/uploads/${key}`)).status).toBe(404);
    // The order shows it.
    const seen = await t.gql<{ order: { issuedInvoice: { invoiceNo: string; kind: string; format: string } } }>(
      `query($id: ID!) { order(id: $id) { issuedInvoice { invoiceNo kind format } } }`,
      { id: o.id },
      purchaser,
    );
    expect(seen.data!.order.issuedInvoice).toEqual({ invoiceNo: '26142000000000000010', kind: 'special', format: 'pdf' });
  });

  it('takes an OFD package (the 数电票 format) and refuses other ZIPs such as a spreadsheet renamed .ofd', async () => {
    const o = await placed(pear, { title: '汾西县第一中学', taxNo: '12141034MB1234567X' });
    const xlsx = zipOf({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' });
    expect(await upload(o.id, xlsx, '26142000000000000020', supplier, '发票.ofd')).toMatchObject({
      status: 400,
      body: { code: 'INVALID_INVOICE_FILE' },
    });
    const ofd = fakeInvoiceOfd();
    expect(await upload(o.id, ofd, '26142000000000000020', supplier, '发票.ofd')).toMatchObject({ status: 201, body: { format: 'ofd' } });
    const file = await download(o.id, purchaser);
    expect(file).toMatchObject({ status: 200, type: 'application/ofd' });
    expect(file.bytes.equals(ofd)).toBe(true);
    expect(file.disposition).toContain(encodeURIComponent('26142000000000000020.ofd'));
  });

  it('issues through the 数电票 platform stand-in (signed both ways), and says why when it refuses, times out or answers unsigned', async () => {
    const avail = await t.gql<{ invoiceProviderAvailable: boolean }>(`{ invoiceProviderAvailable }`, {}, supplier);
    expect(avail.data!.invoiceProviderAvailable).toBe(true);
    const issue = (id: string, token = supplier) =>
      t.gql<{ issueInvoiceThroughProvider: { invoiceNo: string; issuedVia: string } }>(
        `mutation($id: ID!) { issueInvoiceThroughProvider(orderId: $id) { invoiceNo issuedVia } }`,
        { id },
        token,
      );
    const o = await placed(pear, SPECIAL);
    for (const [mode, message] of [
      ['refuse', '开票平台拒绝开票：购方税号不存在'],
      ['timeout', '开票平台无响应：超时'],
      ['bad-signature', '开票平台的应答签名无效'],
    ] as const) {
      standin.mode = mode;
      const r = await issue(o.id);
      expect(r.errors?.[0]).toMatchObject({ message, extensions: { code: 'INVOICE_ISSUER_FAILED' } });
    }
    expect(await issuedRows(o.id)).toBe(0);
    // The timed-out call was issued at the platform: asking again (same order number) gets that invoice, not a second one.
    const atPlatform = standin.issued.get(o.orderNo);
    expect(atPlatform).toMatch(/^\d{20}$/);
    standin.mode = 'ok';
    const r = await issue(o.id);
    expect(r.errors).toBeUndefined();
    expect(r.data!.issueInvoiceThroughProvider).toEqual({ invoiceNo: atPlatform, issuedVia: 'provider' });
    expect(standin.received.at(-1)).toEqual({ orderNo: o.orderNo, kind: 'special', title: '汾西县第一中学', totalFen: Number(o.totalFen) });
    expect((await issue(o.id)).errors?.[0].extensions).toMatchObject({ code: 'INVOICE_ALREADY_ISSUED' });
    const beadsOrder = await placed(beads, { title: '汾西县第一中学' });
    expect((await issue(beadsOrder.id)).errors?.[0]).toMatchObject({ message: '订单不存在', extensions: { code: 'NOT_FOUND' } });
    const file = await download(o.id, purchaser);
    expect(file.bytes.toString('utf8')).toContain(r.data!.issueInvoiceThroughProvider.invoiceNo);
  });

  it('the unit admin sees all invoices of the unit for a month; purchasers and other units’ people do not', async () => {
    const list = await t.gql<{ unitInvoices: { orderNo: string; invoiceNo: string; supplierName: string; kind: string }[] }>(
      `query($u: ID!, $m: String!) { unitInvoices(unitId: $u, month: $m) { orderNo invoiceNo supplierName kind } }`,
      { u: unitId, m: month },
      unitAdmin,
    );
    expect(list.errors).toBeUndefined();
    const expected = Number((await t.db.query(`SELECT count(*)::int AS n FROM order_invoice WHERE unit_id = $1`, [unitId]))[0].n);
    expect(expected).toBeGreaterThanOrEqual(4);
    expect(list.data!.unitInvoices).toHaveLength(expected);
    expect(list.data!.unitInvoices[0].supplierName).toContain('高寒');
    const q = `query($u: ID!, $m: String!) { unitInvoices(unitId: $u, month: $m) { orderNo } }`;
    expect((await t.gql(q, { u: unitId, m: month }, purchaser)).errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect((await t.gql(q, { u: unitId, m: '2026-13' }, unitAdmin)).errors?.[0]).toMatchObject({ message: '月份格式应为 YYYY-MM' });
    const otherUnit = (await t.db.query(`SELECT id FROM work_unit WHERE id <> $1 LIMIT 1`, [unitId]))[0].id;
    expect((await t.gql(q, { u: otherUnit, m: month }, unitAdmin)).errors?.[0]).toMatchObject({
      message: '只有本单位管理员可以查看单位发票',
    });
    const nextMonth = await t.gql<{ unitInvoices: unknown[] }>(q, { u: unitId, m: '2099-01' }, unitAdmin);
    expect(nextMonth.data!.unitInvoices).toEqual([]);
  });

  it('the month’s 采购清单: page data and XLSX with order numbers, items, supplier, 元 and 大写, invoice numbers and counting status', async () => {
    const q = `query($u: ID, $m: String, $o: ID) { procurementList(unitId: $u, month: $m, orderId: $o) { title unitName month totalFen totalUppercase orders { orderNo supplierName netFen invoiceNo invoiceStatus countingStatus lines { productName quantity amountFen } } } }`;
    type L = {
      procurementList: {
        title: string;
        unitName: string;
        totalFen: string;
        totalUppercase: string;
        orders: {
          orderNo: string;
          supplierName: string;
          netFen: string;
          invoiceNo: string | null;
          invoiceStatus: string;
          countingStatus: string;
          lines: { productName: string }[];
        }[];
      };
    };
    const mine = await t.gql<L>(q, { u: unitId, m: month }, purchaser);
    expect(mine.errors).toBeUndefined();
    const l = mine.data!.procurementList;
    const dbOrders: { order_no: string; total_fen: string }[] = await t.db.query(
      `SELECT order_no, total_fen FROM shop_order WHERE unit_id = $1 AND buyer_id = (SELECT id FROM app_user WHERE username = 'purchaser') AND status NOT IN ('cancelled','pending_payment') ORDER BY created_at, id`,
      [unitId],
    );
    expect(l.orders.map((o) => o.orderNo)).toEqual(dbOrders.map((o) => o.order_no));
    const total = dbOrders.reduce((s, o) => s + Number(o.total_fen), 0);
    expect(Number(l.totalFen)).toBe(total);
    expect(l.totalUppercase).toBe(fenToRmbUppercase(total));
    expect(l.title).toMatch(/采购清单$/);
    const issued = l.orders.find((o) => o.invoiceNo === '26142000000000000010')!;
    expect(issued.invoiceStatus).toBe('已开具增值税专用发票');
    expect(issued.countingStatus).toBe('待付款，付款后计入');
    expect(l.orders.find((o) => o.invoiceNo === null && o.invoiceStatus === '未申请')).toBeDefined();

    // XLSX: the same orders, amounts in 元 with 分, the total in words.
    const x = await t.gql<{ procurementListXlsx: { filename: string; contentBase64: string } }>(
      `query($u: ID, $m: String) { procurementListXlsx(unitId: $u, month: $m) { filename contentBase64 } }`,
      { u: unitId, m: month },
      purchaser,
    );
    expect(x.data!.procurementListXlsx.filename).toMatch(/采购清单\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(x.data!.procurementListXlsx.contentBase64, 'base64') as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet('采购清单')!;
    const cells: unknown[][] = [];
    ws.eachRow((r) => cells.push((r.values as unknown[]).slice(1)));
    // above the header: the unit in the first column, the date the list was made in the 14th
    expect(cells[1][13]).toMatch(/^制表时间：\d{4}-\d{2}-\d{2}$/);
    expect(cells[2].slice(0, 4)).toEqual(['序号', '订单号', '下单日期', '供应商']);
    const orderNos = cells.map((r) => r[1]).filter((v) => typeof v === 'string' && /^YG/.test(v));
    expect(orderNos).toEqual(dbOrders.map((o) => o.order_no));
    expect(cells.find((r) => r[0] === '合计')![12]).toBe(total / 100);
    expect(cells.some((r) => r[0] === `合计金额（大写）：${fenToRmbUppercase(total)}`)).toBe(true);
    expect(cells.some((r) => r[13] === '26142000000000000010' && r[15] === '待付款，付款后计入')).toBe(true);

    // The unit admin gets the whole unit (a colleague's orders too); a colleague only their own; a supplier nothing.
    // A colleague's order in the same unit (only unit purchasers pay by transfer, and card payment has its own suites:
    // the order is placed as the purchaser and handed to the colleague).
    const colleague = await placed(pear, null);
    await t.db.query(`UPDATE shop_order SET buyer_id = (SELECT id FROM app_user WHERE username = 'buyer') WHERE id = $1`, [colleague.id]);
    const all = await t.gql<L>(q, { u: unitId, m: month }, unitAdmin);
    expect(all.data!.procurementList.orders.map((o) => o.orderNo)).toEqual(
      expect.arrayContaining([...dbOrders.map((o) => o.order_no), colleague.orderNo]),
    );
    // a month with more orders than one list holds is refused, not cut short under a wrong 合计
    const lists = t.api.app.get(ProcurementListService);
    lists.maxOrders = all.data!.procurementList.orders.length - 1;
    try {
      expect((await t.gql(q, { u: unitId, m: month }, unitAdmin)).errors?.[0]).toMatchObject({
        message: `该月订单超过 ${lists.maxOrders} 笔，超出一份采购清单的上限，无法生成完整的清单；请联系平台财务处理`,
        extensions: { code: 'BAD_USER_INPUT' },
      });
    } finally {
      lists.maxOrders = 10_000;
    }
    const theirs = await t.gql<L>(q, { u: unitId, m: month }, buyer);
    expect(theirs.data!.procurementList.orders.map((o) => o.orderNo)).toEqual([colleague.orderNo]);
    expect((await t.gql(q, { u: unitId, m: month }, supplier)).errors?.[0]).toMatchObject({ message: '只能导出本单位的采购清单' });
    // One order: its buyer and unit admin, nobody else.
    const one = await t.gql<L>(q, { o: colleague.id }, buyer);
    expect(one.data!.procurementList.orders.map((o) => o.orderNo)).toEqual([colleague.orderNo]);
    expect((await t.gql<L>(q, { o: colleague.id }, unitAdmin)).errors).toBeUndefined();
    expect((await t.gql(q, { o: colleague.id }, purchaser)).errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND' });
    expect((await t.gql(q, {}, purchaser)).errors?.[0]).toMatchObject({ message: '请指定订单，或单位和月份' });
    expect(admin).toBeTruthy();
  });
});
