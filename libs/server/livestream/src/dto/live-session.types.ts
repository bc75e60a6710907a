import { ConnectionType } from '@yigou/server/core';
import { LiveSession } from '../entities/live-session.entity';

export const LiveSessionConnection = ConnectionType(LiveSession, 'LiveSession');
export type LiveSessionConnection = InstanceType<typeof LiveSessionConnection>;
