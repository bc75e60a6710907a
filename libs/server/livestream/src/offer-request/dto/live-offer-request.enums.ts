import { registerEnumType } from '@nestjs/graphql';

/** The GraphQL enum of an offer request's status (the values: LIVE_OFFER_REQUEST_STATUSES in its entity). */
export enum LiveOfferRequestStatusEnum {
  pending = 'pending',
  accepted = 'accepted',
  declined = 'declined',
}
registerEnumType(LiveOfferRequestStatusEnum, {
  name: 'LiveOfferRequestStatus',
  description: 'pending 待供应商答复 · accepted 已同意 · declined 已拒绝',
});
