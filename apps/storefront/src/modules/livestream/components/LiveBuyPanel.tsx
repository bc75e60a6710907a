import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { ErrorState, Price, Spinner } from '@yigou/web/ui';
import { useT } from '@yigou/web/i18n';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { AddressPicker, chosenAddressId } from '../../orders/components/AddressPicker';
import { chosenMethodOf, PaymentPicker, type PaymentChoice } from '../../orders/components/PaymentPicker';
import { LIVE_CHECKOUT_QUERY } from '../graphql/live.documents';
import type { LiveRoom } from '../hooks/useLiveRoom';
import { useLiveOrder } from '../hooks/useLiveOrder';
import { LiveBuyQuantity, liveQuantityRule } from './LiveBuyQuantity';
import '../livestream.css';
import '../../orders/orders.css';

type Offer = LiveRoom['offers'][number];

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
  const errorMessage = useErrorMessage();
  const [skuId, setSkuId] = useState(initialSkuId);
  const [quantity, setQuantity] = useState('1');
  const [addressId, setAddressId] = useState<string | null>(null);
  const [payment, setPayment] = useState<PaymentChoice>({ method: null, term: 'pay_first', purpose: 'canteen' });
  const checkout = useQuery(LIVE_CHECKOUT_QUERY, { skip: !signedIn, fetchPolicy: 'network-only' });
  const { place, refusal, placing } = useLiveOrder({ sessionId, isPurchaser, onSoldOut });

  const offer = offers.find((o) => o.skuId === skuId) ?? offers[0];
  const name = offer.product?.name ?? '';
  const stockLeft = stockLeftOf(offer.skuId);
  const { limit, qty, valid: qtyValid } = liveQuantityRule(offer, stockLeft, quantity);

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

  const submit = () => place({ offer, qty, limit, addressId: chosenAddress!, method: chosenMethod!, payment });

  return (
    <section className="live-buy yg-card" data-testid="live-buy-panel" aria-label={t('live.buy.title')}>
      {head}
      <p className="live-buy__product">{name}</p>
      <LiveBuyQuantity
        offers={offers}
        offer={offer}
        name={name}
        onSku={setSkuId}
        quantity={quantity}
        onQuantity={setQuantity}
        stockLeft={stockLeft}
      />

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
          disabled={!qtyValid || !chosenAddress || !chosenMethod || placing || refusal?.kind === 'soldOut' || refusal?.kind === 'closed'}
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
