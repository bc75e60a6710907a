import { randomUUID } from 'node:crypto';
import { AppError } from '@yigou/server/core';
import { LiveOfferService } from '@yigou/server/livestream';
import { createTestApp, TestApp } from '@yigou/server/testing';
import { liveSessionWithPear } from './live-fixtures';

function codeOf(e: unknown): unknown {
  return e instanceof AppError ? e.extensions.code : e;
}

// Starting API instances on the shared, loaded test machine can take longer than jest's 5 s default.
jest.setTimeout(60_000);

describe('livestream flash-sale offers (LiveOfferService.claim)', () => {
  let t: TestApp;
  let offers: LiveOfferService;
  let host: string;

  beforeAll(async () => {
    t = await createTestApp({ eventsAutoDeliver: false });
    offers = t.api.app.get(LiveOfferService);
    host = await t.loginAs('host');
  });
  afterAll(() => t.close());

  const claimed = async (sessionId: string) =>
    (await t.db.query(`SELECT claimed FROM live_session_product WHERE session_id = $1`, [sessionId]))[0].claimed as number;

  it('300 buyers at once on a cap of 100 get exactly 100 claims at the live price, the rest sold out', async () => {
    const s = await liveSessionWithPear(t, host, { stockCap: 100, perBuyerLimit: 2 });
    const results = await Promise.allSettled(
      Array.from({ length: 300 }, () =>
        t.db.transaction((em) =>
          offers.claim(em, { sessionId: s.sessionId, skuId: s.skuId, buyerId: randomUUID(), quantity: 1, now: new Date() }),
        ),
      ),
    );
    const ok = results.filter((r): r is PromiseFulfilledResult<number> => r.status === 'fulfilled');
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(ok).toHaveLength(100);
    expect(new Set(ok.map((r) => r.value))).toEqual(new Set([s.livePriceFen]));
    expect(new Set(failed.map((r) => codeOf(r.reason)))).toEqual(new Set(['LIVE_SOLD_OUT']));
    expect(await claimed(s.sessionId)).toBe(100);
    const room = await t.gql<{ liveSession: { offers: { stockLeft: number; claimed: number }[] } }>(
      `query($id: ID!) { liveSession(id: $id) { offers { stockLeft claimed } } }`,
      { id: s.sessionId },
    );
    expect(room.data?.liveSession.offers).toEqual([{ stockLeft: 0, claimed: 100 }]);
  });

  it('a buyer racing themself never gets more than the per-buyer limit', async () => {
    const s = await liveSessionWithPear(t, host, { stockCap: 50, perBuyerLimit: 2 });
    const buyerId = randomUUID();
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, () =>
        t.db.transaction((em) => offers.claim(em, { sessionId: s.sessionId, skuId: s.skuId, buyerId, quantity: 1, now: new Date() })),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(2);
    const reasons = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected').map((r) => codeOf(r.reason));
    expect(new Set(reasons)).toEqual(new Set(['LIVE_BUYER_LIMIT']));
    expect(await claimed(s.sessionId)).toBe(2);
    // asking for more than the limit in one go is refused outright
    await expect(
      t.db.transaction((em) =>
        offers.claim(em, { sessionId: s.sessionId, skuId: s.skuId, buyerId: randomUUID(), quantity: 3, now: new Date() }),
      ),
    ).rejects.toMatchObject({
      extensions: { code: 'LIVE_BUYER_LIMIT', limit: 2 },
    });
  });

  it('refuses a claim outside the offer window by server time, and after the session ended', async () => {
    const start = new Date(Date.now() - 60_000);
    const end = new Date(Date.now() + 60_000);
    const s = await liveSessionWithPear(t, host, { stockCap: 10, offerStartsAt: start.toISOString(), offerEndsAt: end.toISOString() });
    const claim = (now: Date) =>
      t.db.transaction((em) => offers.claim(em, { sessionId: s.sessionId, skuId: s.skuId, buyerId: randomUUID(), quantity: 1, now }));
    await expect(claim(new Date(end.getTime() + 1))).rejects.toMatchObject({
      extensions: { code: 'LIVE_OFFER_CLOSED' },
      message: '直播优惠已结束',
    });
    await expect(claim(new Date(start.getTime() - 1))).rejects.toMatchObject({ extensions: { code: 'LIVE_OFFER_CLOSED' } });
    await expect(claim(new Date())).resolves.toBe(s.livePriceFen);
    await t.gql(`mutation($id: ID!) { endLiveSession(id: $id) { status } }`, { id: s.sessionId }, host);
    await expect(claim(new Date())).rejects.toMatchObject({
      extensions: { code: 'LIVE_OFFER_CLOSED' },
      message: '直播已结束，直播价已失效',
    });
    expect(await claimed(s.sessionId)).toBe(1);
  });

  it('release gives the stock and the buyer allowance back; releasing more than held is refused', async () => {
    const s = await liveSessionWithPear(t, host, { stockCap: 1, perBuyerLimit: 1 });
    const buyerId = randomUUID();
    await t.db.transaction((em) => offers.claim(em, { sessionId: s.sessionId, skuId: s.skuId, buyerId, quantity: 1, now: new Date() }));
    await expect(
      t.db.transaction((em) =>
        offers.claim(em, { sessionId: s.sessionId, skuId: s.skuId, buyerId: randomUUID(), quantity: 1, now: new Date() }),
      ),
    ).rejects.toMatchObject({
      extensions: { code: 'LIVE_SOLD_OUT' },
    });
    await expect(
      t.db.transaction((em) => offers.release(em, { sessionId: s.sessionId, skuId: s.skuId, buyerId: randomUUID(), quantity: 1 })),
    ).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
    });
    await t.db.transaction((em) => offers.release(em, { sessionId: s.sessionId, skuId: s.skuId, buyerId, quantity: 1 }));
    expect(await claimed(s.sessionId)).toBe(0);
    await expect(
      t.db.transaction((em) => offers.claim(em, { sessionId: s.sessionId, skuId: s.skuId, buyerId, quantity: 1, now: new Date() })),
    ).resolves.toBe(s.livePriceFen);
  });

  it('a refused claim inside a caller transaction that goes on leaves the counters unchanged', async () => {
    const s = await liveSessionWithPear(t, host, { stockCap: 5, perBuyerLimit: 1 });
    const buyerId = randomUUID();
    await t.db.transaction(async (em) => {
      await offers.claim(em, { sessionId: s.sessionId, skuId: s.skuId, buyerId, quantity: 1, now: new Date() });
      await expect(
        offers.claim(em, { sessionId: s.sessionId, skuId: s.skuId, buyerId, quantity: 1, now: new Date() }),
      ).rejects.toMatchObject({ extensions: { code: 'LIVE_BUYER_LIMIT' } });
    });
    expect(await claimed(s.sessionId)).toBe(1);
  });

  it('only hosts and county admins of the county schedule and pin; bad terms are refused with the field', async () => {
    const buyer = await t.loginAs('buyer');
    const input = { title: '测试直播', hostName: '张明', kind: 'sales', countyCode: '141034', startsAt: new Date().toISOString() };
    const m = `mutation($input: ScheduleLiveSessionInput!) { scheduleLiveSession(input: $input) { id } }`;
    expect((await t.gql(m, { input }, buyer)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(m, { input: { ...input, countyCode: '141122' } }, host)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const admin = await t.loginAs('county-admin');
    expect((await t.gql(m, { input: { ...input, coverUrl: 'javascript:alert(1)' } }, admin)).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'coverUrl',
    });
    const s = await liveSessionWithPear(t, admin, { stockCap: 3 });
    const pin = `mutation($input: PinLiveProductInput!) { pinLiveProduct(input: $input) { id } }`;
    const r = await t.gql(pin, { input: { sessionId: s.sessionId, productId: s.productId, skuId: s.skuId, livePriceFen: '0' } }, admin);
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'livePriceFen' });
    const wrongSku = await t.gql(
      pin,
      { input: { sessionId: s.sessionId, productId: s.productId, skuId: randomUUID(), livePriceFen: '100' } },
      admin,
    );
    expect(wrongSku.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'skuId' });
  });
});
