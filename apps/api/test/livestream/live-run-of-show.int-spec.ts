import { EventDispatcher } from '@yigou/server/events';
import { createTestApp, TestApp } from '@yigou/server/testing';
import { addAddress, PLACE, PlacedOrder } from '../orders/order-helpers';
import { liveSessionWithPear, liveUnionOrder, until, watch } from './live-fixtures';
import { registerPerson } from '../harness/accounts';

/**
 * The host console's run of the show: the host marks the product being explained (当前讲解), every viewer's room
 * sees it through the live subscription and the session query, only the session's county managers may set it; each
 * offer counts its orders as placed (已下单) and paid (已付款). Covers: an uploaded image or an https address.
 */
jest.setTimeout(90_000);
describe('live run of the show: 当前讲解 and per-product counts; session covers', () => {
  let t: TestApp;
  let host: string;
  let purchaser: string;
  let address: string;

  const SET = `mutation($s: ID!, $o: ID) { setLiveCurrentOffer(sessionId: $s, offerId: $o) { id currentOfferId } }`;
  const RUN = `query($id: ID!) { liveSession(id: $id) { currentOfferId offers(includeUnpinned: true) { id skuId sortOrder placedOrderCount paidOrderCount } } }`;
  type Run = {
    liveSession: {
      currentOfferId: string | null;
      offers: { id: string; skuId: string; sortOrder: number; placedOrderCount: number; paidOrderCount: number }[];
    };
  };

  beforeAll(async () => {
    t = await createTestApp({ eventsAutoDeliver: false });
    [host, purchaser] = await Promise.all(['host', 'purchaser'].map((l) => t.loginAs(l)));
    address = await addAddress(t, purchaser);
  });
  afterAll(() => t.close());

  const run = async (sessionId: string, token?: string) => {
    const r = await t.gql<Run>(RUN, { id: sessionId }, token);
    expect(r.errors).toBeUndefined();
    return r.data!.liveSession;
  };

  it('the host sets 当前讲解: viewers get it pushed and queried; others are refused in Chinese; unpinning or ending clears it', async () => {
    const live = await liveSessionWithPear(t, host, { stockCap: 10 });
    const [offer] = (await run(live.sessionId, host)).offers;
    const viewer = watch(t, live.sessionId);
    await viewer.ready;

    const set = await t.gql<{ setLiveCurrentOffer: { currentOfferId: string | null } }>(SET, { s: live.sessionId, o: offer.id }, host);
    expect(set.errors).toBeUndefined();
    expect(set.data!.setLiveCurrentOffer.currentOfferId).toBe(offer.id);
    await until(() => viewer.pushes.some((p) => p.data?.liveUpdates.currentOfferId === offer.id), 5000, 'current offer push');
    expect((await run(live.sessionId)).currentOfferId).toBe(offer.id); // anonymous viewers read it too

    // a buyer has no host role; a host of another county manages no session of 汾西县
    const buyer = await t.gql(SET, { s: live.sessionId, o: null }, await t.loginAs('buyer'));
    expect(buyer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const outsider = await hostOf('141122');
    const refused = await t.gql(SET, { s: live.sessionId, o: null }, outsider);
    expect(refused.errors?.[0].message).toBe('您无权管理该县的直播');
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // an offer of another session is not this one's
    const other = await liveSessionWithPear(t, host, { stockCap: 10 });
    const [otherOffer] = (await run(other.sessionId, host)).offers;
    expect((await t.gql(SET, { s: live.sessionId, o: otherOffer.id }, host)).errors?.[0].message).toBe('该商品不在本场直播中');
    expect((await run(live.sessionId)).currentOfferId).toBe(offer.id);

    // unpinning the product being explained clears it (and the push says so)
    const unpin = await t.gql(
      `mutation($s: ID!, $k: ID!) { unpinLiveProduct(sessionId: $s, skuId: $k) }`,
      { s: live.sessionId, k: offer.skuId },
      host,
    );
    expect(unpin.errors).toBeUndefined();
    expect((await run(live.sessionId)).currentOfferId).toBeNull();
    await until(() => viewer.pushes.at(-1)?.data?.liveUpdates.currentOfferId === null, 5000, 'cleared push');
    expect((await t.gql(SET, { s: live.sessionId, o: offer.id }, host)).errors?.[0].message).toBe('该商品已下架，请先上架再讲解');

    // the other session: set, then ending the show clears it and no more can be set
    expect((await t.gql(SET, { s: other.sessionId, o: otherOffer.id }, host)).errors).toBeUndefined();
    expect(
      (await t.gql(`mutation($id: ID!) { endLiveSession(id: $id) { status } }`, { id: other.sessionId }, host)).errors,
    ).toBeUndefined();
    expect((await run(other.sessionId)).currentOfferId).toBeNull();
    expect((await t.gql(SET, { s: other.sessionId, o: otherOffer.id }, host)).errors?.[0].message).toBe('直播已结束，不能再设置当前讲解');
    await viewer.client.dispose();
  });

  it('each offer counts its orders as placed, then as paid when the payment counts (checked against the tables)', async () => {
    const live = await liveSessionWithPear(t, host, { stockCap: 10 });
    const place = async () => {
      const r = await t.gql<{ placeOrder: PlacedOrder[] }>(PLACE, { input: liveUnionOrder(live, 1, address) }, purchaser);
      expect(r.errors).toBeUndefined();
      return r.data!.placeOrder[0];
    };
    const [a, b] = [await place(), await place()];
    let [offer] = (await run(live.sessionId, host)).offers;
    expect({ placed: offer.placedOrderCount, paid: offer.paidOrderCount }).toEqual({ placed: 2, paid: 0 });

    const finance = await t.loginAs('platform-finance');
    const rec = await t.gql<{ recordBankTransfer: { id: string } }>(
      `mutation($input: RecordTransferInput!) { recordBankTransfer(input: $input) { id } }`,
      {
        input: {
          bankTxnNo: `RUN-${a.orderNo}`,
          payerName: '汾西县第一中学',
          amountFen: a.totalFen,
          memo: a.remittanceRef,
          receivedAt: new Date().toISOString(),
        },
      },
      finance,
    );
    expect(rec.errors).toBeUndefined();
    const m = await t.gql(
      `mutation($id: ID!, $a: [TransferAllocationInput!]!) { matchBankTransfer(transferId: $id, allocations: $a) { matchedFen } }`,
      { id: rec.data!.recordBankTransfer.id, a: [{ orderId: a.id, amountFen: a.totalFen }] },
      finance,
    );
    expect(m.errors).toBeUndefined();
    await t.api.app.get(EventDispatcher).drain();

    [offer] = (await run(live.sessionId, host)).offers;
    const [counted] = await t.db.query(
      `SELECT (SELECT count(*)::int FROM live_order_placed WHERE session_id = $1 AND $2::uuid = ANY(sku_ids)) AS placed,
              (SELECT count(DISTINCT o.id)::int FROM shop_order o JOIN order_line l ON l.order_id = o.id
                WHERE o.live_session_id = $1 AND l.sku_id = $2 AND o.payment_status = 'paid') AS paid`,
      [live.sessionId, live.skuId],
    );
    expect({ placed: offer.placedOrderCount, paid: offer.paidOrderCount }).toEqual(counted);
    expect(counted).toEqual({ placed: 2, paid: 1 });
    expect(b.id).not.toBe(a.id);
  });

  it('a cover is an uploaded image of the media store or an https address; another path or a forged upload is refused in Chinese', async () => {
    const live = await liveSessionWithPear(t, host, { stockCap: 10 });
    const UPDATE = `mutation($id: ID!, $input: UpdateLiveSessionInput!) { updateLiveSession(id: $id, input: $input) { coverUrl } }`;
    // uploaded the way product images are
    const png = await import('sharp').then(({ default: sharp }) =>
      sharp({ create: { width: 64, height: 36, channels: 3, background: '#2a7' } })
        .png()
        .toBuffer(),
    );
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'cover.png');
    const res = await fetch(`${t.url}/media/images`, { method: 'POST', body: form, headers: { authorization: `Bearer ${host}` } });
    expect(res.status).toBe(201);
    const { url } = (await res.json()) as { url: string };
    const ok = await t.gql<{ updateLiveSession: { coverUrl: string } }>(UPDATE, { id: live.sessionId, input: { coverUrl: url } }, host);
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.updateLiveSession.coverUrl).toBe(url);
    expect(
      (await t.gql(UPDATE, { id: live.sessionId, input: { coverUrl: 'https://img.example.cn/fenxi.jpg' } }, host)).errors,
    ).toBeUndefined();
    expect(
      (await t.gql(UPDATE, { id: live.sessionId, input: { coverUrl: url.replace(/[0-9a-f]{8}/, '00000000') } }, host)).errors?.[0].message,
    ).toBe('封面图片无效，请重新上传');
    expect((await t.gql(UPDATE, { id: live.sessionId, input: { coverUrl: '/etc/passwd' } }, host)).errors?.[0].message).toContain(
      '封面图片地址不正确',
    );
  });

  /** A new person made live host of another county by the platform admin. */
  async function hostOf(regionCode: string): Promise<string> {
    const host = await registerPerson(t, '交城主播');
    const g = await t.gql(
      `mutation($input: GrantRoleInput!) { grantRole(input: $input) { id } }`,
      { input: { userId: host.id, role: 'live_host', regionCode, reason: '交城县安排直播带货' } },
      await t.loginAs('admin'),
    );
    if (g.errors) throw new Error(JSON.stringify(g.errors));
    return host.token;
  }
});
