import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  DataSource,
  EntityManager,
  EntitySubscriberInterface,
  QueryRunner,
  TransactionCommitEvent,
  TransactionRollbackEvent,
} from 'typeorm';
import { AppConfig } from '@yigou/server/core';
import { namedValues } from '@yigou/server/database';
import { InMemoryLivePubSub, LivePubSub, RedisLivePubSub } from './live-pubsub';
import { LiveHub } from './live-hub';
import { LiveCounters, LiveMessage } from './live-update';
import { LiveOfferState } from '../dto/live-update.types';
import { BUMP_SEQ, LiveBump, LiveCounterRow } from '../sql/live-counters.sql';

export const LIVE_PUBSUB = Symbol('LIVE_PUBSUB');

export function createLivePubSub(config: AppConfig): LivePubSub {
  return config.redisUrl ? new RedisLivePubSub(config.redisUrl, config.redisKeyPrefix) : new InMemoryLivePubSub();
}

/**
 * Moves a session's counters (always bumping `seq`) and publishes the
 * resulting absolute figures on the session's channel only after the
 * surrounding transaction commits; a rollback publishes nothing.
 */
@Injectable()
export class LivePublisher implements OnModuleInit, OnApplicationShutdown, EntitySubscriberInterface {
  private readonly log = new Logger('live');
  private readonly afterCommit = new WeakMap<QueryRunner, (() => void)[]>();
  readonly hub: LiveHub;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(LIVE_PUBSUB) readonly pubsub: LivePubSub,
  ) {
    this.hub = new LiveHub(pubsub);
  }

  onModuleInit(): void {
    if (!this.db.subscribers.includes(this)) this.db.subscribers.push(this);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.hub.close();
    await this.pubsub.close();
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    const fns = this.afterCommit.get(event.queryRunner);
    if (!fns) return;
    this.afterCommit.delete(event.queryRunner);
    for (const fn of fns) fn();
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    this.afterCommit.delete(event.queryRunner);
  }

  /**
   * Atomically applies `change` (one of the bumps of live-counters.sql.ts, with its own parameters) to the session row
   * and bumps seq (by `steps`: the number of updates applied at once, each of which gets its own message and sequence
   * number). Without a change, only seq moves.
   */
  async bump(em: EntityManager, sessionId: string): Promise<LiveCounters | null>;
  async bump<P extends string>(
    em: EntityManager,
    sessionId: string,
    change: LiveBump<P>,
    params: Readonly<Record<P, unknown>>,
    steps?: number,
  ): Promise<LiveCounters | null>;
  async bump(
    em: EntityManager,
    sessionId: string,
    change: LiveBump<string> = BUMP_SEQ,
    params: Readonly<Record<string, unknown>> = {},
    steps = 1,
  ): Promise<LiveCounters | null> {
    const rows: [LiveCounterRow[], number] | LiveCounterRow[] = await em.query(
      change.text,
      namedValues(change, { ...params, sessionId, steps }),
    );
    const list = (Array.isArray(rows[0]) ? rows[0] : rows) as LiveCounterRow[];
    const r = list[0];
    if (!r) return null;
    return {
      seq: Number(r.seq),
      status: r.status,
      orderCount: r.order_count,
      placedCount: r.placed_count,
      itemCount: r.item_count,
      salesFen: Number(r.sales_fen),
      likeCount: r.like_count,
      viewerCount: r.viewer_count,
      currentOfferId: r.current_offer_id,
    };
  }

  /** Publishes when `em`'s transaction commits (at once when there is none). */
  publishAfterCommit(em: EntityManager, message: LiveMessage): void {
    const send = () => {
      this.pubsub
        .publish(message.sessionId, JSON.stringify(message))
        .catch((e: unknown) => this.log.warn(`live publish failed: ${e instanceof Error ? e.message : String(e)}`));
    };
    const qr = em.queryRunner;
    if (!qr || !qr.isTransactionActive) {
      send();
      return;
    }
    const list = this.afterCommit.get(qr) ?? [];
    list.push(send);
    this.afterCommit.set(qr, list);
  }

  static offerState(row: { sku_id: string; pinned: boolean; claimed: number; stock_cap: number | null }): LiveOfferState {
    return {
      skuId: row.sku_id,
      pinned: row.pinned,
      claimed: row.claimed,
      stockLeft: row.stock_cap === null ? null : row.stock_cap - row.claimed,
    };
  }
}
