import { describeError } from '../../errors/utils/describe-error';

/** Why a live order was refused, as the buyer should read it. */
export type LiveBuyRefusal = 'closed' | 'soldOut' | 'overLimit' | 'signIn' | 'priceChanged' | null;

export function refusalOf(error: unknown): LiveBuyRefusal {
  switch (describeError(error).code) {
    case 'LIVE_OFFER_CLOSED':
    case 'LIVE_SESSION_STATE':
      return 'closed';
    case 'LIVE_SOLD_OUT':
      return 'soldOut';
    case 'LIVE_BUYER_LIMIT':
      return 'overLimit';
    case 'UNAUTHENTICATED':
    case 'INVALID_TOKEN':
      return 'signIn';
    case 'PRICE_CHANGED':
      return 'priceChanged';
    default:
      return null;
  }
}
