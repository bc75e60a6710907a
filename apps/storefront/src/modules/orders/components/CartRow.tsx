import { Link } from 'react-router-dom';
import { Badge, Price, ProductImage } from '@yigou/web/ui';
import { useT } from '@yigou/web/i18n';
import { formatFen } from '@yigou/shared/money';
import type { CartItemFieldsFragment } from '../../../generated/graphql';
import { limitText } from './PurchaseLimitNote';
import '../orders.css';

export const overLimit = (i: CartItemFieldsFragment) =>
  i.purchaseLimitRemaining !== null && i.purchaseLimitRemaining !== undefined && i.quantity > i.purchaseLimitRemaining;

interface Props {
  item: CartItemFieldsFragment;
  onQuantity: (quantity: number) => void;
  onConfirmPrice: () => void;
  onRemove: () => void;
}

/** One cart line: thumbnail, name and spec, limit and price-change notes, price, quantity and remove. */
export function CartRow({ item: i, onQuantity, onConfirmPrice, onRemove }: Props) {
  const t = useT();
  const changed = i.details && i.details.currentPriceFen !== i.priceFen;
  const name = i.details?.productName ?? '';
  return (
    <li className="cart-row" data-testid="cart-item">
      <Link to={`/products/${i.details?.productId ?? ''}`} className="cart-row__thumb" aria-hidden="true" tabIndex={-1}>
        <ProductImage src={i.details?.thumbUrl} alt={name} name={name} />
      </Link>
      <div className="cart-row__main">
        <Link to={`/products/${i.details?.productId ?? ''}`}>{name}</Link>
        <span className="muted"> · {i.details?.spec}</span>
        {!i.details?.sellable && <Badge tone="gray">{t('cart.offSale')}</Badge>}
        {i.purchaseLimit != null && (
          <div className={overLimit(i) ? 'form-error' : 'muted'} data-testid="cart-limit">
            {overLimit(i)
              ? t('limit.exceeded', { n: i.purchaseLimitRemaining ?? 0 })
              : limitText(t, i.purchaseLimit, i.purchaseLimitRemaining)}
          </div>
        )}
        {changed && (
          <div className="notice" data-testid="price-changed">
            {t('cart.priceChanged', { old: formatFen(Number(i.priceFen)), new: formatFen(Number(i.details!.currentPriceFen)) })}{' '}
            <button type="button" className="yg-button yg-button--secondary" onClick={onConfirmPrice}>
              {t('cart.confirmPrice')}
            </button>
          </div>
        )}
      </div>
      <Price fen={i.priceFen} />
      <input
        className="yg-input cart-row__qty"
        type="number"
        min={1}
        max={999}
        aria-label={t('product.quantity')}
        defaultValue={i.quantity}
        onBlur={(e) => {
          const q = Number(e.target.value);
          if (Number.isInteger(q) && q >= 1 && q <= 999 && q !== i.quantity) onQuantity(q);
        }}
      />
      <button type="button" className="yg-button yg-button--ghost" onClick={onRemove}>
        {t('cart.remove')}
      </button>
    </li>
  );
}
