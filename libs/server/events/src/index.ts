export * from './domain-events';
export * from './outbox-event.entity';
export * from './event-outbox.service';
export * from './event-dispatcher.service';
export * from './events.module';
export * from './order-events';
export * from './order-counting';
export * from './order-event-cursor';
