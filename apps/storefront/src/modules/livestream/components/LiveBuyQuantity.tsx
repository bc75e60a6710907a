import { useT } from '@yigou/web/i18n';
import type { LiveRoom } from '../hooks/useLiveRoom';

type Offer = LiveRoom['offers'][number];

/** The quantity a buyer may order from one live offer: within the per-buyer limit, the stock left and 999. */
export function liveQuantityRule(offer: Offer, stockLeft: number | null, quantity: string) {
  const limit = offer.perBuyerLimit ?? null;
  const max = Math.max(0, Math.min(limit ?? Infinity, stockLeft ?? Infinity, 999));
  const qty = Number(quantity);
  const valid = Number.isInteger(qty) && qty >= 1 && qty <= max;
  return { limit, max, qty, valid };
}

/** The SKU (among one product's pinned offers) and the quantity of a live order, with the limit and why a quantity is refused. */
export function LiveBuyQuantity({
  offers,
  offer,
  name,
  onSku,
  quantity,
  onQuantity,
  stockLeft,
}: {
  offers: readonly Offer[];
  offer: Offer;
  name: string;
  onSku: (skuId: string) => void;
  quantity: string;
  onQuantity: (quantity: string) => void;
  stockLeft: number | null;
}) {
  const t = useT();
  const { limit, max, qty, valid } = liveQuantityRule(offer, stockLeft, quantity);
  const message =
    !valid && quantity !== ''
      ? limit !== null && qty > limit
        ? t('live.buy.overLimit', { count: limit })
        : t('live.buy.quantityInvalid', { count: max })
      : null;
  return (
    <>
      <label className="yg-field">
        <span>{t('live.buy.sku')}</span>
        <select name="liveSku" value={offer.skuId} onChange={(e) => onSku(e.target.value)} data-testid="live-buy-sku">
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
          onChange={(e) => onQuantity(e.target.value)}
          data-testid="live-buy-quantity"
        />
      </label>
      {limit !== null && <p className="muted">{t('live.limit', { count: limit })}</p>}
      {message && (
        <p className="form-error" data-testid="live-buy-quantity-error">
          {message}
        </p>
      )}
    </>
  );
}
