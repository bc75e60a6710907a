import { InMemoryLivePubSub } from './live-pubsub';
import { LiveHub } from './live-hub';
import { LiveMessage } from './live-update';
import { LiveUpdate } from '../dto/live-update.types';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function message(seq: number, extra: Partial<LiveMessage> = {}): string {
  return JSON.stringify({
    sessionId: 's1',
    counters: {
      seq,
      status: 'live',
      orderCount: seq,
      placedCount: seq,
      itemCount: seq,
      salesFen: seq * 100,
      likeCount: 0,
      viewerCount: 1,
      currentOfferId: null,
    },
    orders: [{ id: String(seq), orderId: `o${seq}`, status: 'paid', text: `order ${seq}`, at: new Date().toISOString() }],
    ...extra,
  } satisfies LiveMessage);
}

async function collect(it: AsyncIterableIterator<LiveUpdate>, into: { at: number; u: LiveUpdate }[]): Promise<void> {
  for await (const u of it) into.push({ at: Date.now(), u });
}

describe('LiveHub coalescing', () => {
  it('turns a burst into one push now and one per interval after, with the newest absolute figures', async () => {
    const pubsub = new InMemoryLivePubSub();
    const hub = new LiveHub(pubsub, 100, 1000);
    const it = await hub.listen('s1');
    const got: { at: number; u: LiveUpdate }[] = [];
    const done = collect(it, got);
    for (let seq = 1; seq <= 50; seq++) await pubsub.publish('s1', message(seq));
    await sleep(250);
    expect(got.length).toBeLessThanOrEqual(3);
    expect(got[got.length - 1].u).toMatchObject({ seq: 50, orderCount: 50, salesFen: 5000 });
    expect(got.reduce((n, g) => n + g.u.coalesced, 0)).toBe(50);
    for (let i = 1; i < got.length; i++) expect(got[i].at - got[i - 1].at).toBeGreaterThanOrEqual(90);
    await it.return!();
    await done;
    expect(hub.clientCount()).toBe(0);
    expect(pubsub.channelCount()).toBe(0);
  });

  it('holds quiet changes (viewer counts) back to the quiet interval unless something else goes out', async () => {
    const pubsub = new InMemoryLivePubSub();
    const hub = new LiveHub(pubsub, 50, 400);
    const it = await hub.listen('s1');
    const got: { at: number; u: LiveUpdate }[] = [];
    const done = collect(it, got);
    await pubsub.publish('s1', message(1, { orders: undefined, quiet: true }));
    await sleep(20);
    expect(got).toHaveLength(1); // the first one goes at once
    await pubsub.publish('s1', message(2, { orders: undefined, quiet: true }));
    await sleep(150);
    expect(got).toHaveLength(1); // waits for the quiet interval
    await pubsub.publish('s1', message(3)); // an order: goes within the normal interval, carrying the viewer change
    await sleep(100);
    expect(got).toHaveLength(2);
    expect(got[1].u).toMatchObject({ seq: 3, coalesced: 2 });
    await it.return!();
    await done;
  });
});
