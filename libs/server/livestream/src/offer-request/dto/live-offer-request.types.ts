import { ConnectionType } from '@yigou/server/core';
import { LiveOfferRequestView } from './live-offer-request.view';

export const LiveOfferRequestConnection = ConnectionType(LiveOfferRequestView, 'LiveOfferRequest');
export type LiveOfferRequestConnection = InstanceType<typeof LiveOfferRequestConnection>;
