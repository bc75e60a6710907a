export * from './notification.entity';
export * from './notification.service';
export * from './notification.sql';
export * from './notifications.module';
