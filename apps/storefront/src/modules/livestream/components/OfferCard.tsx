import { useEffect, useState } from 'react';
import { formatPrice, Price, ProductImage } from '@yigou/web/ui';
import { useT } from '@yigou/web/i18n';
import type { LiveRoom } from '../hooks/useLiveRoom';
import type { OfferCounters } from '../utils/live-state';
import { formatCountdown } from '../utils/countdown';
import '../live.css';
import '../livestream.css';

type Offer = LiveRoom['offers'][number];

function useNow(intervalMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(id);
  }, [intervalMs]);
  return now;
}

/**
 * A pinned product: live price, countdown of the offer window, stock left
 * (sold out at once when a push says so, or when a checkout was refused as sold out).
 */
export function OfferCard({
  offer,
  counters,
  live,
  manage,
  soldOutNow = false,
  current = false,
  onBuy,
}: {
  offer: Offer;
  counters?: OfferCounters;
  live: boolean;
  manage?: React.ReactNode;
  soldOutNow?: boolean;
  /** The host is explaining it now (当前讲解). */
  current?: boolean;
  onBuy?: (skuId: string) => void;
}) {
  const t = useT();
  const now = useNow();
  const stockLeft = soldOutNow ? 0 : counters ? counters.stockLeft : (offer.stockLeft ?? null);
  const soldOut = stockLeft !== null && stockLeft <= 0;
  const starts = offer.offerStartsAt ? new Date(String(offer.offerStartsAt)).getTime() : null;
  const ends = offer.offerEndsAt ? new Date(String(offer.offerEndsAt)).getTime() : null;
  const notYet = starts !== null && now < starts;
  const over = ends !== null && now >= ends;
  const name = offer.product?.name ?? '';
  return (
    <article
      className={`live-offer yg-card${soldOut ? ' live-offer--soldout' : ''}${current ? ' live-offer--current' : ''}`}
      data-testid="live-offer"
      data-product-name={name}
      data-current={current ? 'true' : undefined}
      aria-current={current ? 'true' : undefined}
    >
      <ProductImage src={offer.product?.coverImageUrl ?? null} alt={name} name={name} className="live-offer__image" />
      <div className="live-offer__body">
        <h3 className="live-offer__name">
          {name}
          {current && (
            <span className="live-offer__now" data-testid="live-now">
              {t('live.run.now')}
            </span>
          )}
        </h3>
        {offer.sku && <div className="live-offer__spec">{offer.sku.spec}</div>}
        <div className="live-offer__prices">
          <span className="live-offer__label">{t('live.livePrice')}</span>
          <Price fen={String(offer.livePriceFen)} size="lg" testId="live-price" />
          {/* the usual price, struck through, only when the live price is below it (a struck-out equal price reads as a fake discount) */}
          {offer.sku && Number(offer.sku.priceFen) > Number(offer.livePriceFen) && (
            <s className="live-offer__was" data-testid="live-was-price">
              {formatPrice(String(offer.sku.priceFen))}
            </s>
          )}
        </div>
        <div className="live-offer__meta">
          <span data-testid="live-stock">
            {soldOut ? t('live.soldOut') : stockLeft === null ? t('live.unlimited') : t('live.stockLeft', { count: stockLeft })}
          </span>
          {offer.perBuyerLimit ? <span>{t('live.limit', { count: offer.perBuyerLimit })}</span> : null}
          {notYet && starts !== null && (
            <span data-testid="live-countdown">{t('live.startsIn', { time: formatCountdown(starts - now) })}</span>
          )}
          {!notYet && ends !== null && (
            <span data-testid="live-countdown">{over ? t('live.offerOver') : t('live.endsIn', { time: formatCountdown(ends - now) })}</span>
          )}
        </div>
        {manage ?? (
          <button
            type="button"
            className="yg-button yg-button--primary"
            disabled={!live || soldOut || over || notYet}
            data-testid="live-buy"
            onClick={() => onBuy?.(offer.skuId)}
          >
            {soldOut ? t('live.soldOut') : over ? t('live.offerOver') : t('live.buy')}
          </button>
        )}
      </div>
    </article>
  );
}
