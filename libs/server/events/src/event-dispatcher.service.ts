import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@yigou/server/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Client } from 'pg';
import { DomainEvent, EventConsumer } from './domain-events';
import { OUTBOX_CHANNEL } from './event-outbox.service';

const BATCH = 100;
const POLL_MS = 2000;

interface Row {
  id: string;
  type: string;
  aggregate_type: string;
  aggregate_id: string;
  payload: Record<string, unknown>;
  created_at: Date;
}

/**
 * Delivers outbox events to the registered consumers. Each batch runs in one
 * transaction per consumer that takes a per-consumer advisory lock (so one
 * process at a time serves a consumer), handles the events in id order and
 * records them in event_consumption. Woken by LISTEN/NOTIFY on commit, and
 * by a slow poll as a safety net.
 */
@Injectable()
export class EventDispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger('events');
  private readonly consumers: EventConsumer[] = [];
  private listener: Client | null = null;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  register(consumer: EventConsumer): void {
    if (this.consumers.some((c) => c.name === consumer.name)) throw new Error(`duplicate event consumer ${consumer.name}`);
    this.consumers.push(consumer);
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.eventsAutoDeliver || !this.db.isInitialized) return;
    const url = (this.db.options as { url?: string }).url;
    if (url) {
      this.listener = new Client({ connectionString: url });
      this.listener.on('error', (e) => this.log.warn(`outbox listener: ${e.message}`));
      this.listener.on('notification', () => this.kick());
      await this.listener.connect();
      await this.listener.query(`LISTEN ${OUTBOX_CHANNEL}`);
    }
    this.timer = setInterval(() => this.kick(), POLL_MS);
    this.timer.unref();
    this.kick();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running?.catch(() => undefined);
    await this.listener?.end().catch(() => undefined);
  }

  /**
   * How far each consumer is behind, for /metrics: the events of its types past the last one it handled, and the
   * age of the oldest of them. Read from the primary key's last entry per consumer and the outbox's id order, so a
   * scrape costs two index lookups per consumer however long the outbox is. (An event that committed late, below
   * that mark, is not counted; the dispatcher still delivers it within a poll.)
   */
  async lagByConsumer(): Promise<{ consumer: string; pending: number; oldestSeconds: number }[]> {
    return Promise.all(
      this.consumers.map(async (c) => {
        const [row]: { pending: number; oldest: number | null }[] = await this.db.query(
          `SELECT count(*)::int AS pending, extract(epoch FROM now() - min(e.created_at))::float8 AS oldest
             FROM outbox_event e
            WHERE e.type = ANY($2)
              AND e.id > coalesce((SELECT max(event_id) FROM event_consumption WHERE consumer = $1), 0)`,
          [c.name, [...c.types]],
        );
        return { consumer: c.name, pending: row.pending, oldestSeconds: Math.max(0, row.oldest ?? 0) };
      }),
    );
  }

  /** Asks for a delivery round soon; rounds never overlap within a process. */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain()
      .then(() => undefined)
      .catch((e: unknown) => this.log.error(`event delivery failed: ${e instanceof Error ? e.message : String(e)}`))
      .finally(() => {
        this.running = null;
        if (this.again && !this.stopped) {
          this.again = false;
          this.kick();
        }
      });
  }

  /**
   * Delivers everything pending to every consumer; returns how many deliveries
   * were made. One consumer's failing event does not hold up the others: each
   * consumer is served in turn, and the first failure is rethrown at the end.
   */
  async drain(): Promise<number> {
    let total = 0;
    let failure: unknown = null;
    for (const consumer of this.consumers) {
      try {
        for (;;) {
          const n = await this.deliverBatch(consumer);
          total += n;
          if (n < BATCH) break;
        }
      } catch (e) {
        this.log.error(`consumer ${consumer.name} failed: ${e instanceof Error ? e.message : String(e)}`);
        failure ??= e;
      }
    }
    if (failure) throw failure;
    return total;
  }

  private async deliverBatch(consumer: EventConsumer): Promise<number> {
    return this.db.transaction(async (em) => {
      const [{ locked }]: { locked: boolean }[] = await em.query(`SELECT pg_try_advisory_xact_lock(hashtext('outbox:' || $1)) AS locked`, [consumer.name]);
      if (!locked) return 0;
      const rows: Row[] = await em.query(
        `SELECT e.id, e.type, e.aggregate_type, e.aggregate_id, e.payload, e.created_at
           FROM outbox_event e
          WHERE e.type = ANY($2)
            AND NOT EXISTS (SELECT 1 FROM event_consumption c WHERE c.consumer = $1 AND c.event_id = e.id)
          ORDER BY e.id
          LIMIT ${BATCH}`,
        [consumer.name, [...consumer.types]],
      );
      for (const r of rows) {
        const event: DomainEvent = {
          id: String(r.id),
          type: r.type,
          aggregateType: r.aggregate_type,
          aggregateId: r.aggregate_id,
          payload: r.payload,
          createdAt: r.created_at,
        };
        await consumer.handle(event, em);
        await em.query(`INSERT INTO event_consumption (consumer, event_id) VALUES ($1, $2)`, [consumer.name, r.id]);
      }
      return rows.length;
    });
  }
}
