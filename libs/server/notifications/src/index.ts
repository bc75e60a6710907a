export * from './entities/notification.entity';
export * from './services/notification.service';
export { notificationInsertSql, type NotificationColumns } from './sql/notification.sql';
export * from './notifications.module';
