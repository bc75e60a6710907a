import { LIVE_FOLLOW_NOTICE_LOCK_KEY, LiveFollowNoticeJob } from '@yigou/server/livestream';
import { createTestApp, TestApp } from '@yigou/server/testing';
import { COUNTY, demoUser, pear, supplierAgrees } from './live-fixtures';

jest.setTimeout(60_000);

const SCHEDULE = `mutation($input: ScheduleLiveSessionInput!) { scheduleLiveSession(input: $input) { id status } }`;
const PIN = `mutation($input: PinLiveProductInput!) { pinLiveProduct(input: $input) { id } }`;
const FOLLOW_SUPPLIER = `mutation($id: ID!) { followSupplier(supplierId: $id) { targetKind targetId name } }`;
const UNFOLLOW_SUPPLIER = `mutation($id: ID!) { unfollowSupplier(supplierId: $id) }`;
const FOLLOW_COUNTY = `mutation($code: String!) { followCounty(countyCode: $code) { targetKind targetId name } }`;
const UNFOLLOW_COUNTY = `mutation($code: String!) { unfollowCounty(countyCode: $code) }`;
const MY_FOLLOWS = `{ myFollows { targetKind targetId name } }`;

const minutes = (n: number) => n * 60_000;

describe('followers hear before a live session of their supplier or county starts', () => {
  let t: TestApp;
  let host: string;
  let job: LiveFollowNoticeJob;
  let supplierId: string;
  const tokens: Record<string, string> = {};
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp({ eventsAutoDeliver: false, redisUrl: null });
    host = await t.loginAs('host');
    for (const who of ['buyer', 'purchaser', 'unit-admin', 'supplier']) {
      tokens[who] = await t.loginAs(who);
      ids[who] = (await demoUser(t, who)).id;
    }
    job = t.api.app.get(LiveFollowNoticeJob);
    const p = await pear(t);
    supplierId = (await t.db.query(`SELECT supplier_id FROM product WHERE id = $1`, [p.productId]))[0].supplier_id;
  });
  afterAll(() => t.close());

  /** A scheduled (not started) session of 汾西县 with 玉露香梨 on its list, or of another county without it. */
  async function schedule(startsAt: Date, opts: { countyCode?: string; withPear?: boolean } = {}): Promise<string> {
    const s = await t.gql<{ scheduleLiveSession: { id: string } }>(
      SCHEDULE,
      {
        input: {
          title: '汾西好物 副县长带你尝玉露香梨',
          hostName: '张明',
          hostTitle: '汾西县副县长',
          kind: 'sales',
          countyCode: opts.countyCode ?? COUNTY,
          startsAt: startsAt.toISOString(),
          streamUrl: 'https://live.example.cn/fenxi/index.m3u8',
        },
      },
      opts.countyCode && opts.countyCode !== COUNTY ? await t.loginAs('admin') : host,
    );
    if (!s.data) throw new Error(JSON.stringify(s.errors));
    if (opts.withPear ?? true) {
      const p = await pear(t);
      await supplierAgrees(t, host, {
        sessionId: s.data.scheduleLiveSession.id,
        productId: p.productId,
        skuId: p.skuId,
        livePriceFen: p.priceFen - 500,
        stockCap: 100,
      });
      const pin = await t.gql(
        PIN,
        {
          input: {
            sessionId: s.data.scheduleLiveSession.id,
            productId: p.productId,
            skuId: p.skuId,
            livePriceFen: String(p.priceFen - 500),
          },
        },
        host,
      );
      if (pin.errors) throw new Error(JSON.stringify(pin.errors));
    }
    return s.data.scheduleLiveSession.id;
  }

  const noticesOf = async (sessionId: string): Promise<Record<string, number>> => {
    const rows: { user_id: string; n: number }[] = await t.db.query(
      `SELECT user_id, count(*)::int AS n FROM notification WHERE kind = 'live_upcoming' AND ref_type = 'live_session' AND ref_id = $1 GROUP BY user_id`,
      [sessionId],
    );
    const byLogin: Record<string, number> = {};
    for (const [login, id] of Object.entries(ids)) byLogin[login] = rows.find((r) => r.user_id === id)?.n ?? 0;
    return byLogin;
  };

  it('follow and unfollow a supplier or a county; unknown targets are refused; myFollows names them', async () => {
    const f = await t.gql<{ followSupplier: { targetKind: string; targetId: string; name: string } }>(
      FOLLOW_SUPPLIER,
      { id: supplierId },
      tokens.buyer,
    );
    expect(f.errors).toBeUndefined();
    expect(f.data!.followSupplier).toMatchObject({ targetKind: 'supplier', targetId: supplierId });
    // following twice is one follow
    expect((await t.gql(FOLLOW_SUPPLIER, { id: supplierId }, tokens.buyer)).errors).toBeUndefined();
    const county = await t.gql<{ followCounty: { name: string } }>(FOLLOW_COUNTY, { code: COUNTY }, tokens.purchaser);
    expect(county.data?.followCounty.name).toBe('汾西县');
    // the purchaser also follows the supplier: still told once per session
    expect((await t.gql(FOLLOW_SUPPLIER, { id: supplierId }, tokens.purchaser)).errors).toBeUndefined();
    // unit-admin follows and then unfollows
    expect((await t.gql(FOLLOW_SUPPLIER, { id: supplierId }, tokens['unit-admin'])).errors).toBeUndefined();
    expect((await t.gql(FOLLOW_COUNTY, { code: COUNTY }, tokens['unit-admin'])).errors).toBeUndefined();
    expect(
      (await t.gql<{ unfollowSupplier: boolean }>(UNFOLLOW_SUPPLIER, { id: supplierId }, tokens['unit-admin'])).data?.unfollowSupplier,
    ).toBe(true);
    expect((await t.gql<{ unfollowCounty: boolean }>(UNFOLLOW_COUNTY, { code: COUNTY }, tokens['unit-admin'])).data?.unfollowCounty).toBe(
      true,
    );
    expect((await t.gql<{ unfollowCounty: boolean }>(UNFOLLOW_COUNTY, { code: COUNTY }, tokens['unit-admin'])).data?.unfollowCounty).toBe(
      false,
    );
    // the supplier account follows another county only
    expect((await t.gql(FOLLOW_COUNTY, { code: '141122' }, tokens.supplier)).errors).toBeUndefined();

    expect((await t.gql(FOLLOW_COUNTY, { code: '999999' }, tokens.buyer)).errors?.[0].extensions?.code).toBe('UNKNOWN_REGION');
    expect((await t.gql(FOLLOW_SUPPLIER, { id: '00000000-0000-4000-8000-000000000000' }, tokens.buyer)).errors?.[0].extensions?.code).toBe(
      'NOT_FOUND',
    );
    expect((await t.gql(FOLLOW_COUNTY, { code: COUNTY })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const mine = await t.gql<{ myFollows: { targetKind: string; targetId: string; name: string }[] }>(MY_FOLLOWS, {}, tokens.purchaser);
    expect(mine.data!.myFollows).toEqual([
      { targetKind: 'supplier', targetId: supplierId, name: expect.stringMatching(/\S/) },
      { targetKind: 'county', targetId: COUNTY, name: '汾西县' },
    ]);
    expect((await t.gql<{ myFollows: unknown[] }>(MY_FOLLOWS, {}, tokens['unit-admin'])).data!.myFollows).toEqual([]);
  });

  it('the job tells each follower once, when the session is within the lead time of its start', async () => {
    const startsAt = new Date('2031-03-01T10:00:00+08:00'); // far from the demo sessions
    const sessionId = await schedule(startsAt);

    // 45 minutes before: not yet due
    const early = await job.runOnce(new Date(startsAt.getTime() - minutes(45)));
    expect(early).toEqual({ sessions: 0, notified: 0 });
    expect(await noticesOf(sessionId)).toEqual({ buyer: 0, purchaser: 0, 'unit-admin': 0, supplier: 0 });

    // 20 minutes before: the supplier's follower and the county's follower, once each
    const due = await job.runOnce(new Date(startsAt.getTime() - minutes(20)));
    expect(due).toEqual({ sessions: 1, notified: 2 });
    expect(await noticesOf(sessionId)).toEqual({ buyer: 1, purchaser: 1, 'unit-admin': 0, supplier: 0 });
    const [n] = await t.db.query(`SELECT title, body FROM notification WHERE ref_id = $1 AND user_id = $2`, [sessionId, ids.buyer]);
    expect(n.title).toBe('您关注的直播即将开始：汾西好物 副县长带你尝玉露香梨');
    expect(n.body).toBe('汾西县副县长 张明 将于 3月1日 10:00 开播，直播间有专享价，记得来看。');

    // a second run, later still before the start: nobody hears twice
    const again = await job.runOnce(new Date(startsAt.getTime() - minutes(5)));
    expect(again).toEqual({ sessions: 1, notified: 0 });
    expect(await noticesOf(sessionId)).toEqual({ buyer: 1, purchaser: 1, 'unit-admin': 0, supplier: 0 });

    // the buyer sees it in their notifications
    const mine = await t.gql<{ myNotifications: { edges: { node: { title: string } }[] } }>(
      `{ myNotifications(first: 5) { edges { node { title } } } }`,
      {},
      tokens.buyer,
    );
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.myNotifications.edges.map((e) => e.node.title)).toContain('您关注的直播即将开始：汾西好物 副县长带你尝玉露香梨');
  });

  it('a session of another county without the supplier’s products reaches only that county’s followers', async () => {
    const startsAt = new Date('2031-03-02T10:00:00+08:00');
    const other = await schedule(startsAt, { countyCode: '141122', withPear: false });
    const r = await job.runOnce(new Date(startsAt.getTime() - minutes(10)));
    expect(r).toEqual({ sessions: 1, notified: 1 });
    expect(await noticesOf(other)).toEqual({ buyer: 0, purchaser: 0, 'unit-admin': 0, supplier: 1 });
  });

  it('runs in one process at a time: while another holds the advisory lock it does nothing', async () => {
    const startsAt = new Date('2031-03-03T10:00:00+08:00');
    const sessionId = await schedule(startsAt);
    const other = t.db.createQueryRunner();
    await other.connect();
    try {
      await other.query('SELECT pg_advisory_lock($1)', [LIVE_FOLLOW_NOTICE_LOCK_KEY]);
      expect(await job.runOnce(new Date(startsAt.getTime() - minutes(10)))).toBeNull();
      expect(await noticesOf(sessionId)).toEqual({ buyer: 0, purchaser: 0, 'unit-admin': 0, supplier: 0 });
      await other.query('SELECT pg_advisory_unlock($1)', [LIVE_FOLLOW_NOTICE_LOCK_KEY]);
      expect(await job.runOnce(new Date(startsAt.getTime() - minutes(10)))).toEqual({ sessions: 1, notified: 2 });
    } finally {
      await other.release();
    }
  });
});
