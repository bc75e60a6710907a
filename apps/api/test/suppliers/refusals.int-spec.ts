import { createTestApp, TestApp } from '@yigou/server/testing';
import { APPLY, application, count, creditCode, pngBytes, registerUser, tempDataDir, upload } from './supplier-fixtures';

const CREATE = `mutation($input: CreateProductInput!) { createProduct(input: $input) { id skus { id } } }`;
const UPDATE = `mutation($input: UpdateProductInput!) { updateProduct(input: $input) { id } }`;
const CERT = `mutation($input: SubmitCertificationInput!) { submitCertification(input: $input) { id } }`;
const ADJUST = `mutation($input: AdjustStockInput!) { adjustStock(input: $input) { id available } }`;

/** Every table a refused operation could have half-written. */
const TABLES = [
  'supplier',
  'supplier_review_step',
  'role_grant',
  'product',
  'product_sku',
  'product_image',
  'stock_movement',
  'product_certification',
  'notification',
];

// Boots the API on a shared 2-core machine: give hooks room.
jest.setTimeout(60_000);
describe('refusals: bad input and role scope, each with a stable code and nothing half-written', () => {
  let t: TestApp;
  let applicant: { token: string; userId: string };
  let licence: string;
  let supplierToken: string; // demo supplier: 高寒农牧专业合作社
  let gaohanId: string;
  let gaohanProductId: string;
  let gaohanSkuId: string;
  let snapshot: Record<string, number>;

  const snap = async () => Object.fromEntries(await Promise.all(TABLES.map(async (tb) => [tb, await count(t, tb)] as const)));
  const expectUnchanged = async () => expect(await snap()).toEqual(snapshot);

  beforeAll(async () => {
    t = await createTestApp({ dataDir: tempDataDir() });
    applicant = await registerUser(t);
    licence = (await upload(t, applicant.token, await pngBytes())).body.url!;
    supplierToken = await t.loginAs('supplier');
    const rows: { id: string; product_id: string; supplier_id: string }[] = await t.db.query(
      `SELECT s.id, p.id AS product_id, p.supplier_id FROM product_sku s JOIN product p ON p.id = s.product_id JOIN supplier su ON su.id = p.supplier_id
        WHERE su.demo_key = 'gaohan' ORDER BY s.id LIMIT 1`,
    );
    [{ id: gaohanSkuId, product_id: gaohanProductId, supplier_id: gaohanId }] = rows;
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    snapshot = await snap();
  });

  const refuse = async (query: string, variables: Record<string, unknown>, token: string | null, code: string, field?: string) => {
    const r = await t.gql(query, variables, token);
    expect(r.data?.[Object.keys(r.data ?? {})[0] as never] ?? null).toBeNull();
    expect(r.errors?.[0].extensions).toMatchObject(field ? { code, field } : { code });
    expect(r.errors?.[0].message).toMatch(/[\u4e00-\u9fa5]/);
    await expectUnchanged();
    return r.errors![0];
  };
  /** The applicant's 入驻申请 with the given licence and fields is refused with this code on this field. */
  const refuseApplication = (licenceUrl: string | null, over: Record<string, unknown>, code: string, field: string) =>
    refuse(APPLY, { input: application(licenceUrl, over) }, applicant.token, code, field);

  it('refuses a credit code with a wrong check character', async () => {
    const good = creditCode(7);
    const bad = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    const e = await refuseApplication(licence, { creditCode: bad }, 'BAD_USER_INPUT', 'creditCode');
    expect(e.message).toContain('校验位');
  });

  it('refuses a credit code of the wrong length', async () => {
    await refuseApplication(licence, { creditCode: '91141034MA0' }, 'BAD_USER_INPUT', 'creditCode');
  });

  it('refuses a credit code already registered', async () => {
    const [{ credit_code }]: { credit_code: string }[] = await t.db.query(`SELECT credit_code FROM supplier WHERE demo_key = 'gaohan'`);
    await refuseApplication(licence, { creditCode: credit_code }, 'CREDIT_CODE_TAKEN', 'creditCode');
  });

  it('refuses two concurrent applications with one code: exactly one succeeds', async () => {
    const other = await registerUser(t, '并发申请人');
    snapshot = await snap();
    const input = application(licence, { creditCode: creditCode(99) });
    const [a, b] = await Promise.all([t.gql(APPLY, { input }, applicant.token), t.gql(APPLY, { input }, other.token)]);
    const codes = [a, b].map((r) => r.errors?.[0].extensions?.code ?? 'ok').sort();
    expect(codes).toEqual(['CREDIT_CODE_TAKEN', 'ok']);
    expect(await count(t, 'supplier')).toBe(snapshot.supplier + 1);
    expect(await count(t, 'role_grant')).toBe(snapshot.role_grant + 1);
  });

  it('refuses an application without a licence, or with a licence url that was not uploaded here', async () => {
    await refuseApplication(null, { creditCode: creditCode(8) }, 'BAD_USER_INPUT', 'licenseImageUrl');
    await refuseApplication(
      '/media/uploads/aa/00000000-0000-0000-0000-000000000000.png',
      { creditCode: creditCode(8) },
      'BAD_USER_INPUT',
      'licenseImageUrl',
    );
  });

  it('refuses a county that is not a county and a village outside it', async () => {
    await refuseApplication(licence, { creditCode: creditCode(9), countyCode: '141000' }, 'UNKNOWN_REGION', 'countyCode');
    await refuseApplication(licence, { creditCode: creditCode(9), villageCode: '141122100001' }, 'BAD_USER_INPUT', 'villageCode');
  });

  it('refuses a file that is not an image, and an image over 10 MB', async () => {
    const notImage = await upload(t, applicant.token, Buffer.from('%PDF-1.4 not an image'), 'licence.png', 'image/png');
    expect(notImage).toMatchObject({ status: 400, body: { code: 'INVALID_IMAGE' } });
    expect(notImage.body.message).toContain('不是有效的图片');
    const big = Buffer.concat([await pngBytes(), Buffer.alloc(10 * 1024 * 1024 + 10)]);
    const tooBig = await upload(t, applicant.token, big);
    expect(tooBig).toMatchObject({ status: 413, body: { code: 'FILE_TOO_LARGE', message: '图片不能超过 10 MB' } });
  });

  it('refuses an upload without a login', async () => {
    expect((await upload(t, null, await pngBytes())).status).toBe(401);
  });

  const product = (over: Record<string, unknown> = {}, sku: Record<string, unknown> = {}) => ({
    input: {
      supplierId: gaohanId,
      name: '测试商品',
      category: 'fruit',
      skus: [{ spec: '5kg', unit: '箱', priceFen: '6800', stock: 10, ...sku }],
      ...over,
    },
  });

  it('refuses a zero or negative price', async () => {
    await refuse(CREATE, product({}, { priceFen: '0' }), supplierToken, 'BAD_USER_INPUT', 'skus.0.priceFen');
    await refuse(CREATE, product({}, { priceFen: '-100' }), supplierToken, 'BAD_USER_INPUT', 'skus.0.priceFen');
  });

  it('refuses a price with fractions of a fen', async () => {
    await refuse(CREATE, product({}, { priceFen: '68.5' }), supplierToken, 'BAD_USER_INPUT');
    await refuse(CREATE, product({}, { priceFen: 68.5 }), supplierToken, 'BAD_USER_INPUT');
  });

  it('refuses stock below zero, on create and by adjustment', async () => {
    await refuse(CREATE, product({}, { stock: -1 }), supplierToken, 'BAD_USER_INPUT', 'skus.0.stock');
    const [{ a }]: { a: number }[] = await t.db.query(`SELECT stock_available AS a FROM product_sku WHERE id = $1`, [gaohanSkuId]);
    await refuse(
      ADJUST,
      { input: { skuId: gaohanSkuId, kind: 'adjusted', quantity: -(a + 1), reason: '盘点' } },
      supplierToken,
      'INSUFFICIENT_STOCK',
      'quantity',
    );
  });

  it('refuses a second SKU when an earlier one is fine: the product is not created at all', async () => {
    await refuse(
      CREATE,
      product({
        skus: [
          { spec: 'a', unit: '箱', priceFen: '100', stock: 1 },
          { spec: 'b', unit: '箱', priceFen: '0', stock: 1 },
        ],
      }),
      supplierToken,
      'BAD_USER_INPUT',
      'skus.1.priceFen',
    );
  });

  it('refuses certificate dates in reverse order', async () => {
    const evidence = (await upload(t, supplierToken, await pngBytes())).body.url;
    snapshot = await snap();
    const certificate = (validFrom: string, validTo: string) => ({
      input: {
        productId: gaohanProductId,
        certificateNo: '晋扶认〔2026〕141034-099',
        issuedBy: '汾西县乡村振兴局',
        validFrom,
        validTo,
        evidenceImageUrl: evidence,
      },
    });
    await refuse(CERT, certificate('2027-06-01', '2027-01-01'), supplierToken, 'BAD_USER_INPUT', 'validTo');
    await refuse(CERT, certificate('2027-02-30', '2028-01-01'), supplierToken, 'BAD_USER_INPUT', 'validFrom');
  });

  describe('supplier A cannot touch supplier B', () => {
    let otherToken: string;
    let otherSupplierId: string;
    beforeAll(async () => {
      // a second approved supplier whose staff is a new user
      const b = await registerUser(t, '乙供应商');
      const r = await t.gql<{ applyAsSupplier: { id: string } }>(
        APPLY,
        { input: application(licence, { creditCode: creditCode(42), name: '乙合作社' }) },
        b.token,
      );
      otherSupplierId = r.data!.applyAsSupplier.id;
      await t.db.query(`UPDATE supplier SET status = 'approved' WHERE id = $1`, [otherSupplierId]);
      otherToken = b.token;
    });

    it('refuses creating a product for another supplier', async () => {
      await refuse(CREATE, product(), otherToken, 'FORBIDDEN');
    });

    it('refuses editing another supplier’s product', async () => {
      await refuse(
        UPDATE,
        {
          input: {
            productId: gaohanProductId,
            name: '改名',
            category: 'fruit',
            skus: [{ spec: 'x', unit: '箱', priceFen: '1', stock: 0 }],
          },
        },
        otherToken,
        'FORBIDDEN',
      );
      await refuse(
        'mutation($input: SetProductStatusInput!) { setProductStatus(input: $input) { id } }',
        { input: { productId: gaohanProductId, status: 'off_sale' } },
        otherToken,
        'FORBIDDEN',
      );
      await refuse('query($id: ID!) { productForEdit(id: $id) { id } }', { id: gaohanProductId }, otherToken, 'FORBIDDEN');
    });

    it('refuses adjusting, or reading the ledger of, another supplier’s stock', async () => {
      await refuse(ADJUST, { input: { skuId: gaohanSkuId, kind: 'received', quantity: 5 } }, otherToken, 'FORBIDDEN');
      await refuse('query($s: ID!) { stockMovements(skuId: $s) { totalCount } }', { s: gaohanSkuId }, otherToken, 'FORBIDDEN');
    });

    it('refuses listing another supplier’s products, low stock or certificates', async () => {
      await refuse('query($s: ID!) { supplierProducts(supplierId: $s) { totalCount } }', { s: gaohanId }, otherToken, 'FORBIDDEN');
      await refuse('query($s: ID!) { lowStockSkus(supplierId: $s) { productId } }', { s: gaohanId }, otherToken, 'FORBIDDEN');
      await refuse('query($p: ID!) { productCertifications(productId: $p) { id } }', { p: gaohanProductId }, otherToken, 'FORBIDDEN');
    });

    it('refuses a SKU id of another product in an edit of one’s own', async () => {
      const own = await t.gql<{ createProduct: { id: string } }>(
        CREATE,
        product({ supplierId: otherSupplierId, name: '乙的商品' }),
        otherToken,
      );
      snapshot = await snap();
      await refuse(
        UPDATE,
        {
          input: {
            productId: own.data!.createProduct.id,
            name: '乙的商品',
            category: 'fruit',
            skus: [{ id: gaohanSkuId, spec: 'x', unit: '箱', priceFen: '1' }],
          },
        },
        otherToken,
        'BAD_USER_INPUT',
        'skus.0.id',
      );
    });
  });

  it('a buyer cannot use supplier or reviewer operations', async () => {
    const buyer = await t.loginAs('buyer');
    await refuse(CREATE, product(), buyer, 'FORBIDDEN');
    await refuse('{ supplierReviewQueue { totalCount } }', {}, buyer, 'FORBIDDEN');
  });
});
