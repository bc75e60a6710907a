import { useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useMutation } from '@apollo/client/react';
import { useT } from '@yigou/web/i18n';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import type { PaymentMethod } from '../../../generated/graphql';
import type { PaymentChoice } from '../../orders/components/PaymentPicker';
import { PLACE_ORDER } from '../../orders/graphql/checkout.documents';
import { useCheckoutKey } from '../../orders/hooks/useCheckoutKey';
import { type LiveBuyRefusal, refusalOf } from '../utils/live-buy-refusal';
import type { LiveRoom } from './useLiveRoom';

type Offer = LiveRoom['offers'][number];

/**
 * Places one live order at the live price, carrying the session so the server claims the offer in its checkout
 * transaction; then on to the order. A refusal is kept with the buyer's reading of it (sold out, closed, over the
 * per-buyer limit, signed out, price changed, or the server's message). Each attempt carries a checkout key, the
 * same when the panel sends the same order again (a retry, a second tap), so the server places it once.
 */
export function useLiveOrder({
  sessionId,
  isPurchaser,
  onSoldOut,
}: {
  sessionId: string;
  isPurchaser: boolean;
  onSoldOut: (skuId: string) => void;
}) {
  const t = useT();
  const navigate = useNavigate();
  const errorMessage = useErrorMessage();
  const [refusal, setRefusal] = useState<{ kind: LiveBuyRefusal; message: string } | null>(null);
  const [placeOrder, placeState] = useMutation(PLACE_ORDER);
  const checkoutKey = useCheckoutKey();
  const inFlight = useRef(false);

  const place = async ({
    offer,
    qty,
    limit,
    addressId,
    method,
    payment,
  }: {
    offer: Offer;
    qty: number;
    limit: number | null;
    addressId: string;
    method: PaymentMethod;
    payment: PaymentChoice;
  }) => {
    if (inFlight.current) return; // a second tap before the button shows it is busy
    inFlight.current = true;
    setRefusal(null);
    const input = {
      lines: [{ skuId: offer.skuId, quantity: qty, expectedPriceFen: String(offer.livePriceFen) }],
      addressId,
      paymentMethod: method,
      paymentTerm: method === 'bank_transfer' ? payment.term : null,
      purpose: isPurchaser ? payment.purpose : null,
      liveSessionId: sessionId,
      fromCart: false,
    };
    const r = await placeOrder({ variables: { input: { ...input, checkoutKey: checkoutKey.keyFor(input) } } }).catch((e: unknown) => {
      const kind = refusalOf(e);
      if (kind === 'soldOut') onSoldOut(offer.skuId);
      const message =
        kind === 'closed'
          ? t('live.buy.closed')
          : kind === 'soldOut'
            ? t('live.buy.soldOut')
            : kind === 'overLimit'
              ? t('live.buy.overLimit', { count: limit ?? qty })
              : kind === 'signIn'
                ? t('live.buy.notSignedIn')
                : kind === 'priceChanged'
                  ? t('live.buy.priceChanged')
                  : errorMessage(e);
      setRefusal({ kind, message });
      return null;
    });
    inFlight.current = false;
    const order = r?.data?.placeOrder[0];
    if (order) {
      checkoutKey.placed();
      navigate(`/orders/${order.id}`);
    }
  };

  return { place, refusal, placing: placeState.loading };
}
