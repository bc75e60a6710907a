import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventDispatcher } from './event-dispatcher.service';
import { EventOutbox } from './event-outbox.service';
import { EventConsumerState, EventConsumption, EventDeadLetter, OutboxEvent } from './outbox-event.entity';
import { OrderEventCursor } from './order-event-cursor';
import { DeadLetterService } from './dead-letters/dead-letter.service';
import { DeadLetterResolver } from './dead-letters/dead-letter.resolver';
import { ConsumptionRetention } from './consumption-retention.service';

export const EVENTS_ENTITIES = [OutboxEvent, EventConsumption, EventConsumerState, EventDeadLetter, OrderEventCursor];

/** The transactional outbox, its exactly-once delivery to consumers (quota, attribution, livestream …) and the dead-letter list. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature(EVENTS_ENTITIES)],
  providers: [EventOutbox, EventDispatcher, DeadLetterService, DeadLetterResolver, ConsumptionRetention],
  exports: [EventOutbox, EventDispatcher, DeadLetterService, ConsumptionRetention],
})
export class EventsModule {}
