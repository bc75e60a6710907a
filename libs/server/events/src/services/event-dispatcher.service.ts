import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig, queryNamed } from '@yigou/server/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Client } from 'pg';
import { EventConsumer } from '../dto/domain-events';
import type { EventName } from '../dto/event-map';
import { OUTBOX_CHANNEL } from './event-outbox.service';
import { ConsumerDelivery } from './consumer-delivery';
import { CONSUMER_LAG } from '../sql/outbox.sql';

const POLL_MS = 2000;

/** Runs one consumer's delivery rounds one after another; a round asked for while one runs is run once after it. */
class ConsumerLoop {
  private running: Promise<number> | null = null;
  private queued: Promise<number> | null = null;

  constructor(private readonly round: () => Promise<number>) {}

  run(): Promise<number> {
    if (this.queued) return this.queued;
    const start = (): Promise<number> => {
      const p = this.round().finally(() => {
        if (this.running === p) this.running = null;
      });
      this.running = p;
      return p;
    };
    if (!this.running) return start();
    const q = this.running
      .catch(() => 0)
      .then(() => {
        this.queued = null;
        return start();
      });
    this.queued = q;
    return q;
  }

  idle(): Promise<unknown> {
    return Promise.allSettled([this.running, this.queued]);
  }
}

/**
 * Delivers outbox events to the registered consumers, each consumer in its own loop so that a slow or failing
 * one holds up nobody else. A round delivers batches (`ConsumerDelivery`) until nothing is left; a failing event
 * is retried with backoff and then parked (see `event_dead_letter`) while the consumer goes on. Woken by
 * LISTEN/NOTIFY on commit, and by a slow poll that also picks up retries as they fall due.
 */
@Injectable()
export class EventDispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger('events');
  private readonly deliveries = new Map<string, { delivery: ConsumerDelivery; loop: ConsumerLoop }>();
  private listener: Client | null = null;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  register<T extends EventName>(consumer: EventConsumer<T>): void {
    if (this.deliveries.has(consumer.name)) throw new Error(`duplicate event consumer ${consumer.name}`);
    const delivery = new ConsumerDelivery(this.db, consumer, {
      maxAttempts: this.config.eventsMaxAttempts,
      baseMs: this.config.eventsRetryBaseMs,
      maxMs: this.config.eventsRetryMaxMs,
    });
    this.deliveries.set(consumer.name, { delivery, loop: new ConsumerLoop(() => this.round(delivery)) });
  }

  /** The registered consumers and the event types each wants. */
  consumerTypes(): Record<string, string[]> {
    return Object.fromEntries([...this.deliveries].map(([name, d]) => [name, [...d.delivery.consumer.types]]));
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.eventsAutoDeliver || !this.db.isInitialized) return;
    await this.listen();
    this.timer = setInterval(() => this.kick(), POLL_MS);
    this.timer.unref();
    this.kick();
  }

  /** LISTENs for commits; when the connection is lost (database restarted) it listens again a second later. */
  private async listen(): Promise<void> {
    const url = (this.db.options as { url?: string }).url;
    if (!url || this.stopped) return;
    const client = new Client({ connectionString: url });
    let lost = false;
    const relisten = (why: string) => {
      if (lost) return;
      lost = true;
      if (this.listener === client) this.listener = null;
      void client.end().catch(() => undefined);
      if (this.stopped) return;
      this.log.warn(`outbox listener lost (${why}); listening again in 1 s`);
      setTimeout(() => void this.listen().then(() => this.kick()), 1000).unref();
    };
    client.on('error', (e) => relisten(e.message));
    client.on('end', () => relisten('connection ended'));
    client.on('notification', () => this.kick());
    try {
      await client.connect();
      await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
      this.listener = client;
    } catch (e) {
      relisten(e instanceof Error ? e.message : String(e));
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await Promise.all([...this.deliveries.values()].map((d) => d.loop.idle()));
    const listener = this.listener;
    this.listener = null;
    await listener?.end().catch(() => undefined);
  }

  /**
   * How far each consumer is behind, for /metrics: the events of its types past the last one it handled, and the
   * age of the oldest of them. Read from the primary key's last entry per consumer and the outbox's id order, so a
   * scrape costs two index lookups per consumer however long the outbox is. (An event that committed late, below
   * that mark, is not counted; the dispatcher still delivers it within a poll.)
   */
  async lagByConsumer(): Promise<{ consumer: string; pending: number; oldestSeconds: number }[]> {
    return Promise.all(
      Object.entries(this.consumerTypes()).map(async ([name, types]) => {
        const [row] = await queryNamed(this.db, CONSUMER_LAG, { consumer: name, types });
        return { consumer: name, pending: row.pending, oldestSeconds: Math.max(0, row.oldest ?? 0) };
      }),
    );
  }

  /** Asks every consumer for a delivery round soon; rounds of one consumer never overlap within a process. */
  kick(): void {
    if (this.stopped) return;
    for (const [name, d] of this.deliveries) {
      d.loop.run().catch((e: unknown) => this.log.error(`event delivery to ${name} failed: ${e instanceof Error ? e.message : String(e)}`));
    }
  }

  /**
   * Delivers everything pending (and every retry that is due) to every consumer, the consumers side by side;
   * returns how many deliveries were made. A failing event does not make it fail: it is recorded as a dead
   * letter. Errors of the delivery itself (the database gone) are rethrown after every consumer had its turn.
   */
  async drain(): Promise<number> {
    const results = await Promise.allSettled([...this.deliveries.values()].map((d) => d.loop.run()));
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
    return results.reduce((s, r) => s + (r.status === 'fulfilled' ? r.value : 0), 0);
  }

  /** One consumer's round, e.g. right after a platform admin asked for a retry. */
  drainConsumer(name: string): Promise<number> {
    const d = this.deliveries.get(name);
    return d ? d.loop.run() : Promise.resolve(0);
  }

  private async round(delivery: ConsumerDelivery): Promise<number> {
    let delivered = 0;
    for (;;) {
      const r = await delivery.deliverBatch();
      if (r.kind === 'locked') return delivered;
      if (r.kind === 'delivered') {
        delivered += r.count;
        if (!r.more) return delivered;
      }
    }
  }
}
