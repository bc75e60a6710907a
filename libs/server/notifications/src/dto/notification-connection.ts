import { ConnectionType } from '@yigou/server/core';
import { NotificationView } from './notification.view';

export const NotificationConnection = ConnectionType(NotificationView, 'Notification');
export type NotificationConnection = InstanceType<typeof NotificationConnection>;
