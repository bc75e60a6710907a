export * from './entities/notification.entity';
export * from './services/notification.service';
export * from './sql/notification.sql';
export * from './notifications.module';
