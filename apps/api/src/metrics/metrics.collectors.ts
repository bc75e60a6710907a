import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Gauge } from 'prom-client';
import { DataSource } from 'typeorm';
import { EventDispatcher } from '@yigou/server/events';
import { AuthenticatedUserCache } from '@yigou/server/identity';
import { LivePublisher } from '@yigou/server/livestream';
import { CheckoutService } from '@yigou/server/orders';
import { ApiMetrics } from './api-metrics';

/** The part of pg's Pool that TypeORM's driver keeps as `master`. */
interface PgPoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
  options?: { max?: number };
}

/** Gauges read at scrape time from the services that own the state: nothing is counted per request. */
@Injectable()
export class MetricsCollectors implements OnModuleInit {
  constructor(
    private readonly metrics: ApiMetrics,
    @InjectDataSource() private readonly db: DataSource,
    private readonly events: EventDispatcher,
    private readonly live: LivePublisher,
    private readonly checkout: CheckoutService,
    private readonly userCache: AuthenticatedUserCache,
  ) {}

  onModuleInit(): void {
    const registers = [this.metrics.registry];
    const pool = () => (this.db.driver as unknown as { master?: PgPoolCounts }).master;
    new Gauge({
      name: 'yigou_db_pool_connections',
      help: 'Database pool of this process: connections open (total), idle, and requests waiting for one',
      labelNames: ['state'],
      registers,
      collect() {
        const p = pool();
        if (!p) return;
        this.set({ state: 'total' }, p.totalCount);
        this.set({ state: 'idle' }, p.idleCount);
        this.set({ state: 'in_use' }, p.totalCount - p.idleCount);
        this.set({ state: 'waiting' }, p.waitingCount);
      },
    });
    new Gauge({
      name: 'yigou_db_pool_max',
      help: 'Largest number of connections the pool of this process opens',
      registers,
      collect() {
        const max = pool()?.options?.max;
        if (max !== undefined) this.set(max);
      },
    });
    // Both outbox gauges come from one query per consumer: the registry collects its metrics concurrently, so the
    // first of the two to ask starts the query and the other waits for the same answer.
    const events = this.events;
    let lagQuery: ReturnType<EventDispatcher['lagByConsumer']> | null = null;
    const lag = () =>
      (lagQuery ??= events.lagByConsumer().finally(() => {
        lagQuery = null;
      }));
    new Gauge({
      name: 'yigou_outbox_pending_events',
      help: 'Domain events waiting for each consumer (outbox lag in events)',
      labelNames: ['consumer'],
      registers,
      async collect() {
        for (const l of await lag()) this.set({ consumer: l.consumer }, l.pending);
      },
    });
    new Gauge({
      name: 'yigou_outbox_oldest_pending_seconds',
      help: 'Age of the oldest domain event a consumer has not handled yet (outbox lag in time; 0 when caught up)',
      labelNames: ['consumer'],
      registers,
      async collect() {
        for (const l of await lag()) this.set({ consumer: l.consumer }, l.oldestSeconds);
      },
    });
    const live = this.live;
    new Gauge({
      name: 'yigou_live_viewers',
      help: 'Live room viewers connected to this process (sum over the replicas for the whole site)',
      registers,
      collect() {
        this.set(live.hub.clientCount());
      },
    });
    const checkout = this.checkout;
    new Gauge({
      name: 'yigou_checkout_queue_length',
      help: 'Checkouts waiting in this process for a place on a hot SKU (SkuGate)',
      registers,
      collect() {
        this.set(checkout.queue().waiting);
      },
    });
    new Gauge({
      name: 'yigou_checkout_busy_skus',
      help: 'SKUs with checkouts running or waiting in this process',
      registers,
      collect() {
        this.set(checkout.queue().busySkus);
      },
    });
    const userCache = this.userCache;
    new Gauge({
      name: 'yigou_user_reads',
      help: 'Per-request user reads of this process since start, by where they were answered from (cache or database)',
      labelNames: ['source'],
      registers,
      collect() {
        const s = userCache.stats();
        this.set({ source: 'cache' }, s.hits);
        this.set({ source: 'database' }, s.databaseReads);
      },
    });
    new Gauge({
      name: 'yigou_user_cache_serving',
      help: '1 while this process answers the per-request user read from its cache (listener connected and in step), else 0',
      registers,
      collect() {
        this.set(userCache.stats().serving ? 1 : 0);
      },
    });
  }
}
