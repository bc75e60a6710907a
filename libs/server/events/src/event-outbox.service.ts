import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OutboxEvent } from './outbox-event.entity';

export const OUTBOX_CHANNEL = 'yigou_outbox';

/** Appends domain events inside the caller's transaction. */
@Injectable()
export class EventOutbox {
  async append(em: EntityManager, event: { type: string; aggregateType: string; aggregateId: string; payload: Record<string, unknown> }): Promise<string> {
    const row = await em.getRepository(OutboxEvent).insert(event);
    // Delivered to every listening process when (and only if) the transaction commits.
    await em.query(`SELECT pg_notify($1, $2)`, [OUTBOX_CHANNEL, event.type]);
    return String(row.identifiers[0].id);
  }
}
