import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Notification } from './entities/notification.entity';
import { NotificationResolver } from './resolvers/notification.resolver';
import { NotificationService } from './services/notification.service';

/** In-app notifications, generic so any domain can send them. */
@Module({
  imports: [TypeOrmModule.forFeature([Notification])],
  providers: [NotificationService, NotificationResolver],
  exports: [NotificationService],
})
export class NotificationsModule {}
