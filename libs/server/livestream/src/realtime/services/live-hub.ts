import type { LivePubSub } from './live-pubsub';
import { LiveMessage, mergeInto, MAX_ITEMS_PER_PUSH } from './live-update';
import { LiveUpdate } from '../dto/live-update.types';

/** At most this many pushes per second reach a client: one per interval. */
export const PUSH_INTERVAL_MS = 500;
/** Changes that can wait (viewer counts) go out at most this often unless something else is pushed. */
export const QUIET_INTERVAL_MS = 5000;

class ClientQueue implements AsyncIterableIterator<LiveUpdate> {
  private buffered: LiveUpdate | null = null;
  private waiting: ((r: IteratorResult<LiveUpdate>) => void) | null = null;
  private done = false;
  constructor(private readonly onClose: () => Promise<void>) {}

  push(u: LiveUpdate): void {
    if (this.done) return;
    if (this.waiting) {
      const w = this.waiting;
      this.waiting = null;
      w({ value: u, done: false });
      return;
    }
    this.buffered = this.buffered ? mergeUpdates(this.buffered, u) : u;
  }

  next(): Promise<IteratorResult<LiveUpdate>> {
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    if (this.buffered) {
      const value = this.buffered;
      this.buffered = null;
      return Promise.resolve({ value, done: false });
    }
    return new Promise((resolve) => (this.waiting = resolve));
  }

  async return(): Promise<IteratorResult<LiveUpdate>> {
    if (!this.done) {
      this.done = true;
      this.buffered = null;
      this.waiting?.({ value: undefined, done: true });
      this.waiting = null;
      await this.onClose();
    }
    return { value: undefined, done: true };
  }

  async throw(e: unknown): Promise<IteratorResult<LiveUpdate>> {
    await this.return();
    throw e;
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<LiveUpdate> {
    return this;
  }
}

/** Combines two pushes a slow client has not taken yet. */
export function mergeUpdates(a: LiveUpdate, b: LiveUpdate): LiveUpdate {
  const newer = b.seq >= a.seq ? b : a;
  const bySku = new Map((newer === b ? [...a.offers, ...b.offers] : [...b.offers, ...a.offers]).map((o) => [o.skuId, o]));
  const deleted = new Set([...a.deletedCommentIds, ...b.deletedCommentIds]);
  return {
    ...newer,
    offers: [...bySku.values()],
    orders: [...a.orders, ...b.orders].slice(-MAX_ITEMS_PER_PUSH),
    comments: [...a.comments, ...b.comments].filter((c) => !deleted.has(c.id)).slice(-MAX_ITEMS_PER_PUSH),
    deletedCommentIds: [...deleted],
    coalesced: a.coalesced + b.coalesced,
  };
}

class SessionFeed {
  readonly clients = new Set<ClientQueue>();
  pending: LiveUpdate | null = null;
  lastFlush = 0;
  timer: NodeJS.Timeout | null = null;
  timerDue = 0;
  urgent = false;
  release: Promise<() => Promise<void>> | null = null;
}

/**
 * Per process, one feed per session: messages from the pub/sub are merged and
 * flushed to every local client at most once per PUSH_INTERVAL_MS, so each
 * client gets at most two pushes a second whatever the event rate.
 */
export class LiveHub {
  private readonly feeds = new Map<string, SessionFeed>();

  constructor(
    private readonly pubsub: LivePubSub,
    private readonly intervalMs = PUSH_INTERVAL_MS,
    private readonly quietIntervalMs = QUIET_INTERVAL_MS,
  ) {}

  /** Local clients across sessions (for tests and metrics). */
  clientCount(): number {
    let n = 0;
    for (const f of this.feeds.values()) n += f.clients.size;
    return n;
  }

  async listen(sessionId: string, onClose: () => Promise<void> = async () => undefined): Promise<AsyncIterableIterator<LiveUpdate>> {
    let feed = this.feeds.get(sessionId);
    if (!feed) {
      const created = new SessionFeed();
      feed = created;
      this.feeds.set(sessionId, created);
      created.release = this.pubsub.subscribe(sessionId, (raw) => this.onMessage(sessionId, created, raw));
    }
    const f = feed;
    const client = new ClientQueue(async () => {
      f.clients.delete(client);
      if (f.clients.size === 0 && this.feeds.get(sessionId) === f) {
        this.feeds.delete(sessionId);
        if (f.timer) clearTimeout(f.timer);
        const release = await f.release?.catch(() => null);
        await release?.();
      }
      await onClose();
    });
    f.clients.add(client);
    await f.release;
    return client;
  }

  private onMessage(sessionId: string, feed: SessionFeed, raw: string): void {
    let m: LiveMessage;
    try {
      m = JSON.parse(raw) as LiveMessage;
    } catch {
      return;
    }
    if (m.sessionId !== sessionId) return;
    feed.pending = mergeInto(feed.pending, m);
    if (!m.quiet) feed.urgent = true;
    const due = feed.lastFlush + (feed.urgent ? this.intervalMs : this.quietIntervalMs);
    if (feed.timer) {
      if (feed.timerDue <= due) return;
      clearTimeout(feed.timer);
    }
    feed.timerDue = due;
    feed.timer = setTimeout(() => this.flush(feed), Math.max(0, due - Date.now()));
  }

  private flush(feed: SessionFeed): void {
    feed.timer = null;
    feed.urgent = false;
    feed.lastFlush = Date.now();
    const u = feed.pending;
    feed.pending = null;
    if (!u) return;
    // The same object goes to every local client and its fields do not depend on who asks:
    // the API executes its selection once per push, not once per viewer (apps/api graphql/shared-push-subscribe.ts).
    Object.defineProperty(u, Symbol.for('yigou.sharedPush'), { value: true });
    for (const c of feed.clients) c.push(u);
  }

  async close(): Promise<void> {
    for (const f of this.feeds.values()) {
      if (f.timer) clearTimeout(f.timer);
      for (const c of [...f.clients]) await c.return();
    }
    this.feeds.clear();
  }
}
