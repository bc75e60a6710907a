import { Logger } from '@nestjs/common';
import Redis from 'ioredis';

export type LiveMessageHandler = (message: string) => void;

/**
 * Fan-out of live updates, one channel per session. Subscriptions are
 * reference-counted per process: the first local listener of a session
 * subscribes the channel, the last one to leave unsubscribes it, so a
 * disconnect never leaks a Redis subscription.
 */
export interface LivePubSub {
  publish(sessionId: string, message: string): Promise<void>;
  /** Resolves once the channel is subscribed; the returned function releases it. */
  subscribe(sessionId: string, handler: LiveMessageHandler): Promise<() => Promise<void>>;
  /** Sessions this process listens to now (for tests and metrics). */
  channelCount(): number;
  close(): Promise<void>;
}

abstract class RefCountedPubSub implements LivePubSub {
  protected readonly handlers = new Map<string, Set<LiveMessageHandler>>();
  private readonly pending = new Map<string, Promise<void>>();

  abstract publish(sessionId: string, message: string): Promise<void>;
  protected abstract attach(sessionId: string): Promise<void>;
  protected abstract detach(sessionId: string): Promise<void>;
  abstract close(): Promise<void>;

  channelCount(): number {
    return this.handlers.size;
  }

  protected deliver(sessionId: string, message: string): void {
    const set = this.handlers.get(sessionId);
    if (!set) return;
    for (const h of set) h(message);
  }

  async subscribe(sessionId: string, handler: LiveMessageHandler): Promise<() => Promise<void>> {
    let set = this.handlers.get(sessionId);
    if (!set) {
      set = new Set();
      this.handlers.set(sessionId, set);
      const attaching = this.attach(sessionId);
      this.pending.set(sessionId, attaching);
      attaching.finally(() => this.pending.delete(sessionId)).catch(() => undefined);
    }
    set.add(handler);
    await this.pending.get(sessionId);
    let released = false;
    return async () => {
      if (released) return;
      released = true;
      const current = this.handlers.get(sessionId);
      if (!current) return;
      current.delete(handler);
      if (current.size === 0) {
        this.handlers.delete(sessionId);
        await this.pending.get(sessionId)?.catch(() => undefined);
        if (!this.handlers.has(sessionId)) await this.detach(sessionId);
      }
    };
  }
}

/** One process, no Redis. */
export class InMemoryLivePubSub extends RefCountedPubSub {
  async publish(sessionId: string, message: string): Promise<void> {
    // Asynchronous like Redis, so publishers never run listeners inline.
    queueMicrotask(() => this.deliver(sessionId, message));
  }
  protected async attach(): Promise<void> {
    return;
  }
  protected async detach(): Promise<void> {
    return;
  }
  async close(): Promise<void> {
    this.handlers.clear();
  }
}

/** Several API processes: Redis PUBLISH/SUBSCRIBE, channel `<prefix>live:<sessionId>`. */
export class RedisLivePubSub extends RefCountedPubSub {
  private readonly log = new Logger('live-pubsub');
  private readonly pub: Redis;
  private readonly sub: Redis;

  constructor(
    url: string,
    private readonly prefix: string,
  ) {
    super();
    const opts = {
      maxRetriesPerRequest: null,
      enableOfflineQueue: true,
      lazyConnect: false,
      retryStrategy: (n: number) => Math.min(50 * n, 2000),
    } as const;
    // Named, so an operator (or a test) can find this process's connections in CLIENT LIST.
    this.pub = new Redis(url, { ...opts, connectionName: `${safeName(prefix)}live-pub` });
    this.sub = new Redis(url, { ...opts, connectionName: `${safeName(prefix)}live-sub` });
    for (const c of [this.pub, this.sub]) c.on('error', (e: Error) => this.log.warn(`redis: ${e.message}`));
    this.sub.on('message', (channel: string, message: string) => {
      if (channel.startsWith(this.channelPrefix)) this.deliver(channel.slice(this.channelPrefix.length), message);
    });
    // ioredis re-subscribes its channels after a reconnect (autoResubscribe); listeners refetch on the next push.
  }

  get channelPrefix(): string {
    return `${this.prefix}live:`;
  }

  channelOf(sessionId: string): string {
    return this.channelPrefix + sessionId;
  }

  async publish(sessionId: string, message: string): Promise<void> {
    await this.pub.publish(this.channelOf(sessionId), message);
  }

  protected async attach(sessionId: string): Promise<void> {
    await this.sub.subscribe(this.channelOf(sessionId));
  }

  protected async detach(sessionId: string): Promise<void> {
    await this.sub.unsubscribe(this.channelOf(sessionId));
  }

  async close(): Promise<void> {
    this.handlers.clear();
    this.pub.disconnect();
    this.sub.disconnect();
  }
}

/** CLIENT SETNAME allows no spaces. */
function safeName(prefix: string): string {
  return prefix.replace(/[^A-Za-z0-9:_-]/g, '_');
}
