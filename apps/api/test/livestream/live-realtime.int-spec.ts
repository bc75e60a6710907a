import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import { EventDispatcher, ORDER_EVENTS } from '@yigou/server/events';
import { LivePublisher, LiveUpdate } from '@yigou/server/livestream';
import { createTestApp, TestApp } from '@yigou/server/testing';
import { appendOrderEvent, demoUser, liveSessionWithPear, sleep, until, watch } from './live-fixtures';

const REDIS_URL = 'redis://127.0.0.1:6379';

// Starting API instances on the shared, loaded test machine can take longer than jest's 5 s default.
jest.setTimeout(60_000);

describe('live room pushes across two API processes through Redis', () => {
  // Per run: its own channel prefix, so parallel runs on the shared Redis never see each other.
  const prefix = `yigou-test-${process.pid}-${randomBytes(3).toString('hex')}:`;
  let a: TestApp;
  let b: TestApp;
  let redis: Redis;
  let host: string;
  let buyer: { id: string; unitId: string | null };

  beforeAll(async () => {
    a = await createTestApp({ eventsAutoDeliver: false, redisUrl: REDIS_URL, redisKeyPrefix: prefix });
    b = await createTestApp({ eventsAutoDeliver: false, redisUrl: REDIS_URL, redisKeyPrefix: prefix, databaseUrl: a.api.databaseUrl });
    redis = new Redis(REDIS_URL);
    host = await a.loginAs('host');
    buyer = await demoUser(a, 'buyer');
  });
  afterAll(async () => {
    redis.disconnect();
    await b.close();
    await a.close();
  });

  /** The buyer's order of `quantity` × the session's pinned SKU, paid, as process b's orders domain appends it. */
  const paidOrder = (s: { sessionId: string; productId: string; skuId: string; livePriceFen: number }, quantity = 1) =>
    appendOrderEvent(b, ORDER_EVENTS.paid, {
      sessionId: s.sessionId,
      buyerId: buyer.id,
      unitId: buyer.unitId,
      productId: s.productId,
      skuId: s.skuId,
      quantity,
      unitPriceFen: s.livePriceFen,
    });

  const numsub = async (sessionId: string): Promise<number> => {
    const r = (await redis.pubsub('NUMSUB', `${prefix}live:${sessionId}`)) as [string, number];
    return Number(r[1]);
  };
  const last = <T>(xs: T[]) => xs[xs.length - 1];

  /**
   * Every push process a's hub hands its clients for `sessionId`, stamped when it did. The interval is the server's
   * promise, so it is measured there: when the test process itself loses the CPU, a push is read late and the next
   * one on time, and their arrival times can be closer than the server ever sent them.
   */
  const recordPushes = (sessionId: string): { at: number; update: LiveUpdate }[] => {
    const hub = a.api.app.get(LivePublisher).hub as unknown as { flush(feed: { pending: LiveUpdate | null }): void };
    const flush = hub.flush.bind(hub);
    const sent: { at: number; update: LiveUpdate }[] = [];
    jest.spyOn(hub, 'flush').mockImplementation((feed) => {
      if (feed.pending?.sessionId === sessionId) sent.push({ at: Date.now(), update: feed.pending });
      flush(feed);
    });
    return sent;
  };
  afterEach(() => jest.restoreAllMocks());

  it('a viewer on one process sees an order paid through the other, with the masked ticker line; session B never sees A', async () => {
    const sA = await liveSessionWithPear(a, host, { stockCap: 100 });
    const sB = await liveSessionWithPear(a, host, { stockCap: 100, title: '汾西文旅 第二场' });
    const viewerA = watch(a, sA.sessionId);
    const viewerB = watch(a, sB.sessionId);
    await Promise.all([viewerA.ready, viewerB.ready]);
    await until(async () => (await numsub(sA.sessionId)) === 1 && (await numsub(sB.sessionId)) === 1, 5000, 'redis subscriptions');

    await paidOrder(sA, 2);
    await b.api.app.get(EventDispatcher).drain();

    await until(() => viewerA.pushes.some((p) => p.data?.liveUpdates.orderCount === 1), 5000, 'order push on process a');
    const push = viewerA.pushes.find((p) => p.data?.liveUpdates.orderCount === 1)!.data!.liveUpdates;
    expect(push.sessionId).toBe(sA.sessionId);
    expect(push.itemCount).toBe(2);
    expect(push.salesFen).toBe(String(2 * sA.livePriceFen));
    expect(push.orders.map((o) => o.text)).toContain('汾西县第一中学 王** 刚刚购买了 玉露香梨');

    await sleep(700);
    expect(viewerB.pushes.length).toBeGreaterThan(0); // its own viewer count
    for (const p of viewerB.pushes) {
      expect(p.data?.liveUpdates.sessionId).toBe(sB.sessionId);
      expect(p.data?.liveUpdates.orderCount).toBe(0);
      expect(p.data?.liveUpdates.orders).toEqual([]);
    }
    await viewerA.client.dispose();
    await viewerB.client.dispose();
  });

  it('100 orders in one second reach a client as at most 2 pushes a second, ending on the right absolute totals', async () => {
    const s = await liveSessionWithPear(a, host, {});
    const sent = recordPushes(s.sessionId);
    const viewer = watch(a, s.sessionId);
    await viewer.ready;
    await until(async () => (await numsub(s.sessionId)) === 1, 5000, 'redis subscription');
    await until(() => viewer.pushes.length > 0, 5000, 'the join push'); // let it go by
    const firstAt = Date.now();
    const dispatcher = b.api.app.get(EventDispatcher);
    for (let round = 0; round < 10; round++) {
      for (let i = 0; i < 10; i++) {
        await paidOrder(s);
      }
      await dispatcher.drain();
      await sleep(Math.max(0, firstAt + (round + 1) * 100 - Date.now()));
    }
    const elapsed = Date.now() - firstAt;
    await until(() => last(viewer.pushes)?.data?.liveUpdates.orderCount === 100, 5000, 'final totals');
    await sleep(600);
    const orderPushes = viewer.pushes.filter((p) => p.data!.liveUpdates.orderCount > 0);
    const final = last(orderPushes).data!.liveUpdates;
    expect(final.orderCount).toBe(100);
    expect(final.itemCount).toBe(100);
    expect(final.salesFen).toBe(String(100 * s.livePriceFen));
    // coalesced: the hub never sent two pushes closer than the 500 ms interval (small timer slack), so ≤ 2 in any second
    const sentOrders = sent.filter((p) => p.at >= firstAt);
    expect(last(sentOrders).update.orderCount).toBe(100);
    for (let i = 1; i < sentOrders.length; i++) expect(sentOrders[i].at - sentOrders[i - 1].at).toBeGreaterThanOrEqual(450);
    expect(sentOrders.length).toBeLessThanOrEqual(Math.ceil((elapsed + 1100) / 500));
    expect(sentOrders.reduce((n, p) => n + p.update.coalesced, 0)).toBeGreaterThanOrEqual(100);
    // the client got what was sent (a client slow to read gets pushes merged, never more): sequence numbers only go up
    expect(orderPushes.length).toBeLessThanOrEqual(sentOrders.length);
    const seqs = orderPushes.map((p) => p.data!.liveUpdates.seq);
    expect([...seqs].sort((x, y) => x - y)).toEqual(seqs);
    await viewer.client.dispose();
  });

  it('a disconnect releases the Redis subscription and the viewer count; unique and peak viewers stay', async () => {
    const s = await liveSessionWithPear(a, host, {});
    const token = await a.loginAs('buyer');
    const one = watch(a, s.sessionId, token);
    const two = watch(b, s.sessionId);
    await Promise.all([one.ready, two.ready]);
    await until(async () => (await numsub(s.sessionId)) === 2, 5000, 'one subscription per process');
    await until(
      async () => (await a.db.query(`SELECT viewer_count FROM live_session WHERE id = $1`, [s.sessionId]))[0].viewer_count === 2,
      5000,
      'two viewers',
    );
    await one.client.dispose();
    await until(async () => (await numsub(s.sessionId)) === 1, 5000, 'process a released its subscription');
    await two.client.terminate();
    await until(async () => (await numsub(s.sessionId)) === 0, 5000, 'process b released its subscription');
    await until(
      async () => (await a.db.query(`SELECT viewer_count FROM live_session WHERE id = $1`, [s.sessionId]))[0].viewer_count === 0,
      5000,
      'no viewers',
    );
    const report = await a.gql<{ liveSessionReport: { uniqueViewers: number; peakViewers: number } }>(
      `query($id: ID!) { liveSessionReport(sessionId: $id) { uniqueViewers peakViewers } }`,
      { id: s.sessionId },
      host,
    );
    expect(report.data?.liveSessionReport).toEqual({ uniqueViewers: 2, peakViewers: 2 });
  });

  it('after its Redis subscriber connection is killed, a process resubscribes and viewers end on the right totals', async () => {
    const s = await liveSessionWithPear(a, host, {});
    const viewer = watch(a, s.sessionId);
    await viewer.ready;
    await until(async () => (await numsub(s.sessionId)) === 1, 5000, 'subscribed');
    const order = () => paidOrder(s);
    // Only this run's subscriber connections (named after the prefix), never anyone else's.
    const clients = (await redis.client('LIST')) as string;
    const ids = clients
      .split('\n')
      .filter((l) => l.includes(`name=${prefix}live-sub`))
      .map((l) => /id=(\d+)/.exec(l)![1]);
    expect(ids.length).toBe(2);
    for (const id of ids) await redis.client('KILL', 'ID', id);
    await order(); // may be published while process a is not listening
    await b.api.app.get(EventDispatcher).drain();
    await until(async () => (await numsub(s.sessionId)) === 1, 10_000, 'resubscribed');
    await order();
    await b.api.app.get(EventDispatcher).drain();
    await until(() => last(viewer.pushes)?.data?.liveUpdates.orderCount === 2, 10_000, 'final totals after the reconnect');
    expect(last(viewer.pushes).data!.liveUpdates.salesFen).toBe(String(2 * s.livePriceFen));
    await viewer.client.dispose();
  });

  it('subscribing to a session that does not exist is refused, and so is a socket with a bad token', async () => {
    const ghost = watch(a, '00000000-0000-4000-8000-000000000000');
    await ghost.done;
    // graphql-ws answers a refused subscribe with one result carrying the error, then completes
    expect(ghost.pushes).toHaveLength(1);
    expect(ghost.pushes[0].data ?? null).toBeNull();
    expect(ghost.pushes[0].errors?.[0].extensions?.code).toBe('NOT_FOUND');
    await ghost.client.dispose();

    const s = await liveSessionWithPear(a, host, {});
    const bad = watch(a, s.sessionId, 'not-a-token');
    await bad.done;
    expect(bad.pushes).toEqual([]);
    expect(bad.errors).toHaveLength(1);
    expect((bad.errors[0] as { code?: number }).code).toBe(4403); // graphql-ws: Forbidden at connect
    await bad.client.dispose();
    expect(await numsub(s.sessionId)).toBe(0);
  });
});
