import type { Client } from 'pg';
import { namedValues } from '@yigou/server/database';
import { ACK_BARRIER, HEARTBEAT, UNACKED_LISTENERS } from '../sql/identity-feed.sql';
import { FEED_TIMINGS, FeedSql, IdentityChangeFeed, parseFeedMessage } from './identity-change-feed';

/** A listening connection that records what it is asked and lets the test deliver notifications. */
function fakeListener() {
  const handlers = new Map<string, ((arg: unknown) => void)[]>();
  const sent: { text: string; values?: unknown[] }[] = [];
  const client = {
    on(event: string, fn: (arg: unknown) => void) {
      handlers.set(event, [...(handlers.get(event) ?? []), fn]);
      return client;
    },
    async query(text: string, values?: unknown[]) {
      sent.push({ text, values });
      return { rows: [] };
    },
    async connect() {},
    async end() {},
  };
  const emit = (event: string, arg: unknown) => (handlers.get(event) ?? []).forEach((fn) => fn(arg));
  return {
    client: client as unknown as Client,
    sent,
    notify: (payload: string) => emit('notification', { payload }),
    fail: () => emit('error', new Error('terminated')),
  };
}

function setup(pool: FeedSql = { query: async () => [] }) {
  let now = 1000;
  const listener = fakeListener();
  const feed = new IdentityChangeFeed(
    async () => listener.client,
    pool,
    { ...FEED_TIMINGS, relistenMs: 60_000 },
    () => now,
  );
  const changed: string[] = [];
  let resets = 0;
  feed.onUserChanged((id) => changed.push(id));
  feed.onReset(() => resets++);
  return { feed, listener, changed, resets: () => resets, advance: (ms: number) => (now += ms) };
}

/** The heartbeat the feed sent last comes back through the channel. */
function echoHeartbeat(t: ReturnType<typeof setup>) {
  const last = [...t.listener.sent].reverse().find((q) => q.text.includes('INSERT INTO identity_listener'))!;
  const value = (name: (typeof HEARTBEAT.names)[number]) => last.values![HEARTBEAT.names.indexOf(name)];
  t.listener.notify(`h:${value('listenerId')}:${value('k')}`);
}

describe('IdentityChangeFeed', () => {
  afterEach(() => jest.useRealTimers());

  it('parses the channel’s three messages and ignores anything else', () => {
    expect(parseFeedMessage('u:6f1c')).toEqual({ kind: 'user', userId: '6f1c' });
    expect(parseFeedMessage('b:42')).toEqual({ kind: 'barrier', n: '42' });
    expect(parseFeedMessage('h:00000000-0000-4000-8000-000000000000:7')).toEqual({
      kind: 'heartbeat',
      listener: '00000000-0000-4000-8000-000000000000',
      k: 7,
    });
    expect(parseFeedMessage('b:1; DROP')).toBeNull();
    expect(parseFeedMessage(undefined)).toBeNull();
  });

  it('serves only once its own heartbeat came back, and stops when the heartbeats stop coming back', async () => {
    const t = setup();
    await t.feed.start();
    expect(t.feed.serving()).toBe(false);
    echoHeartbeat(t);
    expect(t.feed.serving()).toBe(true);
    t.advance(FEED_TIMINGS.freshMs + 1);
    expect(t.feed.serving()).toBe(false);
    await t.feed.stop();
  });

  it('a heartbeat of another process proves nothing about this one', async () => {
    const t = setup();
    await t.feed.start();
    t.listener.notify('h:00000000-0000-4000-8000-000000000000:1');
    expect(t.feed.serving()).toBe(false);
    await t.feed.stop();
  });

  it('evicts on a change and acknowledges a barrier after the changes before it', async () => {
    const t = setup();
    await t.feed.start();
    t.listener.notify('u:a');
    t.listener.notify('b:5');
    t.listener.notify('b:4');
    await new Promise((r) => setImmediate(r));
    expect(t.changed).toEqual(['a']);
    const acks = t.listener.sent.filter((q) => q.text.startsWith('UPDATE identity_listener'));
    expect(acks.map((q) => q.values)).toEqual([namedValues(ACK_BARRIER, { listenerId: t.feed.id, barrier: '5' })]);
    await t.feed.stop();
  });

  it('a lost listener stops the cache and clears it', async () => {
    const t = setup();
    await t.feed.start();
    echoHeartbeat(t);
    const before = t.resets();
    t.listener.fail();
    expect(t.feed.serving()).toBe(false);
    expect(t.resets()).toBe(before + 1);
    await t.feed.stop();
  });

  it('a listener still connecting when the feed stops closes its connection instead of keeping it', async () => {
    const listener = fakeListener();
    let ended = 0;
    const end = listener.client.end.bind(listener.client);
    (listener.client as unknown as { end: () => Promise<void> }).end = async () => {
      ended++;
      await end();
    };
    let connected!: (c: Client) => void;
    const feed = new IdentityChangeFeed(
      () => new Promise<Client>((resolve) => (connected = resolve)),
      { query: async () => [] },
      FEED_TIMINGS,
      () => 1000,
    );
    const starting = feed.start();
    await feed.stop();
    connected(listener.client);
    await starting;
    expect(ended).toBe(1);
    expect(feed.serving()).toBe(false);
    expect(listener.sent.some((q) => q.text.includes('INSERT INTO identity_listener'))).toBe(false);
  });

  it('settle waits until no live listener is behind the barrier, and gives up after the timeout', async () => {
    const behind = [2, 1, 0];
    const asked: string[] = [];
    const t = setup({
      query: async (text, values) => {
        asked.push(text.includes('nextval') ? 'barrier' : `unacked ${values?.[UNACKED_LISTENERS.names.indexOf('barrier')]}`);
        return text.includes('nextval') ? [{ n: '9' }] : [{ n: behind.shift() ?? 0 }];
      },
    });
    expect(await t.feed.settle()).toBe(true);
    expect(asked).toEqual(['barrier', 'unacked 9', 'unacked 9', 'unacked 9']);

    const stuck = setup({ query: async (text) => (text.includes('nextval') ? [{ n: '10' }] : (stuck.advance(700), [{ n: 1 }])) });
    expect(await stuck.feed.settle()).toBe(false);
  });
});
