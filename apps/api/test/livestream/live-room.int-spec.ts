import ExcelJS from 'exceljs';
import { EventDispatcher, ORDER_EVENTS } from '@yigou/server/events';
import { createTestApp, TestApp } from '@yigou/server/testing';
import { appendOrderEvent, demoUser, liveSessionWithPear, until, watch } from './live-fixtures';

const COMMENT = `mutation($input: PostLiveCommentInput!) { postLiveComment(input: $input) { id body authorName } }`;

// Starting API instances on the shared, loaded test machine can take longer than jest's 5 s default.
jest.setTimeout(60_000);

describe('live room (one process, in-memory pub/sub): comments, likes and reports', () => {
  let t: TestApp;
  let host: string;
  beforeAll(async () => {
    t = await createTestApp({ eventsAutoDeliver: false, redisUrl: null });
    host = await t.loginAs('host');
  });
  afterAll(() => t.close());

  it('comments are plain text: HTML and script are stored as typed and pushed as text; too long or too fast is refused', async () => {
    const s = await liveSessionWithPear(t, host, {});
    const viewer = watch(t, s.sessionId);
    await viewer.ready;
    const buyer = await t.loginAs('buyer');
    const html = '<img src=x onerror=alert(1)><script>alert("x")</script> 好甜！';
    const ok = await t.gql<{ postLiveComment: { id: string; body: string; authorName: string } }>(
      COMMENT,
      { input: { sessionId: s.sessionId, body: html } },
      buyer,
    );
    expect(ok.data?.postLiveComment).toMatchObject({ body: html, authorName: '王晓文' });
    const [row] = await t.db.query(`SELECT body FROM live_comment WHERE id = $1`, [ok.data!.postLiveComment.id]);
    expect(row.body).toBe(html);

    const fast = await t.gql(COMMENT, { input: { sessionId: s.sessionId, body: '再来一条' } }, buyer);
    expect(fast.errors?.[0].extensions).toMatchObject({ code: 'LIVE_COMMENT_TOO_FAST', retryAfterSeconds: 3 });
    const long = await t.gql(COMMENT, { input: { sessionId: s.sessionId, body: '梨'.repeat(201) } }, await t.loginAs('purchaser'));
    expect(long.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
    const blank = await t.gql(COMMENT, { input: { sessionId: s.sessionId, body: '   ' } }, await t.loginAs('purchaser'));
    expect(blank.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
    const anonymous = await t.gql(COMMENT, { input: { sessionId: s.sessionId, body: '你好' } });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    await until(() => viewer.pushes.some((p) => p.data?.liveUpdates.comments.some((c) => c.body === html)), 3000, 'comment push');
    await viewer.client.dispose();
  });

  it('the host deletes a comment (pushed as deleted) and mutes a viewer; viewers cannot moderate', async () => {
    const s = await liveSessionWithPear(t, host, {});
    const viewer = watch(t, s.sessionId);
    await viewer.ready;
    const purchaser = await t.loginAs('purchaser');
    const posted = await t.gql<{ postLiveComment: { id: string } }>(
      COMMENT,
      { input: { sessionId: s.sessionId, body: '广告广告' } },
      purchaser,
    );
    const id = posted.data!.postLiveComment.id;
    const del = `mutation($id: ID!) { deleteLiveComment(id: $id) }`;
    expect((await t.gql(del, { id }, purchaser)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(del, { id }, host)).data).toEqual({ deleteLiveComment: true });
    await until(() => viewer.pushes.some((p) => p.data?.liveUpdates.deletedCommentIds.includes(id)), 3000, 'deletion push');
    const room = await t.gql<{ liveSession: { recentComments: { id: string }[] } }>(
      `query($id: ID!) { liveSession(id: $id) { recentComments { id } } }`,
      { id: s.sessionId },
    );
    expect(room.data?.liveSession.recentComments).toEqual([]);

    const { id: purchaserId } = await demoUser(t, 'purchaser');
    await t.gql(`mutation($s: ID!, $u: ID!) { muteLiveViewer(sessionId: $s, userId: $u) }`, { s: s.sessionId, u: purchaserId }, host);
    await new Promise((r) => setTimeout(r, 3100)); // past the rate limit, so only the mute refuses
    const mutedTry = await t.gql(COMMENT, { input: { sessionId: s.sessionId, body: '我还能说话吗' } }, purchaser);
    expect(mutedTry.errors?.[0].extensions?.code).toBe('LIVE_MUTED');
    await viewer.client.dispose();
  });

  it('concurrent likes each count once: the totals returned are 1 to 5', async () => {
    const s = await liveSessionWithPear(t, host, {});
    const buyer = await t.loginAs('buyer');
    const like = `mutation($id: ID!) { likeLiveSession(sessionId: $id) }`;
    const totals = await Promise.all(Array.from({ length: 5 }, () => t.gql<{ likeLiveSession: number }>(like, { id: s.sessionId }, buyer)));
    expect(totals.map((r) => r.data?.likeLiveSession).sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it('session and county reports come from the order events; the office sentence is built from the data; XLSX exports it', async () => {
    const dispatcher = t.api.app.get(EventDispatcher);
    const buyer = await demoUser(t, 'buyer');
    const purchaser = await demoUser(t, 'purchaser');
    const from = new Date(Date.now() - 3600_000).toISOString();
    const s1 = await liveSessionWithPear(t, host, { stockCap: 100, hostName: '李县长' });
    await liveSessionWithPear(t, host, { kind: 'tourism', hostName: '李县长', title: '汾西文旅推介' });
    const s3 = await liveSessionWithPear(t, await t.loginAs('county-admin'), { hostName: '王书记' });
    const line = (s: typeof s1, q: number) => ({
      sessionId: s.sessionId,
      productId: s.productId,
      skuId: s.skuId,
      quantity: q,
      unitPriceFen: s.livePriceFen,
    });
    await appendOrderEvent(t, ORDER_EVENTS.paid, { ...line(s1, 2), buyerId: buyer.id, unitId: buyer.unitId });
    const cancelled = await appendOrderEvent(t, ORDER_EVENTS.paid, { ...line(s1, 1), buyerId: purchaser.id, unitId: purchaser.unitId });
    await appendOrderEvent(t, ORDER_EVENTS.cancelled, {
      ...line(s1, 1),
      buyerId: purchaser.id,
      unitId: purchaser.unitId,
      orderId: cancelled,
    });
    await appendOrderEvent(t, ORDER_EVENTS.paid, { ...line(s3, 3), buyerId: purchaser.id, unitId: purchaser.unitId });
    // not a live order
    await appendOrderEvent(t, ORDER_EVENTS.paid, { ...line(s1, 1), buyerId: buyer.id, unitId: buyer.unitId, sessionId: null });
    await dispatcher.drain();
    await dispatcher.drain(); // a second round changes nothing

    const r1 = await t.gql<{ liveSessionReport: Record<string, unknown> }>(
      `query($id: ID!) { liveSessionReport(sessionId: $id) { orders items paidSalesFen buyers buyerUnits averageOrderFen topProducts { name quantity salesFen } } }`,
      { id: s1.sessionId },
      host,
    );
    expect(r1.data?.liveSessionReport).toEqual({
      orders: 1,
      items: 2,
      paidSalesFen: String(2 * s1.livePriceFen),
      buyers: 1,
      buyerUnits: 1,
      averageOrderFen: String(2 * s1.livePriceFen),
      topProducts: [{ name: '玉露香梨', quantity: 2, salesFen: String(2 * s1.livePriceFen) }],
    });
    const buyerToken = await t.loginAs('buyer');
    expect(
      (await t.gql(`query($id: ID!) { liveSessionReport(sessionId: $id) { orders } }`, { id: s1.sessionId }, buyerToken)).errors?.[0]
        .extensions?.code,
    ).toBe('FORBIDDEN');

    const args = { countyCode: '141034', from, to: new Date(Date.now() + 3600_000).toISOString() };
    const period = await t.gql<{
      livePeriodReport: {
        hosts: number;
        sessions: number;
        tourismSessions: number;
        orders: number;
        salesFen: string;
        summary: string;
        byHost: { hostName: string; salesSessions: number; tourismSessions: number }[];
      };
    }>(
      `query($countyCode: String!, $from: DateTime!, $to: DateTime!) { livePeriodReport(countyCode: $countyCode, from: $from, to: $to) { hosts sessions tourismSessions orders salesFen summary byHost { hostName salesSessions tourismSessions } } }`,
      args,
      host,
    );
    const p = period.data!.livePeriodReport;
    // every session of this test database in the window (earlier tests made some too): check it adds up
    expect(p.byHost).toEqual(
      expect.arrayContaining([
        { hostName: '李县长', salesSessions: 1, tourismSessions: 1 },
        { hostName: '王书记', salesSessions: 1, tourismSessions: 0 },
      ]),
    );
    const sales = Number(p.salesFen);
    expect(sales).toBe(2 * s1.livePriceFen + 3 * s3.livePriceFen);
    expect(p.orders).toBe(2);
    expect(p.summary).toBe(
      `${p.hosts} 名县级领导直播带货 ${p.sessions} 场（含文旅推介 ${p.tourismSessions} 场），累计销售 2 单，销售金额 ${(sales / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })} 元`,
    );

    const xlsx = await t.gql<{ livePeriodReportXlsx: string }>(
      `query($countyCode: String!, $from: DateTime!, $to: DateTime!) { livePeriodReportXlsx(countyCode: $countyCode, from: $from, to: $to) }`,
      args,
      host,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(xlsx.data!.livePeriodReportXlsx, 'base64') as unknown as ArrayBuffer);
    expect(wb.getWorksheet('汇总')!.getCell('A1').value).toBe(p.summary);
    expect(wb.getWorksheet('场次')!.rowCount).toBe(p.sessions + 1);
  });
});
