import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useMutation, useQuery } from '@apollo/client/react';
import { ErrorState, Price, Spinner } from '@yigou/web/ui';
import { useT } from '@yigou/web/i18n';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { describeError } from '../../errors/utils/describe-error';
import { AddressPicker, chosenAddressId } from '../../orders/components/AddressPicker';
import { chosenMethodOf, PaymentPicker, type PaymentChoice } from '../../orders/components/PaymentPicker';
import { PLACE_ORDER } from '../../orders/graphql/checkout.documents';
import { LIVE_CHECKOUT_QUERY } from '../graphql/live.documents';
import type { LiveRoom } from '../hooks/useLiveRoom';
import '../livestream.css';
import '../../orders/orders.css';

type Offer = LiveRoom['offers'][number];

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

/**
 * Buying from the live room at the live price: the SKU (among this product's
 * pinned offers), a quantity within the per-buyer limit and the stock left,
 * a delivery address and a payment method (the checkout's own pickers); the
 * order carries the session, so the server claims the offer in its checkout
 * transaction. Then on to the order, where bank-transfer details or the
 * Stripe form are shown.
 */
export function LiveBuyPanel({
  sessionId,
  offers,
  initialSkuId,
  stockLeftOf,
  signedIn,
  isPurchaser,
  onSoldOut,
  onClose,
}: {
  sessionId: string;
  /** The pinned offers of one product (one per SKU). */
  offers: readonly Offer[];
  initialSkuId: string;
  stockLeftOf: (skuId: string) => number | null;
  signedIn: boolean;
  isPurchaser: boolean;
  onSoldOut: (skuId: string) => void;
  onClose: () => void;
}) {
  const t = useT();
  const navigate = useNavigate();
  const errorMessage = useErrorMessage();
  const [skuId, setSkuId] = useState(initialSkuId);
  const [quantity, setQuantity] = useState('1');
  const [addressId, setAddressId] = useState<string | null>(null);
  const [payment, setPayment] = useState<PaymentChoice>({ method: null, term: 'pay_first', purpose: 'canteen' });
  const [refusal, setRefusal] = useState<{ kind: LiveBuyRefusal; message: string } | null>(null);
  const checkout = useQuery(LIVE_CHECKOUT_QUERY, { skip: !signedIn, fetchPolicy: 'network-only' });
  const [placeOrder, placeState] = useMutation(PLACE_ORDER);

  const offer = offers.find((o) => o.skuId === skuId) ?? offers[0];
  const name = offer.product?.name ?? '';
  const stockLeft = stockLeftOf(offer.skuId);
  const limit = offer.perBuyerLimit ?? null;
  const max = Math.max(0, Math.min(limit ?? Infinity, stockLeft ?? Infinity, 999));
  const qty = Number(quantity);
  const qtyValid = Number.isInteger(qty) && qty >= 1 && qty <= max;
  const qtyMessage =
    !qtyValid && quantity !== ''
      ? limit !== null && qty > limit
        ? t('live.buy.overLimit', { count: limit })
        : t('live.buy.quantityInvalid', { count: max })
      : null;

  const head = (
    <header className="live-buy__head">
      <h2>{t('live.buy.title')}</h2>
      <button type="button" className="yg-button yg-button--ghost" onClick={onClose} data-testid="live-buy-close">
        {t('live.buy.close')}
      </button>
    </header>
  );

  if (!signedIn) {
    return (
      <section className="live-buy yg-card" data-testid="live-buy-panel">
        {head}
        <p role="alert" data-testid="live-buy-error">
          {t('live.buy.notSignedIn')}
        </p>
        <Link className="yg-button yg-button--primary" to={`/login?next=${encodeURIComponent(`/live/${sessionId}`)}`}>
          {t('live.buy.signIn')}
        </Link>
      </section>
    );
  }

  const data = checkout.data;
  const chosenAddress = data ? chosenAddressId(data.myAddresses, addressId) : null;
  const chosenMethod = data ? chosenMethodOf(data.paymentMethods, payment.method) : null;

  const submit = async () => {
    setRefusal(null);
    const r = await placeOrder({
      variables: {
        input: {
          lines: [{ skuId: offer.skuId, quantity: qty, expectedPriceFen: String(offer.livePriceFen) }],
          addressId: chosenAddress!,
          paymentMethod: chosenMethod!,
          paymentTerm: chosenMethod === 'bank_transfer' ? payment.term : null,
          purpose: isPurchaser ? payment.purpose : null,
          liveSessionId: sessionId,
          fromCart: false,
        },
      },
    }).catch((e: unknown) => {
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
    const order = r?.data?.placeOrder[0];
    if (order) navigate(`/orders/${order.id}`);
  };

  return (
    <section className="live-buy yg-card" data-testid="live-buy-panel" aria-label={t('live.buy.title')}>
      {head}
      <p className="live-buy__product">{name}</p>
      <label className="yg-field">
        <span>{t('live.buy.sku')}</span>
        <select name="liveSku" value={offer.skuId} onChange={(e) => setSkuId(e.target.value)} data-testid="live-buy-sku">
          {offers.map((o) => (
            <option key={o.skuId} value={o.skuId}>
              {o.sku?.spec ?? name}
            </option>
          ))}
        </select>
      </label>
      <label className="yg-field">
        <span>{t('live.buy.quantity')}</span>
        <input
          type="number"
          name="liveQuantity"
          min={1}
          max={max || undefined}
          value={quantity}
          onChange={(e) => setQuantity(e.target.value)}
          data-testid="live-buy-quantity"
        />
      </label>
      {limit !== null && <p className="muted">{t('live.limit', { count: limit })}</p>}
      {qtyMessage && (
        <p className="form-error" data-testid="live-buy-quantity-error">
          {qtyMessage}
        </p>
      )}

      {checkout.error && !data ? (
        <ErrorState message={errorMessage(checkout.error)} onRetry={() => void checkout.refetch()} />
      ) : !data ? (
        <Spinner label={t('state.loading')} />
      ) : (
        <>
          <h3>{t('checkout.address')}</h3>
          <AddressPicker
            addresses={data.myAddresses}
            chosen={chosenAddress}
            onChoose={setAddressId}
            refetchQueries={[LIVE_CHECKOUT_QUERY]}
          />
          <h3>{t('checkout.payment')}</h3>
          <PaymentPicker methods={data.paymentMethods} value={payment} onChange={setPayment} isPurchaser={isPurchaser} />
        </>
      )}

      <div className="cart-total">
        <span className="muted">{t('live.buy.total')}</span>
        <Price fen={String(Number(offer.livePriceFen) * (qtyValid ? qty : 0))} size="lg" testId="live-buy-total" />
        <button
          type="button"
          className="yg-button yg-button--accent yg-button--lg"
          data-testid="live-buy-submit"
          disabled={
            !qtyValid || !chosenAddress || !chosenMethod || placeState.loading || refusal?.kind === 'soldOut' || refusal?.kind === 'closed'
          }
          onClick={() => void submit()}
        >
          {t('live.buy.submit')}
        </button>
      </div>
      {refusal && (
        <p className="form-error" role="alert" data-testid="live-buy-error" data-kind={refusal.kind ?? 'other'}>
          {refusal.message}
        </p>
      )}
    </section>
  );
}
