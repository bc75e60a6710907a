import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import Redis from 'ioredis';
import { APP_CONFIG, AppConfig } from '../config/app-config';

interface Entry {
  body: Buffer;
  expiresAt: number;
}

/** A response being computed: the requests for the same key that arrive meanwhile wait for it. */
interface Pending {
  generation: number;
  promise: Promise<Buffer | null>;
  settle: (body: Buffer | null) => void;
}

const MAX_ENTRIES = 2000;

/**
 * The shared cache of anonymous catalogue responses (see apps/api/src/graphql/public-cache.middleware.ts).
 *
 * Entries are fresh for `publicCacheTtlMs`, then served stale for one more TTL while one request recomputes them. `invalidate()` — called
 * by the catalogue's write paths after their
 * transaction commits — empties it at once in this process and, with REDIS_URL, in every other API process
 * (pub/sub channel `<prefix>public-cache`). A response computed while an invalidation happened is not stored
 * (generation check), so a read that started before a write never refills the cache with the old data.
 */
@Injectable()
export class PublicResponseCache implements OnModuleInit, OnModuleDestroy {
  private readonly log = new Logger('public-cache');
  private readonly entries = new Map<string, Entry>();
  private readonly pending = new Map<string, Pending>();
  private generation = 0;
  private readonly origin = randomUUID();
  private pub: Redis | null = null;
  private sub: Redis | null = null;
  /** Counters for benchmarks and tests. */
  readonly stats = { hits: 0, staleHits: 0, misses: 0, waits: 0, invalidations: 0, remoteInvalidations: 0 };

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get enabled(): boolean {
    return this.config.publicCacheTtlMs > 0;
  }

  private get channel(): string {
    return `${this.config.redisKeyPrefix}public-cache`;
  }

  async onModuleInit(): Promise<void> {
    if (!this.enabled || !this.config.redisUrl) return;
    const opts = { maxRetriesPerRequest: null, enableOfflineQueue: true, retryStrategy: (n: number) => Math.min(50 * n, 2000) } as const;
    this.pub = new Redis(this.config.redisUrl, opts);
    this.sub = new Redis(this.config.redisUrl, opts);
    for (const c of [this.pub, this.sub]) c.on('error', (e: Error) => this.log.warn(`redis: ${e.message}`));
    this.sub.on('message', (channel: string, message: string) => {
      if (channel !== this.channel || message === this.origin) return;
      this.stats.remoteInvalidations++;
      this.clear();
    });
    // While Redis is unreachable other processes' writes cannot reach us: the TTL bounds the staleness.
    await this.sub.subscribe(this.channel);
  }

  onModuleDestroy(): void {
    this.pub?.disconnect();
    this.sub?.disconnect();
  }

  /** A fresh cached body, or null. */
  get(key: string, now = Date.now()): Buffer | null {
    const e = this.entries.get(key);
    if (!e || e.expiresAt <= now) return null;
    this.stats.hits++;
    return e.body;
  }

  /**
   * An expired body not older than two TTLs, served while another request recomputes it
   * (stale-while-revalidate: expiry costs one request a miss, not every request a wait).
   * Never after an invalidation: that removes the entries.
   */
  stale(key: string, now = Date.now()): Buffer | null {
    const e = this.entries.get(key);
    if (!e) return null;
    if (e.expiresAt + this.config.publicCacheTtlMs <= now) {
      this.entries.delete(key);
      return null;
    }
    this.stats.staleHits++;
    return e.body;
  }

  /**
   * Starts computing `key`. Returns `wait` (another request is computing it: its body, or null when it
   * turned out not cacheable or was invalidated) or `compute` with the token to hand to `finish`.
   */
  begin(key: string): { wait: Promise<Buffer | null> } | { compute: number } {
    const p = this.pending.get(key);
    if (p && p.generation === this.generation) {
      this.stats.waits++;
      return { wait: p.promise };
    }
    this.stats.misses++;
    let settle!: (body: Buffer | null) => void;
    const promise = new Promise<Buffer | null>((resolve) => (settle = resolve));
    this.pending.set(key, { generation: this.generation, promise, settle });
    return { compute: this.generation };
  }

  /** Ends a `begin`: stores the body (null = not cacheable) unless the catalogue changed meanwhile. */
  finish(key: string, generation: number, body: Buffer | null): void {
    const current = generation === this.generation;
    if (body && current) {
      if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
      this.entries.set(key, { body, expiresAt: Date.now() + this.config.publicCacheTtlMs });
    }
    const p = this.pending.get(key);
    if (p && p.generation === generation) {
      this.pending.delete(key);
      p.settle(current ? body : null);
    }
  }

  /** The catalogue changed (call after the transaction committed): forget everything here and elsewhere. */
  invalidate(): void {
    if (!this.enabled) return;
    this.stats.invalidations++;
    this.clear();
    if (this.pub) {
      this.pub.publish(this.channel, this.origin).catch((e: Error) => this.log.warn(`publish failed: ${e.message}`));
    }
  }

  private clear(): void {
    this.generation++;
    this.entries.clear();
    // Requests waiting on a computation that started before the change compute again themselves.
    for (const p of this.pending.values()) p.settle(null);
    this.pending.clear();
  }
}
