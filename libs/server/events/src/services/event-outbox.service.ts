import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { EventName, NewEvent } from '../dto/event-map';

export const OUTBOX_CHANNEL = 'yigou_outbox';

/** Appends domain events inside the caller's transaction. */
@Injectable()
export class EventOutbox {
  /** `payload` has the shape `EventPayloads` gives the event's `type` (stored as JSON). */
  async append<T extends EventName>(em: EntityManager, event: NewEvent<T>): Promise<string> {
    const [row]: { id: string }[] = await em.query(
      `INSERT INTO outbox_event (type, aggregate_type, aggregate_id, payload) VALUES ($1, $2, $3, $4) RETURNING id`,
      [event.type, event.aggregateType, event.aggregateId, JSON.stringify(event.payload)],
    );
    // Delivered to every listening process when (and only if) the transaction commits.
    await em.query(`SELECT pg_notify($1, $2)`, [OUTBOX_CHANNEL, event.type]);
    return String(row.id);
  }
}
