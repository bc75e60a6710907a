import ExcelJS from 'exceljs';
import { createTestApp, TestApp } from '@yigou/server/testing';
import { AuthenticatedUserCache } from '@yigou/server/identity';
import { APPLY, application, count, creditCode, otherCountyAdmin, pngBytes, registerUser, tempDataDir, upload } from './supplier-fixtures';

const DECIDE = (name: string) => `mutation($input: SupplierDecisionInput!) { ${name}(input: $input) { id status } }`;
const STATUS = `query($id: ID!) { supplierForReview(id: $id) { id status application { creditCode bankAccountNo } reviewSteps { action fromStatus toStatus reason actorName createdAt } } }`;
const CREATE = `mutation($input: CreateProductInput!) { createProduct(input: $input) { id shelfStatus skus { id available } images { url thumbUrl } } }`;
const SEARCH = `query($s: String!) { products(search: $s) { edges { node { id name certified } } } }`;

// Boots the API on a shared 2-core machine: give hooks room.
jest.setTimeout(60_000);
describe('supplier onboarding: apply → county recommends → platform approves → lists → suspended', () => {
  let t: TestApp;
  let applicant: { token: string; userId: string };
  let county: string;
  let admin: string;
  let licence: string;
  let supplierId: string;

  beforeAll(async () => {
    t = await createTestApp({ dataDir: tempDataDir() });
    applicant = await registerUser(t);
    county = await t.loginAs('county-admin');
    admin = await t.loginAs('admin');
    const up = await upload(t, applicant.token, await pngBytes());
    expect(up.status).toBe(201);
    licence = up.body.url!;
  });
  afterAll(() => t.close());

  it('serves an uploaded image and its thumbnail with cache headers', async () => {
    const res = await fetch(`${t.url}${licence}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toMatch(/max-age=\d+/);
    const thumb = await fetch(`${t.url}${licence.replace(/\.png$/, '.thumb.webp')}`);
    expect(thumb.status).toBe(200);
  });

  it('a registered buyer applies; the supplier is pending, the step is recorded and the applicant becomes its staff', async () => {
    const r = await t.gql<{ applyAsSupplier: { id: string; status: string } }>(APPLY, { input: application(licence) }, applicant.token);
    expect(r.errors).toBeUndefined();
    expect(r.data!.applyAsSupplier.status).toBe('pending');
    supplierId = r.data!.applyAsSupplier.id;
    const mine = await t.gql<{ mySuppliers: { id: string; status: string }[] }>('{ mySuppliers { id status } }', {}, applicant.token);
    expect(mine.data!.mySuppliers).toEqual([{ id: supplierId, status: 'pending' }]);
    const s = await t.gql<{ supplierForReview: { reviewSteps: { action: string }[]; application: { creditCode: string } } }>(
      STATUS,
      { id: supplierId },
      applicant.token,
    );
    expect(s.data!.supplierForReview.reviewSteps.map((x) => x.action)).toEqual(['applied']);
    expect(s.data!.supplierForReview.application.creditCode).toBe(creditCode(1));
  });

  it('a pending supplier cannot list products yet', async () => {
    const r = await t.gql(
      CREATE,
      { input: { supplierId, name: '测试香梨', category: 'fruit', skus: [{ spec: '5kg', unit: '箱', priceFen: '6800', stock: 5 }] } },
      applicant.token,
    );
    expect(r.errors?.[0].extensions?.code).toBe('SUPPLIER_NOT_APPROVED');
  });

  it('the platform cannot approve before the county recommends', async () => {
    const r = await t.gql(DECIDE('approveSupplier'), { input: { supplierId } }, admin);
    expect(r.errors?.[0].extensions?.code).toBe('INVALID_TRANSITION');
    expect(r.errors?.[0].message).toContain('待县级推荐');
  });

  it('the county admin of another county neither sees nor reviews the applicant', async () => {
    const other = await otherCountyAdmin(t);
    const q = await t.gql<{ supplierReviewQueue: { edges: { node: { id: string } }[] } }>(
      '{ supplierReviewQueue { edges { node { id } } } }',
      {},
      other,
    );
    expect(q.data!.supplierReviewQueue.edges.map((e) => e.node.id)).not.toContain(supplierId);
    const before = await count(t, 'supplier_review_step');
    const r = await t.gql(DECIDE('recommendSupplier'), { input: { supplierId } }, other);
    expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await count(t, 'supplier_review_step')).toBe(before);
    const s = await t.gql(STATUS, { id: supplierId }, other);
    expect(s.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('the county admin sees the applicant in the queue and recommends it', async () => {
    const q = await t.gql<{ supplierReviewQueue: { edges: { node: { id: string } }[] } }>(
      '{ supplierReviewQueue { edges { node { id } } } }',
      {},
      county,
    );
    expect(q.data!.supplierReviewQueue.edges.map((e) => e.node.id)).toContain(supplierId);
    const r = await t.gql<{ recommendSupplier: { status: string } }>(
      DECIDE('recommendSupplier'),
      { input: { supplierId, reason: '材料齐全' } },
      county,
    );
    expect(r.data!.recommendSupplier.status).toBe('recommended');
    const again = await t.gql(DECIDE('recommendSupplier'), { input: { supplierId } }, county);
    expect(again.errors?.[0].extensions?.code).toBe('INVALID_TRANSITION');
  });

  it('only the platform approves; the applicant sees each step with who and why', async () => {
    const byCounty = await t.gql(DECIDE('approveSupplier'), { input: { supplierId } }, county);
    expect(byCounty.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const r = await t.gql<{ approveSupplier: { status: string } }>(DECIDE('approveSupplier'), { input: { supplierId } }, admin);
    expect(r.data!.approveSupplier.status).toBe('approved');
    const s = await t.gql<{ supplierForReview: { reviewSteps: { action: string; reason: string | null; actorName: string }[] } }>(
      STATUS,
      { id: supplierId },
      applicant.token,
    );
    expect(s.data!.supplierForReview.reviewSteps.map((x) => [x.action, x.reason])).toEqual([
      ['applied', null],
      ['recommended', '材料齐全'],
      ['approved', null],
    ]);
    const notes = await t.gql<{ myNotifications: { edges: { node: { kind: string } }[] } }>(
      '{ myNotifications { edges { node { kind } } } }',
      {},
      applicant.token,
    );
    expect(notes.data!.myNotifications.edges.map((e) => e.node.kind)).toEqual(['supplier.approved', 'supplier.recommended']);
  });

  it('the staff role the application gave is in the platform admin’s role audit log and its export, once', async () => {
    const log = await t.gql<{ roleAuditLog: { edges: { node: Record<string, string> }[] } }>(
      `query($u: ID) { roleAuditLog(userId: $u) { edges { node { action actorName actorRole targetName role scopeLabel reason } } } }`,
      { u: applicant.userId },
      admin,
    );
    expect(log.errors).toBeUndefined();
    expect(log.data!.roleAuditLog.edges.map((e) => e.node)).toEqual([
      {
        action: 'grant',
        actorName: '申请人',
        actorRole: 'buyer',
        targetName: '申请人',
        role: 'supplier_staff',
        scopeLabel: '汾西县测试果蔬专业合作社',
        reason: '提交供应商入驻申请',
      },
    ]);
    const file = await t.gql<{ exportRoleAuditLog: { contentBase64: string } }>(
      `query { exportRoleAuditLog { contentBase64 } }`,
      {},
      admin,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.data!.exportRoleAuditLog.contentBase64, 'base64') as unknown as ArrayBuffer);
    const rows = wb.worksheets[0]
      .getSheetValues()
      .slice(2)
      .map((r) => (r as unknown[]).slice(1, 8).map(String));
    expect(rows.filter((r) => r[4] === '申请人' && r[5] === '供应商')).toEqual([
      [expect.any(String), '授予', '申请人', '个人买家', '申请人', '供应商', '汾西县测试果蔬专业合作社'],
    ]);
  });

  let productId: string;
  it('the approved supplier lists a product with an image and a buyer finds it by search', async () => {
    const img = await upload(t, applicant.token, await pngBytes('#3a3'));
    const r = await t.gql<{
      createProduct: { id: string; shelfStatus: string; skus: { available: number }[]; images: { url: string; thumbUrl: string }[] };
    }>(
      CREATE,
      {
        input: {
          supplierId,
          name: '僧念镇高山苹果',
          category: 'fruit',
          description: '高山冷凉，脆甜多汁',
          imageUrls: [img.body.url],
          skus: [
            { spec: '5kg 装', unit: '箱', priceFen: '5900', stock: 40, weightGrams: 5200 },
            { spec: '10kg 装', unit: '箱', priceFen: '10800', stock: 20 },
          ],
        },
      },
      applicant.token,
    );
    expect(r.errors).toBeUndefined();
    productId = r.data!.createProduct.id;
    expect(r.data!.createProduct.shelfStatus).toBe('draft');
    expect(r.data!.createProduct.skus.map((s) => s.available)).toEqual([40, 20]);
    expect(r.data!.createProduct.images[0].thumbUrl).toMatch(/\.thumb\.webp$/);
    const before = await t.gql<{ products: { edges: unknown[] } }>(SEARCH, { s: '高山苹果' });
    expect(before.data!.products.edges).toHaveLength(0);
    await t.gql(
      'mutation($input: SetProductStatusInput!) { setProductStatus(input: $input) { id } }',
      { input: { productId, status: 'on_sale' } },
      applicant.token,
    );
    const buyer = await t.loginAs('buyer');
    const found = await t.gql<{ products: { edges: { node: { id: string } }[] } }>(SEARCH, { s: 'gspg' }, buyer);
    expect(found.data!.products.edges.map((e) => e.node.id)).toEqual([productId]);
  });

  it('suspension takes the supplier’s products off the search; reinstatement brings them back', async () => {
    const noReason = await t.gql(DECIDE('suspendSupplier'), { input: { supplierId } }, admin);
    expect(noReason.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    await t.gql(DECIDE('suspendSupplier'), { input: { supplierId, reason: '食品安全抽检不合格' } }, admin);
    expect((await t.gql<{ products: { edges: unknown[] } }>(SEARCH, { s: '高山苹果' })).data!.products.edges).toHaveLength(0);
    const edit = await t.gql(
      CREATE,
      { input: { supplierId, name: '另一个商品', category: 'fruit', skus: [{ spec: '1kg', unit: '袋', priceFen: '100', stock: 1 }] } },
      applicant.token,
    );
    expect(edit.errors?.[0].extensions?.code).toBe('SUPPLIER_NOT_APPROVED');
    await t.gql(DECIDE('reinstateSupplier'), { input: { supplierId } }, admin);
    expect((await t.gql<{ products: { edges: unknown[] } }>(SEARCH, { s: '高山苹果' })).data!.products.edges).toHaveLength(1);
  });

  it('the platform takes a product off the shelves with a reason, and the supplier cannot relist it', async () => {
    const SET = 'mutation($input: SetProductStatusInput!) { setProductStatus(input: $input) { shelfStatus offShelfReason } }';
    const noReason = await t.gql(SET, { input: { productId, status: 'off_sale' } }, admin);
    expect(noReason.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const r = await t.gql<{ setProductStatus: { shelfStatus: string; offShelfReason: string } }>(
      SET,
      { input: { productId, status: 'off_sale', reason: '宣传用语违规' } },
      admin,
    );
    expect(r.data!.setProductStatus).toEqual({ shelfStatus: 'off_sale', offShelfReason: '宣传用语违规' });
    const relist = await t.gql(SET, { input: { productId, status: 'on_sale' } }, applicant.token);
    expect(relist.errors?.[0].extensions?.code).toBe('INVALID_TRANSITION');
    expect(relist.errors?.[0].message).toContain('宣传用语违规');
  });

  it('a rejected application records the county’s reason, and only its applicant may apply again with the code', async () => {
    const other = await registerUser(t, '第二个申请人');
    const img = await upload(t, other.token, await pngBytes('#00f'));
    const a = await t.gql<{ applyAsSupplier: { id: string } }>(
      APPLY,
      { input: application(img.body.url!, { creditCode: creditCode(2), name: '第二合作社' }) },
      other.token,
    );
    const id = a.data!.applyAsSupplier.id;
    const noReason = await t.gql(DECIDE('countyRejectSupplier'), { input: { supplierId: id } }, county);
    expect(noReason.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    await t.gql(DECIDE('countyRejectSupplier'), { input: { supplierId: id, reason: '营业执照已过期' } }, county);
    const s = await t.gql<{ supplierForReview: { status: string; reviewSteps: { action: string; reason: string }[] } }>(
      STATUS,
      { id },
      other.token,
    );
    expect(s.data!.supplierForReview.status).toBe('rejected');
    expect(s.data!.supplierForReview.reviewSteps.at(-1)).toMatchObject({ action: 'county_rejected', reason: '营业执照已过期' });

    // someone else cannot take over the rejected code; the applicant may apply again with it
    const third = await registerUser(t, '第三个申请人');
    const stolen = await t.gql(APPLY, { input: application(img.body.url!, { creditCode: creditCode(2) }) }, third.token);
    expect(stolen.errors?.[0].extensions?.code).toBe('CREDIT_CODE_TAKEN');
    const again = await t.gql<{ applyAsSupplier: { id: string; status: string } }>(
      APPLY,
      {
        input: application(img.body.url!, {
          creditCode: creditCode(2),
          name: '第二合作社',
          benefitDescription: '已更新营业执照，继续以保护价收购脱贫户农产品。',
        }),
      },
      other.token,
    );
    expect(again.data!.applyAsSupplier).toEqual({ id, name: '第二合作社', status: 'pending' });
    const after = await t.gql<{ supplierForReview: { reviewSteps: { action: string; fromStatus: string }[] } }>(
      STATUS,
      { id },
      other.token,
    );
    expect(after.data!.supplierForReview.reviewSteps.map((x) => [x.action, x.fromStatus])).toEqual([
      ['applied', 'pending'],
      ['county_rejected', 'pending'],
      ['applied', 'rejected'],
    ]);
  });

  it('tells the applicant who must act next; where the county has no county admin the platform admin recommends in its place', async () => {
    const NEXT = `query($id: ID!) { supplierForReview(id: $id) { status nextStep { text countyHasReviewer } } }`;
    const next = async (id: string, token = applicant.token) =>
      (
        await t.gql<{ supplierForReview: { status: string; nextStep: { text: string; countyHasReviewer: boolean } | null } }>(
          NEXT,
          { id },
          token,
        )
      ).data!.supplierForReview;
    // 汾西县 has the demo county admin
    const own = await registerUser(t, '汾西申请人');
    const a = await t.gql<{ applyAsSupplier: { id: string } }>(
      APPLY,
      { input: application(licence, { creditCode: creditCode(7), name: '汾西县第七合作社' }) },
      own.token,
    );
    expect((await next(a.data!.applyAsSupplier.id, own.token)).nextStep).toEqual({
      text: '等待汾西县乡村振兴局审核推荐，通过后由平台管理员批准入驻',
      countyHasReviewer: true,
    });
    // 娄烦县 has none: the applicant is told, and the platform admin can recommend and approve
    const lone = await registerUser(t, '娄烦申请人');
    const b = await t.gql<{ applyAsSupplier: { id: string } }>(
      APPLY,
      { input: application(licence, { creditCode: creditCode(8), name: '娄烦县第八合作社', countyCode: '140123' }) },
      lone.token,
    );
    const id = b.data!.applyAsSupplier.id;
    expect((await next(id, lone.token)).nextStep).toEqual({
      text: '娄烦县尚未开通县级审核，由平台管理员代为审核推荐并批准入驻',
      countyHasReviewer: false,
    });
    const queue = await t.gql<{ supplierReviewQueue: { edges: { node: { id: string } }[] } }>(
      '{ supplierReviewQueue(status: pending) { edges { node { id } } } }',
      {},
      admin,
    );
    expect(queue.data!.supplierReviewQueue.edges.map((e) => e.node.id)).toContain(id);
    expect((await t.gql(DECIDE('recommendSupplier'), { input: { supplierId: id } }, admin)).errors).toBeUndefined();
    expect((await next(id, lone.token)).nextStep?.text).toBe('县级已推荐，等待平台管理员批准入驻');
    expect((await t.gql(DECIDE('approveSupplier'), { input: { supplierId: id } }, admin)).errors).toBeUndefined();
    expect(await next(id, lone.token)).toEqual({ status: 'approved', nextStep: null });
    // nobody else learns about the application
    const stranger = await registerUser(t, '路人');
    expect((await t.gql(NEXT, { id }, stranger.token)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('the applicant’s very next request sees the application, even when this process hears of the new grant late', async () => {
    // The per-request user read is cached; a trigger's notification evicts it. Hold every notification 300 ms (in
    // order, as a busy listener would) so that only the writer's settle, not luck, can make the next request fresh.
    const cache = t.api.app.get(AuthenticatedUserCache);
    for (let i = 0; i < 100 && !cache.stats().serving; i++) await new Promise((r) => setTimeout(r, 50));
    const feed = cache.feed;
    const handle = feed.handle.bind(feed);
    let queue = Promise.resolve();
    feed.handle = (payload, from) => {
      const due = Date.now() + 300;
      queue = queue.then(() => new Promise((r) => setTimeout(r, due - Date.now()))).then(() => handle(payload, from));
    };
    try {
      const late = await registerUser(t, '迟到的申请人');
      // cached now, with the buyer grant only
      expect((await t.gql<{ mySuppliers: unknown[] }>('{ mySuppliers { id } }', {}, late.token)).data!.mySuppliers).toEqual([]);
      expect(cache.stats().serving).toBe(true);
      const a = await t.gql<{ applyAsSupplier: { id: string } }>(
        APPLY,
        { input: application(licence, { creditCode: creditCode(11), name: '迟到合作社' }) },
        late.token,
      );
      expect(a.errors).toBeUndefined();
      const s = await t.gql<{ supplierForReview: { status: string } }>(STATUS, { id: a.data!.applyAsSupplier.id }, late.token);
      expect(s.errors).toBeUndefined();
      expect(s.data!.supplierForReview.status).toBe('pending');
    } finally {
      feed.handle = handle;
      await queue;
    }
  });
});
