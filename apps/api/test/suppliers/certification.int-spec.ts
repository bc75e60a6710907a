import { CatalogService, CertificationExpiryJob, CERT_EXPIRY_LOCK_KEY, CertificationService } from '@yigou/server/catalog';
import { RequestContext } from '@yigou/server/core';
import { createTestApp, TestApp } from '@yigou/server/testing';
import { count, otherCountyAdmin, pngBytes, tempDataDir, upload } from './supplier-fixtures';

const SUBMIT = `mutation($input: SubmitCertificationInput!) { submitCertification(input: $input) { id verifiedAt current } }`;
const VERIFY = `mutation($input: CertificationDecisionInput!) { verifyCertification(input: $input) { id verifiedAt current } }`;
const NOTES = `{ myNotifications(first: 50) { edges { node { kind title body refId } } } }`;

/**
 * When the certificate is submitted and verified (the test clock): a certificate valid to 2027-01-31 is refused as
 * expired, and is no longer current, once the wall clock passes that day; these tests must not depend on it.
 */
const SUBMITTED_AT = { 'x-test-now': '2026-10-20T10:00:00+08:00' };

// Boots the API on a shared 2-core machine: give hooks room.
jest.setTimeout(60_000);
describe('poverty-relief certification: county verification and expiry reminders on a controllable clock', () => {
  let t: TestApp;
  let supplier: string;
  let county: string;
  let productId: string;
  let certId: string;
  let certs: CertificationService;

  const notesOf = async (token: string) =>
    (await t.gql<{ myNotifications: { edges: { node: { kind: string; title: string; refId: string } }[] } }>(NOTES, {}, token))
      .data!.myNotifications.edges.map((e) => e.node)
      .filter((n) => n.refId === productId);

  beforeAll(async () => {
    t = await createTestApp({ dataDir: tempDataDir() });
    certs = t.api.app.get(CertificationService);
    supplier = await t.loginAs('supplier');
    county = await t.loginAs('county-admin');
    // a gaohan product with no certification of its own, so only ours counts
    const [{ id }]: { id: string }[] = await t.db.query(
      `SELECT p.id FROM product p JOIN supplier su ON su.id = p.supplier_id WHERE su.demo_key = 'gaohan' ORDER BY p.id LIMIT 1`,
    );
    productId = id;
    await t.db.query(`DELETE FROM product_certification WHERE product_id = $1`, [productId]);
  });
  afterAll(() => t.close());

  it('a submitted certificate is not "certified" until the county admin of the supplier’s county verifies it', async () => {
    const evidence = (await upload(t, supplier, await pngBytes())).body.url;
    const r = await t.gql<{ submitCertification: { id: string; current: boolean } }>(
      SUBMIT,
      {
        input: {
          productId,
          certificateNo: '晋扶认〔2026〕141034-101',
          issuedBy: '汾西县乡村振兴局',
          batch: '2026 第一批',
          validFrom: '2026-01-01',
          validTo: '2027-01-31',
          evidenceImageUrl: evidence,
        },
      },
      supplier,
      SUBMITTED_AT,
    );
    expect(r.errors).toBeUndefined();
    certId = r.data!.submitCertification.id;
    expect(r.data!.submitCertification.current).toBe(false);
    const other = await otherCountyAdmin(t);
    const refused = await t.gql(VERIFY, { input: { certificationId: certId } }, other, SUBMITTED_AT);
    // another county's certification is answered like one that does not exist
    expect(refused.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const queue = await t.gql<{ certificationReviewQueue: { id: string }[] }>('{ certificationReviewQueue { id } }', {}, county);
    expect(queue.data!.certificationReviewQueue.map((c) => c.id)).toContain(certId);
    const ok = await t.gql<{ verifyCertification: { verifiedAt: string | null; current: boolean } }>(
      VERIFY,
      { input: { certificationId: certId } },
      county,
      SUBMITTED_AT,
    );
    expect(ok.data!.verifyCertification.verifiedAt).not.toBeNull();
    expect(ok.data!.verifyCertification.current).toBe(true);
  });

  it('sends nothing while more than 90 days remain', async () => {
    expect(await certs.checkExpiries(new Date('2026-11-01T02:00:00+08:00'))).toEqual({ remindersSent: 0 });
    expect(await certs.remindersFor(certId)).toHaveLength(0);
  });

  it('reminds the supplier’s staff and the county admin 90 days before, once', async () => {
    const day90 = new Date('2026-11-02T09:00:00+08:00'); // 90 days before 2027-01-31
    const first = await certs.checkExpiries(day90);
    expect(first.remindersSent).toBeGreaterThanOrEqual(2);
    expect(await certs.checkExpiries(day90)).toEqual({ remindersSent: 0 });
    expect(await certs.checkExpiries(new Date('2026-11-20T09:00:00+08:00'))).toEqual({ remindersSent: 0 });
    expect((await notesOf(supplier)).map((n) => n.kind)).toEqual(['certification.expiring']);
    expect((await notesOf(county))[0].title).toBe('扶贫产品认定将在90天后到期');
  });

  it('reminds again at 30 and 7 days, each once', async () => {
    await certs.checkExpiries(new Date('2027-01-01T09:00:00+08:00'));
    await certs.checkExpiries(new Date('2027-01-01T20:00:00+08:00'));
    await certs.checkExpiries(new Date('2027-01-24T09:00:00+08:00'));
    expect((await certs.remindersFor(certId)).map((r) => r.threshold)).toEqual(['d90', 'd30', 'd7']);
    expect((await notesOf(supplier)).map((n) => n.title)).toEqual([
      '扶贫产品认定将在7天后到期',
      '扶贫产品认定将在30天后到期',
      '扶贫产品认定将在90天后到期',
    ]);
  });

  it('on expiry the product stays on sale but is no longer certified, and both are told', async () => {
    const catalog = t.api.app.get(CatalogService);
    const lastDay = new RequestContext(null, 'test', new Date('2027-01-31T23:00:00+08:00'));
    const dayAfter = new RequestContext(null, 'test', new Date('2027-02-01T00:30:00+08:00'));
    expect(await catalog.currentCertificationsByProductIds(lastDay, [productId])).toEqual([expect.objectContaining({ id: certId })]);
    expect(await catalog.currentCertificationsByProductIds(dayAfter, [productId])).toEqual([null]);
    await certs.checkExpiries(dayAfter.now);
    await certs.checkExpiries(dayAfter.now);
    expect((await certs.remindersFor(certId)).map((r) => r.threshold)).toEqual(['d90', 'd30', 'd7', 'expired']);
    expect((await notesOf(supplier))[0]).toMatchObject({ kind: 'certification.expired', title: '扶贫产品认定已过期' });
    expect((await notesOf(county))[0].kind).toBe('certification.expired');
    const [{ status }]: { status: string }[] = await t.db.query(`SELECT status FROM product WHERE id = $1`, [productId]);
    expect(status).toBe('on_sale');
  });

  it('a renewed certificate stops reminders about the old one', async () => {
    const before = await count(t, 'certification_reminder');
    await t.db.query(
      `INSERT INTO product_certification (product_id, certificate_no, issued_by, valid_from, valid_to, verified_at)
       VALUES ($1, '晋扶认〔2027〕141034-007', '汾西县乡村振兴局', '2027-01-15', '2029-01-14', now())`,
      [productId],
    );
    await certs.checkExpiries(new Date('2027-02-10T09:00:00+08:00'));
    expect(await count(t, 'certification_reminder')).toBe(before);
  });

  it('the periodic job runs in one process only: it skips while another holds the advisory lock', async () => {
    const job = t.api.app.get(CertificationExpiryJob);
    const runner = t.db.createQueryRunner();
    await runner.connect();
    try {
      await runner.query('SELECT pg_advisory_lock($1)', [CERT_EXPIRY_LOCK_KEY]);
      expect(await job.runOnce(new Date('2027-02-10T09:00:00+08:00'))).toBeNull();
      await runner.query('SELECT pg_advisory_unlock($1)', [CERT_EXPIRY_LOCK_KEY]);
      expect(await job.runOnce(new Date('2027-02-10T09:00:00+08:00'))).toBe(0);
    } finally {
      await runner.release();
    }
  });

  it('notifications are marked read by their owner only', async () => {
    const mine = await t.gql<{ myNotifications: { edges: { node: { id: string } }[] } }>(
      '{ myNotifications { edges { node { id } } } }',
      {},
      supplier,
    );
    const ids = mine.data!.myNotifications.edges.map((e) => e.node.id);
    const byOther = await t.gql<{ markNotificationsRead: number }>(
      'mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }',
      { ids },
      county,
    );
    expect(byOther.data!.markNotificationsRead).toBe(0);
    const byOwner = await t.gql<{ markNotificationsRead: number }>(
      'mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }',
      { ids },
      supplier,
    );
    expect(byOwner.data!.markNotificationsRead).toBe(ids.length);
    expect(
      (await t.gql<{ myUnreadNotificationCount: number }>('{ myUnreadNotificationCount }', {}, supplier)).data!.myUnreadNotificationCount,
    ).toBe(0);
  });
});
