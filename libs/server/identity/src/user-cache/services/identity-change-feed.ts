import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { Client } from 'pg';
import { namedValues, PgChannelListener, queryNamed } from '@yigou/server/database';
import { ACK_BARRIER, DELETE_LISTENER, HEARTBEAT, IDENTITY_CHANNEL, SEND_BARRIER, UNACKED_LISTENERS } from '../sql/identity-feed.sql';

export interface FeedTimings {
  /** How often the listener writes its heartbeat and sends itself a notification. */
  heartbeatMs: number;
  /**
   * The cache serves only while the listener's latest self-notification, sent at most this long ago, has come back:
   * everything committed before it has then been handled. Must stay under `barrierTimeoutMs`.
   */
  freshMs: number;
  /** How long a writer waits for every live listener's acknowledgement before it answers anyway. */
  barrierTimeoutMs: number;
  /** Listeners whose heartbeat is older than this are taken for dead and not waited for. */
  liveSeconds: number;
  relistenMs: number;
}

export const FEED_TIMINGS: FeedTimings = { heartbeatMs: 500, freshMs: 1500, barrierTimeoutMs: 2000, liveSeconds: 10, relistenMs: 1000 };

/** What a notification on the channel says: `u:<user id>` changed, `b:<n>` barrier, `h:<listener>:<k>` heartbeat. */
export type FeedMessage =
  { kind: 'user'; userId: string } | { kind: 'barrier'; n: string } | { kind: 'heartbeat'; listener: string; k: number } | null;

export function parseFeedMessage(payload: string | undefined): FeedMessage {
  if (!payload) return null;
  if (payload.startsWith('u:')) return { kind: 'user', userId: payload.slice(2) };
  if (payload.startsWith('b:') && /^\d+$/.test(payload.slice(2))) return { kind: 'barrier', n: payload.slice(2) };
  const h = /^h:([0-9a-f-]{36}):(\d+)$/.exec(payload);
  return h ? { kind: 'heartbeat', listener: h[1], k: Number(h[2]) } : null;
}

/** The SQL the feed sends (its own listening connection, and the writer's barrier on the pool). */
export interface FeedSql {
  query(text: string, values?: unknown[]): Promise<unknown[]>;
}

/**
 * This process's ear on identity changes. A dedicated connection LISTENs on IDENTITY_CHANNEL: triggers on
 * `app_user`, `role_grant` and `auth_session` name the user whose per-request read changed, and `onUserChanged`
 * hooks evict it (notifications arrive in commit order and are handled synchronously, in order). A barrier
 * notification is acknowledged in `identity_listener` once everything before it is handled.
 *
 * `serving()` tells whether the cache may answer: the listener is connected and one of its own heartbeat
 * notifications, sent less than `freshMs` ago, came back. `settle()` is the writer's side: after its commit, an
 * identity-changing request waits until every live listener acknowledged a barrier sent after that commit.
 */
export class IdentityChangeFeed {
  readonly id = randomUUID();
  private readonly log = new Logger('identity-feed');
  private readonly listener: PgChannelListener | null;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  private heartbeats = 0;
  private beating = false;
  private readonly sentAt = new Map<number, number>();
  private syncedAt = -Infinity;
  private ackedUpTo = 0n;
  private acking: Promise<void> = Promise.resolve();
  private readonly changeHooks: ((userId: string) => void)[] = [];
  private readonly resetHooks: (() => void)[] = [];

  constructor(
    connect: (() => Promise<Client>) | null,
    private readonly pool: FeedSql,
    private readonly timings: FeedTimings = FEED_TIMINGS,
    private readonly clock: () => number = () => performance.now(),
  ) {
    this.listener = connect
      ? new PgChannelListener(
          IDENTITY_CHANNEL,
          connect,
          {
            notification: (payload, from) => this.handle(payload, from),
            // Anything cached before now may have missed a change: start empty, serve once a heartbeat comes back.
            listening: async () => {
              this.reset();
              await this.heartbeat(true);
            },
            lost: () => this.reset(),
          },
          timings.relistenMs,
          (why, ms) => this.log.warn(`identity listener lost (${why}); the user cache is off, listening again in ${ms} ms`),
        )
      : null;
  }

  /** The listening connection, or null while there is none. */
  private get client(): Client | null {
    return this.listener?.client ?? null;
  }

  /** Called for every user whose read changed, synchronously, in commit order. */
  onUserChanged(hook: (userId: string) => void): void {
    this.changeHooks.push(hook);
  }

  /** Called when the listener is lost or comes back: whatever was cached may have missed a change. */
  onReset(hook: () => void): void {
    this.resetHooks.push(hook);
  }

  serving(): boolean {
    return this.client !== null && this.clock() - this.syncedAt <= this.timings.freshMs;
  }

  async start(): Promise<void> {
    if (!this.listener) return;
    await this.listener.listen();
    if (this.stopped) return;
    this.timer = setInterval(() => void this.heartbeat(), this.timings.heartbeatMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    const client = this.listener?.stop() ?? null;
    this.reset();
    if (!client) return;
    await this.acking;
    await client.query(DELETE_LISTENER.text, namedValues(DELETE_LISTENER, { listenerId: this.id })).catch(() => undefined);
    await client.end().catch(() => undefined);
  }

  /** Handles one notification (public for the unit tests: the listening connection calls it). */
  handle(payload: string | undefined, from: Client | null = this.client): void {
    const m = parseFeedMessage(payload);
    if (!m) return;
    if (m.kind === 'user') for (const hook of this.changeHooks) hook(m.userId);
    else if (m.kind === 'heartbeat') {
      if (m.listener !== this.id) return;
      const sent = this.sentAt.get(m.k);
      for (const k of this.sentAt.keys()) if (k <= m.k) this.sentAt.delete(k);
      if (sent !== undefined && sent > this.syncedAt) this.syncedAt = sent;
    } else if (from) this.ack(from, BigInt(m.n));
  }

  /** Sends a barrier after the caller's commit and waits (at most barrierTimeoutMs) for every live listener. */
  async settle(): Promise<boolean> {
    const [{ n }] = await queryNamed(this.pool, SEND_BARRIER, {});
    const deadline = this.clock() + this.timings.barrierTimeoutMs;
    for (let pause = 1; ; pause = Math.min(pause * 2, 20)) {
      const [{ n: waiting }] = await queryNamed(this.pool, UNACKED_LISTENERS, { barrier: n, liveSeconds: this.timings.liveSeconds });
      if (waiting === 0) return true;
      if (this.clock() >= deadline) {
        this.log.warn(
          `barrier ${n}: ${waiting} listener(s) did not acknowledge within ${this.timings.barrierTimeoutMs} ms; their caches are off until they catch up`,
        );
        return false;
      }
      await new Promise((r) => setTimeout(r, pause));
    }
  }

  private ack(client: Client, n: bigint): void {
    if (n <= this.ackedUpTo) return;
    this.ackedUpTo = n;
    this.acking = this.acking
      .then(() =>
        client.query(ACK_BARRIER.text, namedValues(ACK_BARRIER, { listenerId: this.id, barrier: n.toString() })).then(() => undefined),
      )
      .catch((e: Error) => this.listener?.lostConnection(client, e.message));
  }

  private reset(): void {
    this.syncedAt = -Infinity;
    this.sentAt.clear();
    for (const hook of this.resetHooks) hook();
  }

  private async heartbeat(afterListen = false): Promise<void> {
    const client = this.client;
    // One at a time: a stuck one must not queue more behind it (the cache stops serving meanwhile).
    if (!client || (this.beating && !afterListen)) return;
    this.beating = true;
    const k = ++this.heartbeats;
    this.sentAt.set(k, this.clock());
    // A heartbeat that never comes back must not pile up (the listener then stops serving by itself).
    if (this.sentAt.size > 100) this.sentAt.delete(this.sentAt.keys().next().value as number);
    await client
      .query(HEARTBEAT.text, namedValues(HEARTBEAT, { listenerId: this.id, k, afterListen }))
      .catch((e: Error) => this.listener?.lostConnection(client, e.message))
      .finally(() => (this.beating = false));
  }
}
