import { ConnectionType } from '@yigou/server/core';
import { Notification } from '../entities/notification.entity';

export const NotificationConnection = ConnectionType(Notification, 'Notification');
export type NotificationConnection = InstanceType<typeof NotificationConnection>;
