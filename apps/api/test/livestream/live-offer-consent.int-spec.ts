import { randomUUID } from 'node:crypto';
import { LiveOfferService } from '@yigou/server/livestream';
import { createTestApp, sameMillisecond, TestApp, walkPages } from '@yigou/server/testing';
import { ANSWER_OFFER, COUNTY, pear, REQUEST_OFFER, supplierToken } from './live-fixtures';

jest.setTimeout(60_000);

const SCHEDULE = `mutation($input: ScheduleLiveSessionInput!) { scheduleLiveSession(input: $input) { id allowCrossCounty } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateLiveSessionInput!) { updateLiveSession(id: $id, input: $input) { id allowCrossCounty } }`;
const START = `mutation($id: ID!) { startLiveSession(id: $id) { id } }`;
const PIN = `mutation($input: PinLiveProductInput!) { pinLiveProduct(input: $input) { id livePriceFen stockCap } }`;
const REQUESTS = `query($status: LiveOfferRequestStatus) { liveOfferRequests(status: $status) { totalCount edges { node { id status requestedPriceFen session { id title } product { name } sku { spec } } } } }`;
const SESSION_REQUESTS = `query($id: ID!) { liveSession(id: $id) { offerRequests { id status approvedPriceFen approvedStockCap declineReason } } }`;

describe('live offers are the supplier’s to give', () => {
  let t: TestApp;
  let host: string;
  let supplier: string;
  let p: { productId: string; skuId: string; priceFen: number };

  beforeAll(async () => {
    t = await createTestApp({ eventsAutoDeliver: false });
    host = await t.loginAs('host');
    supplier = await supplierToken(t);
    p = await pear(t);
  });
  afterAll(() => t.close());

  const schedule = async (token = host, extra: Record<string, unknown> = {}) => {
    const r = await t.gql<{ scheduleLiveSession: { id: string } }>(
      SCHEDULE,
      {
        input: {
          title: '汾西好物 直播间',
          hostName: '张明',
          kind: 'sales',
          countyCode: COUNTY,
          startsAt: new Date(Date.now() + 60_000).toISOString(),
          streamUrl: 'https://live.example.cn/a.m3u8',
          ...extra,
        },
      },
      token,
    );
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    return r.data.scheduleLiveSession.id;
  };
  const ask = (sessionId: string, livePriceFen: number, stockCap = 50, token = host, product = p) =>
    t.gql<{ requestLiveOffer: { id: string; status: string } }>(
      REQUEST_OFFER,
      { input: { sessionId, productId: product.productId, skuId: product.skuId, livePriceFen: String(livePriceFen), stockCap } },
      token,
    );
  const pin = (sessionId: string, livePriceFen: number, stockCap: number | null = null) =>
    t.gql<{ pinLiveProduct: { livePriceFen: string; stockCap: number } }>(
      PIN,
      { input: { sessionId, productId: p.productId, skuId: p.skuId, livePriceFen: String(livePriceFen), stockCap } },
      host,
    );
  const pinned = async (sessionId: string) =>
    (await t.db.query(`SELECT count(*)::int AS n FROM live_session_product WHERE session_id = $1`, [sessionId]))[0].n as number;

  it('a host cannot pin a product its supplier has not agreed to: not asked, pending, declined — nothing is pinned', async () => {
    const sessionId = await schedule();
    const notAsked = await pin(sessionId, 100);
    expect(notAsked.errors?.[0]).toMatchObject({ message: expect.stringContaining('供应商尚未同意'), extensions: { code: 'FORBIDDEN' } });

    const asked = await ask(sessionId, 100);
    expect(asked.data?.requestLiveOffer.status).toBe('pending');
    expect((await pin(sessionId, 100)).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const declined = await t.gql(
      ANSWER_OFFER,
      { input: { requestId: asked.data!.requestLiveOffer.id, accept: false, declineReason: '库存不足' } },
      supplier,
    );
    expect(declined.data).toMatchObject({ answerLiveOfferRequest: { status: 'declined', declineReason: '库存不足' } });
    const afterDecline = await pin(sessionId, 100);
    expect(afterDecline.errors?.[0]).toMatchObject({ message: expect.stringContaining('供应商已拒绝'), extensions: { code: 'FORBIDDEN' } });
    expect(await pinned(sessionId)).toBe(0);
  });

  it('the supplier approves a floor price and a cap: below the floor or above the cap is refused, at the floor it pins', async () => {
    const sessionId = await schedule();
    const asked = await ask(sessionId, p.priceFen - 1000, 80);
    const ok = await t.gql(
      ANSWER_OFFER,
      { input: { requestId: asked.data!.requestLiveOffer.id, accept: true, livePriceFen: String(p.priceFen - 500), stockCap: 30 } },
      supplier,
    );
    expect(ok.data).toMatchObject({
      answerLiveOfferRequest: { status: 'accepted', approvedPriceFen: String(p.priceFen - 500), approvedStockCap: 30 },
    });

    const low = await pin(sessionId, p.priceFen - 501);
    expect(low.errors?.[0]).toMatchObject({
      message: expect.stringContaining('直播价不能低于供应商同意的最低直播价'),
      extensions: { code: 'BAD_USER_INPUT', field: 'livePriceFen' },
    });
    const one = await pin(sessionId, 1);
    expect(one.errors?.[0].extensions?.field).toBe('livePriceFen');
    const big = await pin(sessionId, p.priceFen - 500, 31);
    expect(big.errors?.[0]).toMatchObject({
      message: '直播库存不能超过供应商同意的 30 件',
      extensions: { code: 'BAD_USER_INPUT', field: 'stockCap' },
    });
    expect(await pinned(sessionId)).toBe(0);

    const atFloor = await pin(sessionId, p.priceFen - 500);
    expect(atFloor.data?.pinLiveProduct).toMatchObject({ livePriceFen: String(p.priceFen - 500), stockCap: 30 });
    // answered once: a second answer is refused
    const again = await t.gql(ANSWER_OFFER, { input: { requestId: asked.data!.requestLiveOffer.id, accept: false } }, supplier);
    expect(again.errors?.[0]).toMatchObject({ message: '该邀请已同意', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('only the supplier’s own staff answer: the host, a platform admin and another supplier’s staff are refused', async () => {
    const sessionId = await schedule();
    const requestId = (await ask(sessionId, 100)).data!.requestLiveOffer.id;
    const input = { requestId, accept: true };
    expect((await t.gql(ANSWER_OFFER, { input }, host)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(ANSWER_OFFER, { input }, await t.loginAs('admin'))).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // staff of another supplier (洪昌) — a grant made directly, as the platform admin would
    const [other]: { id: string }[] = await t.db.query(
      `SELECT id FROM supplier WHERE id <> (SELECT supplier_id FROM live_offer_request WHERE id = $1) AND status = 'approved' LIMIT 1`,
      [requestId],
    );
    const [u]: { id: string }[] = await t.db.query(`SELECT id FROM app_user WHERE username = 'buyer'`);
    await t.db.query(`INSERT INTO role_grant (user_id, role, supplier_id) VALUES ($1, 'supplier_staff', $2)`, [u.id, other.id]);
    const otherStaff = await t.loginAs('buyer');
    const r = await t.gql(ANSWER_OFFER, { input }, otherStaff);
    expect(r.errors?.[0]).toMatchObject({ message: '只有该供应商的工作人员可以答复直播邀请', extensions: { code: 'FORBIDDEN' } });
    expect(
      (await t.gql<{ liveOfferRequests: { edges: { node: { id: string } }[] } }>(REQUESTS, {}, otherStaff)).data?.liveOfferRequests.edges ??
        [],
    ).not.toContainEqual(expect.objectContaining({ node: expect.objectContaining({ id: requestId }) }));
    await t.db.query(`DELETE FROM role_grant WHERE user_id = $1 AND role = 'supplier_staff'`, [u.id]);
    const [row]: { status: string; answered_by_id: string | null }[] = await t.db.query(
      `SELECT status, answered_by_id FROM live_offer_request WHERE id = $1`,
      [requestId],
    );
    expect(row).toEqual({ status: 'pending', answered_by_id: null });
  });

  it('supplier staff page through the requests to their supplier, newest first: every request once, those of one millisecond too', async () => {
    const asked: string[] = [];
    for (let i = 0; i < 4; i++) {
      const r = await ask(await schedule(), 100 + i);
      expect(r.errors).toBeUndefined();
      asked.push(r.data!.requestLiveOffer.id);
    }
    await sameMillisecond(t, 'live_offer_request', asked);
    const PAGE = `query($first: Int, $after: String) { liveOfferRequests(first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }`;
    const all = await t.gql<{ liveOfferRequests: { totalCount: number; edges: { node: { id: string } }[] } }>(
      PAGE,
      { first: 100 },
      supplier,
    );
    const oneList = all.data!.liveOfferRequests.edges.map((e) => e.node.id);
    expect(all.data!.liveOfferRequests.totalCount).toBe(oneList.length);
    // newest first, ties by id: the four share a millisecond, so their microseconds decide (reverse id order)
    expect(oneList.filter((id) => asked.includes(id))).toEqual([...asked].sort());
    for (const first of [1, 2, 3]) {
      const walked = await walkPages(t, PAGE, {}, supplier, first);
      expect(walked.ids).toEqual(oneList);
      expect(walked.total).toBe(oneList.length);
    }
  });

  it('supplier staff see the requests to their supplier; the host console sees the answers; anonymous viewers see none', async () => {
    const sessionId = await schedule();
    const requestId = (await ask(sessionId, 4321, 12)).data!.requestLiveOffer.id;
    const mine = await t.gql<{
      liveOfferRequests: { edges: { node: { id: string; status: string; session: { id: string }; product: { name: string } } }[] };
    }>(REQUESTS, { status: 'pending' }, supplier);
    const node = mine.data?.liveOfferRequests.edges.find((e) => e.node.id === requestId)?.node;
    expect(node).toMatchObject({ status: 'pending', requestedPriceFen: '4321', session: { id: sessionId }, product: { name: '玉露香梨' } });
    const notes = async (token: string) =>
      (
        await t.gql<{ myNotifications: { edges: { node: { kind: string; title: string; body: string; refId: string | null } }[] } }>(
          `{ myNotifications(first: 50) { edges { node { kind title body refId } } } }`,
          {},
          token,
        )
      ).data!.myNotifications.edges.map((e) => e.node);
    expect((await notes(supplier)).find((n) => n.refId === requestId)).toMatchObject({
      kind: 'live.offer_requested',
      title: '直播邀请',
      body: expect.stringContaining('「玉露香梨」以 ¥43.21 参加直播，限 12 件'),
    });
    await t.gql(ANSWER_OFFER, { input: { requestId, accept: true } }, supplier);
    expect((await notes(host)).find((n) => n.refId === sessionId)).toMatchObject({
      kind: 'live.offer_answered',
      title: '供应商已同意直播邀请',
    });
    const console = await t.gql<{ liveSession: { offerRequests: unknown[] } }>(SESSION_REQUESTS, { id: sessionId }, host);
    expect(console.data?.liveSession.offerRequests).toEqual([
      { id: requestId, status: 'accepted', approvedPriceFen: '4321', approvedStockCap: 12, declineReason: null },
    ]);
    const anon = await t.gql<{ liveSession: { offerRequests: unknown[] } }>(SESSION_REQUESTS, { id: sessionId });
    expect(anon.data?.liveSession.offerRequests).toEqual([]);
    expect((await t.gql(REQUESTS, {}, host)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('offers stay within the session’s county; only a platform admin opens a session to other counties', async () => {
    const [far]: { product_id: string; sku_id: string }[] = await t.db.query(
      `SELECT p.id AS product_id, k.id AS sku_id FROM product p JOIN product_sku k ON k.product_id = p.id JOIN supplier s ON s.id = p.supplier_id
        WHERE s.county_code <> $1 AND p.status = 'on_sale' AND s.status = 'approved' ORDER BY p.name LIMIT 1`,
      [COUNTY],
    );
    const farProduct = { productId: far.product_id, skuId: far.sku_id, priceFen: 0 };
    const sessionId = await schedule();
    const refused = await ask(sessionId, 100, 10, host, farProduct);
    expect(refused.errors?.[0]).toMatchObject({
      message: expect.stringContaining('只能邀请本县供应商的商品'),
      extensions: { code: 'FORBIDDEN' },
    });
    expect((await t.db.query(`SELECT count(*)::int AS n FROM live_offer_request WHERE session_id = $1`, [sessionId]))[0].n).toBe(0);

    // the host (and a county admin) cannot open the session themselves
    const hostOpens = await t.gql(UPDATE, { id: sessionId, input: { allowCrossCounty: true } }, host);
    expect(hostOpens.errors?.[0]).toMatchObject({ message: '只有平台管理员可以设置跨县选品', extensions: { code: 'FORBIDDEN' } });
    const countyAdmin = await t.loginAs('county-admin');
    expect(await schedule(countyAdmin, { allowCrossCounty: true }).catch((e: Error) => e.message)).toContain(
      '只有平台管理员可以设置跨县选品',
    );
    const [flag] = await t.db.query(`SELECT allow_cross_county FROM live_session WHERE id = $1`, [sessionId]);
    expect(flag.allow_cross_county).toBe(false);

    const admin = await t.loginAs('admin');
    expect((await t.gql(UPDATE, { id: sessionId, input: { allowCrossCounty: true } }, admin)).data).toMatchObject({
      updateLiveSession: { allowCrossCounty: true },
    });
    const allowed = await ask(sessionId, 100, 10, host, farProduct);
    expect(allowed.data?.requestLiveOffer.status).toBe('pending');
  });

  it('buyers buy only at an approved live price: asking again with new terms stops the live price until the supplier agrees again', async () => {
    const offers = t.api.app.get(LiveOfferService);
    const sessionId = await schedule();
    const requestId = (await ask(sessionId, p.priceFen - 500, 20)).data!.requestLiveOffer.id;
    await t.gql(ANSWER_OFFER, { input: { requestId, accept: true } }, supplier);
    expect((await pin(sessionId, p.priceFen - 500)).errors).toBeUndefined();
    await t.gql(START, { id: sessionId }, host);
    const claim = () =>
      t.db.transaction((em) => offers.claim(em, { sessionId, skuId: p.skuId, buyerId: randomUUID(), quantity: 1, now: new Date() }));
    await expect(claim()).resolves.toBe(p.priceFen - 500);

    // the host asks for a lower price: until the supplier answers, the live price is not sold
    await ask(sessionId, 1, 20);
    await expect(claim()).rejects.toMatchObject({
      message: '供应商未同意该直播价，暂不能以直播价购买',
      extensions: { code: 'LIVE_OFFER_CLOSED' },
    });
    // a pinned price written below the floor behind the API's back is not sold either
    await t.gql(ANSWER_OFFER, { input: { requestId, accept: true, livePriceFen: String(p.priceFen - 500) } }, supplier);
    await expect(claim()).resolves.toBe(p.priceFen - 500);
    await t.db.query(`UPDATE live_session_product SET live_price_fen = 1 WHERE session_id = $1`, [sessionId]);
    await expect(claim()).rejects.toMatchObject({ extensions: { code: 'LIVE_OFFER_CLOSED' } });
    const [{ claimed }] = await t.db.query(`SELECT claimed FROM live_session_product WHERE session_id = $1`, [sessionId]);
    expect(claimed).toBe(2);
  });
});
