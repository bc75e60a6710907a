import { ConnectionType } from '@yigou/server/core';
import { LiveOfferRequest } from '../entities/live-offer-request.entity';

export const LiveOfferRequestConnection = ConnectionType(LiveOfferRequest, 'LiveOfferRequest');
export type LiveOfferRequestConnection = InstanceType<typeof LiveOfferRequestConnection>;
