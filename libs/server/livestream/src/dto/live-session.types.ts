import { ConnectionType } from '@yigou/server/core';
import { LiveSessionView } from './live-session.view';

export const LiveSessionConnection = ConnectionType(LiveSessionView, 'LiveSession');
export type LiveSessionConnection = InstanceType<typeof LiveSessionConnection>;
