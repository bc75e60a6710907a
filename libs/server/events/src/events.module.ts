import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventDispatcher } from './event-dispatcher.service';
import { EventOutbox } from './event-outbox.service';
import { EventConsumption, OutboxEvent } from './outbox-event.entity';
import { OrderEventCursor } from './order-event-cursor';

export const EVENTS_ENTITIES = [OutboxEvent, EventConsumption, OrderEventCursor];

/** The transactional outbox and its exactly-once delivery to consumers (quota, attribution, livestream …). */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature(EVENTS_ENTITIES)],
  providers: [EventOutbox, EventDispatcher],
  exports: [EventOutbox, EventDispatcher],
})
export class EventsModule {}
