import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { notFound, RequestContext } from '@yigou/server/core';
import { EventDispatcher } from './event-dispatcher.service';
import { DeadLetterEvent, DeadLetterRetryResult } from '../dto/dead-letter.types';

const LIST_CAP = 200;

const SELECT_DEAD_LETTERS = `
  SELECT d.consumer, d.event_id::text AS "eventId", d.event_type AS "eventType", d.aggregate_type AS "aggregateType",
         d.aggregate_id AS "aggregateId", e.payload->>'orderNo' AS "orderNo", d.attempts, d.last_error AS "lastError",
         d.first_failed_at AS "firstFailedAt", d.last_failed_at AS "lastFailedAt", d.next_attempt_at AS "nextAttemptAt",
         d.parked_at AS "parkedAt", d.retried_at AS "retriedAt",
         (SELECT count(*)::int FROM outbox_event w
           WHERE w.aggregate_type = d.aggregate_type AND w.aggregate_id = d.aggregate_id AND w.id > d.event_id
             AND w.type IN (SELECT jsonb_array_elements_text($1::jsonb -> d.consumer))
             AND NOT EXISTS (SELECT 1 FROM event_consumption c WHERE c.consumer = d.consumer AND c.event_id = w.id)) AS "waitingBehind"
    FROM event_dead_letter d
    LEFT JOIN outbox_event e ON e.id = d.event_id`;

/** The dead-letter list as platform admins see it, and their retry. */
@Injectable()
export class DeadLetterService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly dispatcher: EventDispatcher,
  ) {}

  /** Each consumer's event types, for counting what waits behind a dead letter. */
  private types(): string {
    return JSON.stringify(this.dispatcher.consumerTypes());
  }

  /** Parked first, then the ones still retrying; newest failure first. */
  list(parkedOnly: boolean): Promise<DeadLetterEvent[]> {
    return this.db.query(
      `${SELECT_DEAD_LETTERS}
        WHERE ($2::boolean = false OR d.parked_at IS NOT NULL)
        ORDER BY d.parked_at IS NULL, d.last_failed_at DESC, d.event_id DESC
        LIMIT ${LIST_CAP}`,
      [this.types(), parkedOnly],
    );
  }

  /**
   * Makes the event due now (one more attempt; if it fails again it parks again) and runs the consumer's
   * delivery at once, so the admin sees whether it went through.
   */
  async retry(ctx: RequestContext, consumer: string, eventId: string): Promise<DeadLetterRetryResult> {
    const user = ctx.requireUser();
    const [rows]: [unknown[], number] = await this.db.query(
      `UPDATE event_dead_letter SET parked_at = NULL, next_attempt_at = now(), retried_at = now(), retried_by = $3
        WHERE consumer = $1 AND event_id = $2 RETURNING event_id`,
      [consumer, eventId, user.id],
    );
    if (!rows.length) throw notFound('找不到该待处理事件，它可能已经处理成功');
    await this.dispatcher.drainConsumer(consumer);
    const [left]: DeadLetterEvent[] = await this.db.query(`${SELECT_DEAD_LETTERS} WHERE d.consumer = $2 AND d.event_id = $3`, [
      this.types(),
      consumer,
      eventId,
    ]);
    return { delivered: !left, deadLetter: left ?? null };
  }
}
