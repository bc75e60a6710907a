import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventDispatcher } from './services/event-dispatcher.service';
import { EventOutbox } from './services/event-outbox.service';
import { EventConsumerState } from './entities/event-consumer-state.entity';
import { EventConsumption } from './entities/event-consumption.entity';
import { EventDeadLetter } from './entities/event-dead-letter.entity';
import { OutboxEvent } from './entities/outbox-event.entity';
import { OrderEventCursor } from './entities/order-event-cursor.entity';
import { DeadLetterService } from './services/dead-letter.service';
import { DeadLetterResolver } from './resolvers/dead-letter.resolver';
import { ConsumptionRetention } from './services/consumption-retention.service';

export const EVENTS_ENTITIES = [OutboxEvent, EventConsumption, EventConsumerState, EventDeadLetter, OrderEventCursor];

/** The transactional outbox, its exactly-once delivery to consumers (quota, attribution, livestream …) and the dead-letter list. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature(EVENTS_ENTITIES)],
  providers: [EventOutbox, EventDispatcher, DeadLetterService, DeadLetterResolver, ConsumptionRetention],
  exports: [EventOutbox, EventDispatcher, DeadLetterService, ConsumptionRetention],
})
export class EventsModule {}
