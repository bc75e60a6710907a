export * from './domain-events';
export * from './outbox-event.entity';
export * from './event-outbox.service';
export * from './event-dispatcher.service';
export * from './events.module';
export * from './order-events';
export * from './dead-letters/dead-letter.types';
export * from './dead-letters/dead-letter.service';
