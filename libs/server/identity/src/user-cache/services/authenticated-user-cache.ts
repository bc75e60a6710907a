import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from 'pg';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@yigou/server/core';
import { IdentityChangeFeed } from './identity-change-feed';
import { UserReadStore } from './user-read-store';

const STORE = { maxEntries: 10_000, maxAgeMs: 60_000, maxFamilies: 16 };

/**
 * The per-request user read's cache (USER_CACHE, default on): AuthService asks it before the database and stores
 * what it read with the ticket it took before reading. Entries go when a trigger says the user changed, when the
 * listener is lost, after 60 s, or least-recently-used past 10,000 users. Identity-changing requests call
 * `settled()` after their commit so that no process can still serve the old read once they answer.
 */
@Injectable()
export class AuthenticatedUserCache<T = unknown> implements OnApplicationBootstrap, OnApplicationShutdown {
  readonly feed: IdentityChangeFeed;
  private readonly store = new UserReadStore<T>(STORE);
  private readonly enabled: boolean;
  private databaseReads = 0;
  /** The entity managers of open `transaction()`s: writers that change a user's read check that they run in one. */
  private readonly settling = new WeakSet<EntityManager>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    const url = (db.options as { url?: string }).url;
    this.enabled = config.userCache && !!url;
    const connect = this.enabled
      ? async () => {
          const client = new Client({ connectionString: url, application_name: 'yigou-identity-listener' });
          await client.connect();
          return client;
        }
      : null;
    this.feed = new IdentityChangeFeed(connect, { query: (text, values) => db.query(text, values) });
    this.feed.onUserChanged((userId) => this.store.evict(userId));
    this.feed.onReset(() => this.store.clear());
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.enabled && this.db.isInitialized) await this.feed.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.feed.stop();
  }

  /** Called (in commit order) for every user whose per-request read changed, e.g. to re-check their open sockets. */
  onUserChanged(hook: (userId: string) => void): void {
    this.feed.onUserChanged(hook);
  }

  /** The cached read, while the listener is in step; undefined otherwise. */
  lookup(userId: string, familyId: string): T | undefined {
    return this.feed.serving() ? this.store.get(userId, familyId) : undefined;
  }

  /** Taken before reading the database; null when what is read must not be stored. */
  ticket(): number | null {
    this.databaseReads++;
    return this.feed.serving() ? this.store.ticket() : null;
  }

  remember(ticket: number | null, userId: string, familyId: string, value: T): void {
    if (ticket !== null) this.store.put(ticket, userId, familyId, value);
  }

  /** After an identity change's commit: returns once every live API process has dropped what it cached before it. */
  async settled(): Promise<void> {
    await this.feed.settle();
  }

  /** A transaction that changes what the per-request read returns: answers once it is committed and settled. */
  async transaction<R>(db: DataSource, work: (em: EntityManager) => Promise<R>): Promise<R> {
    const result = await db.transaction((em) => {
      this.settling.add(em);
      return work(em);
    });
    await this.settled();
    return result;
  }

  /**
   * Whether `em` belongs to a `transaction()` above, i.e. its commit will be settled before the request answers. A
   * grant written in any other transaction could leave the writer's next request served the read from before it.
   */
  settles(em: EntityManager): boolean {
    return this.settling.has(em);
  }

  /** For /metrics. */
  stats(): { hits: number; databaseReads: number; entries: number; serving: boolean } {
    return { hits: this.store.hits, databaseReads: this.databaseReads, entries: this.store.size, serving: this.feed.serving() };
  }
}
