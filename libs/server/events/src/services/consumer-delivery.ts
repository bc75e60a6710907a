import { Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { queryNamed } from '@yigou/server/core';
import { EventConsumer } from '../dto/domain-events';
import { DomainEvent, EventName, EventPayloads } from '../dto/event-map';
import {
  ADVANCE_LOW_WATER,
  CLEAR_DEAD_LETTERS,
  DUE_RETRIES,
  LOCK_AND_STATE,
  MARK_CONSUMED,
  NEXT_EVENTS,
  RECORD_FAILURE,
} from '../sql/outbox-delivery.sql';

export interface RetryPolicy {
  maxAttempts: number;
  baseMs: number;
  maxMs: number;
}

/** Events per delivery transaction. */
export const BATCH = 500;
/**
 * A batch stops taking events after this much handling time and commits what it has: heavy events (a receipt that
 * attributes to hundreds of households) must not make one transaction of minutes, hold its locks that long, or keep
 * every figure in it invisible until the end.
 */
const BATCH_BUDGET_MS = 500;
/**
 * Events a consumer with `handleBatch` gets at once (between two looks at the time budget). A receipt of a product
 * linked to hundreds of households writes hundreds of attribution rows, so a chunk stays well under a second.
 */
const CHUNK = 100;
/** Aggregates whose retry is due, taken per batch. */
const DUE_AGGREGATES = 20;

/** An outbox row as the delivery queries read it; they read only the consumer's types, so `T` is what the consumer takes. */
type Row<T extends EventName = EventName> = {
  [K in T]: {
    id: string;
    type: K;
    aggregate_type: string;
    aggregate_id: string;
    /** The stored JSON, written by `EventOutbox.append` with the shape of its type (older rows may lack optional fields). */
    payload: EventPayloads[K];
    created_at: Date;
    dead_letter?: boolean;
    due?: boolean;
  };
}[T];

/** Where a row stands: its aggregate, and whether it comes through a dead letter (due now or not). */
type Place = Pick<Row, 'aggregate_type' | 'aggregate_id' | 'dead_letter' | 'due'>;

/** A handler threw: the batch is undone and the event gets a dead-letter row. */
class HandlerFailure extends Error {
  constructor(
    readonly row: Pick<Row, 'id' | 'type' | 'aggregate_type' | 'aggregate_id'>,
    readonly error: unknown,
  ) {
    super(error instanceof Error ? error.message : String(error));
  }
}

export type BatchResult =
  { kind: 'locked' } | { kind: 'delivered'; count: number; more: boolean } | { kind: 'failed'; eventId: string; parked: boolean };

/**
 * Delivers one consumer's events, a batch per transaction. The transaction takes the consumer's advisory lock
 * (one process at a time), hands each event to the consumer in order, marks the batch consumed in one statement
 * and moves the consumer's low-water mark — all or nothing, so a process killed mid-batch leaves nothing behind.
 * A consumer with `handleBatch` gets the events a chunk at a time (set-based reads and writes); a chunk that fails is
 * undone to a savepoint and handed over again one event at a time, so the failing event is the one recorded.
 * A handler that throws undoes the batch; the event is recorded as a dead letter (retried with backoff, parked
 * after `maxAttempts`) and the next batch goes on without it and without the later events of its aggregate.
 */
export class ConsumerDelivery<T extends EventName = EventName> {
  private readonly log = new Logger('events');
  /** How many fresh events a batch reads: follows what the last batch got through in its time budget. */
  private fetchSize = BATCH;

  constructor(
    private readonly db: DataSource,
    readonly consumer: EventConsumer<T>,
    private readonly policy: RetryPolicy,
  ) {}

  async deliverBatch(): Promise<BatchResult> {
    const c = this.consumer;
    const types = [...c.types];
    try {
      return await this.db.transaction(async (em): Promise<BatchResult> => {
        const [{ locked, low_tx_id: low }] = await queryNamed(em, LOCK_AND_STATE, { consumer: c.name });
        if (!locked) return { kind: 'locked' };
        const retries = (await queryNamed(em, DUE_RETRIES, { consumer: c.name, types, aggregates: DUE_AGGREGATES })) as Row<T>[];
        const fresh = (await queryNamed(em, NEXT_EVENTS, { consumer: c.name, types, lowTxId: low, batchSize: this.fetchSize })) as Row<T>[];
        const retried = runnableRetries(retries);
        const queue = [...retried, ...fresh];
        const rows: Row<T>[] = [];
        const started = performance.now();
        while (rows.length < queue.length) {
          // fresh events left over are taken by the next batch (from the low-water mark); the events of a retried
          // aggregate are all taken together, as its dead letter is cleared in this batch
          if (rows.length >= retried.length && rows.length > 0 && performance.now() - started > BATCH_BUDGET_MS) break;
          const chunk = queue.slice(rows.length, rows.length + (c.handleBatch ? Math.max(CHUNK, retried.length - rows.length) : 1));
          await this.handleChunk(chunk, em);
          rows.push(...chunk);
        }
        const handledFresh = rows.length - retried.length;
        this.fetchSize = handledFresh < fresh.length ? Math.max(20, handledFresh * 2) : Math.min(BATCH, this.fetchSize * 2);
        const ids = rows.map((r) => r.id);
        if (ids.length) await queryNamed(em, MARK_CONSUMED, { consumer: c.name, eventIds: ids });
        const cleared = rows.filter((r) => r.dead_letter).map((r) => r.id);
        if (cleared.length) await queryNamed(em, CLEAR_DEAD_LETTERS, { consumer: c.name, eventIds: cleared });
        await queryNamed(em, ADVANCE_LOW_WATER, { consumer: c.name, types, lowTxId: low });
        // an event that waited behind another of its order in this batch comes in the next one: go on until a batch is empty
        return { kind: 'delivered', count: rows.length, more: rows.length > 0 };
      });
    } catch (e) {
      if (!(e instanceof HandlerFailure)) throw e;
      return this.recordFailure(e);
    }
  }

  /**
   * Hands a chunk to the consumer: to `handleBatch` round by round (each round at most one event per aggregate, in id
   * order), each round under a savepoint; a round that throws is undone and its events go to `handle` one by one, so
   * the failing event is the one recorded (the batch is then undone as a whole and retried without it).
   */
  private async handleChunk(chunk: readonly Row<T>[], em: EntityManager): Promise<void> {
    const c = this.consumer;
    for (const round of c.handleBatch && chunk.length > 1 ? rounds(chunk) : [chunk]) {
      if (c.handleBatch && round.length > 1) {
        await em.query('SAVEPOINT consumer_batch');
        try {
          await c.handleBatch(round.map(toEvent), em);
          await em.query('RELEASE SAVEPOINT consumer_batch');
          continue;
        } catch (e) {
          await em.query('ROLLBACK TO SAVEPOINT consumer_batch');
          this.log.warn(
            `consumer ${c.name}: a batch of ${round.length} events failed (${e instanceof Error ? e.message : String(e)}); handling them one by one`,
          );
        }
      }
      for (const r of round) {
        try {
          await c.handle(toEvent(r), em);
        } catch (e) {
          throw new HandlerFailure(r, e);
        }
      }
    }
  }

  private async recordFailure(f: HandlerFailure): Promise<BatchResult> {
    const { row } = f;
    const text = (f.error instanceof Error ? (f.error.stack ?? f.error.message) : String(f.error)).slice(0, 4000);
    const [rec] = await queryNamed(this.db, RECORD_FAILURE, {
      consumer: this.consumer.name,
      eventId: row.id,
      eventType: row.type,
      aggregateType: row.aggregate_type,
      aggregateId: row.aggregate_id,
      error: text,
      maxAttempts: this.policy.maxAttempts,
      baseMs: this.policy.baseMs,
      maxMs: this.policy.maxMs,
    });
    const what = `consumer ${this.consumer.name} failed on event ${row.id} (${row.type}, ${row.aggregate_type} ${row.aggregate_id}), attempt ${rec.attempts}`;
    if (rec.parked) this.log.error(`${what}: parked in the dead-letter list: ${f.message}`);
    else this.log.warn(`${what}: will retry: ${f.message}`);
    return { kind: 'failed', eventId: row.id, parked: rec.parked };
  }
}

/** The k-th event of every aggregate in round k: events of one aggregate stay in id order, one per round. */
function rounds<R extends Place>(rows: readonly R[]): R[][] {
  const seen = new Map<string, number>();
  const out: R[][] = [];
  for (const r of rows) {
    const key = `${r.aggregate_type}:${r.aggregate_id}`;
    const k = seen.get(key) ?? 0;
    seen.set(key, k + 1);
    (out[k] ??= []).push(r);
  }
  return out;
}

/** Per aggregate, the retried events in id order up to (not including) a dead letter that is not due yet. */
function runnableRetries<R extends Place>(rows: R[]): R[] {
  const stopped = new Set<string>();
  return rows.filter((r) => {
    const key = `${r.aggregate_type}:${r.aggregate_id}`;
    if (stopped.has(key)) return false;
    if (r.dead_letter && !r.due) {
      stopped.add(key);
      return false;
    }
    return true;
  });
}

function toEvent<T extends EventName>(r: Row<T>): DomainEvent<T> {
  return {
    id: r.id,
    type: r.type,
    aggregateType: r.aggregate_type,
    aggregateId: r.aggregate_id,
    payload: r.payload,
    createdAt: r.created_at,
  };
}
