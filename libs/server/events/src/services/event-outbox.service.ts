import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { queryNamed } from '@yigou/server/core';
import type { EventName, NewEvent } from '../dto/event-map';
import { APPEND_EVENT, NOTIFY_OUTBOX } from '../sql/outbox.sql';

export const OUTBOX_CHANNEL = 'yigou_outbox';

/** Appends domain events inside the caller's transaction. */
@Injectable()
export class EventOutbox {
  /** `payload` has the shape `EventPayloads` gives the event's `type` (stored as JSON). */
  async append<T extends EventName>(em: EntityManager, event: NewEvent<T>): Promise<string> {
    const [row] = await queryNamed(em, APPEND_EVENT, {
      type: event.type,
      aggregateType: event.aggregateType,
      aggregateId: event.aggregateId,
      payload: JSON.stringify(event.payload),
    });
    // Delivered to every listening process when (and only if) the transaction commits.
    await queryNamed(em, NOTIFY_OUTBOX, { channel: OUTBOX_CHANNEL, type: event.type });
    return String(row.id);
  }
}
