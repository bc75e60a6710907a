import { Link, useNavigate } from 'react-router-dom';
import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, BasketIcon, EmptyState, ErrorState, Price, Spinner } from '@yigou/web/ui';
import { useT } from '@yigou/web/i18n';
import { formatFen } from '@yigou/shared/money';
import { useDocumentTitle } from '../modules/app/hooks/useDocumentTitle';
import { useErrorMessage } from '../modules/errors/hooks/useErrorMessage';
import { limitText } from '../modules/orders/components/PurchaseLimitNote';
import { MY_CART_QUERY, REMOVE_FROM_CART, UPDATE_CART_ITEM } from '../modules/orders/graphql/orders.documents';

export function CartPage() {
  const t = useT();
  useDocumentTitle(t('cart.title'));
  const navigate = useNavigate();
  const errorMessage = useErrorMessage();
  const { data, loading, error, refetch } = useQuery(MY_CART_QUERY, { fetchPolicy: 'cache-and-network' });
  const [update, updateState] = useMutation(UPDATE_CART_ITEM, { refetchQueries: [MY_CART_QUERY] });
  const [remove] = useMutation(REMOVE_FROM_CART, { refetchQueries: [MY_CART_QUERY] });

  if (error && !data) return <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />;
  if (loading && !data) return <Spinner label={t('state.loading')} />;
  const items = data?.myCart ?? [];
  if (items.length === 0) {
    return <EmptyState title={t('cart.empty')} hint={t('cart.emptyHint')} icon={<BasketIcon size={40} />} action={<Link to="/search" className="yg-button">{t('nav.search')}</Link>} />;
  }
  const total = items.reduce((s, i) => s + Number(i.priceFen) * i.quantity, 0);
  const overLimit = (i: (typeof items)[number]) => i.purchaseLimitRemaining !== null && i.purchaseLimitRemaining !== undefined && i.quantity > i.purchaseLimitRemaining;
  const blocked = items.some((i) => !i.details?.sellable || i.details.currentPriceFen !== i.priceFen || overLimit(i));

  return (
    <section className="orders-page">
      <h1>{t('cart.title')}</h1>
      <p className="muted">{t('cart.shippingNote')}</p>
      <ul className="cart-list yg-card" data-testid="cart-list">
        {items.map((i) => {
          const changed = i.details && i.details.currentPriceFen !== i.priceFen;
          return (
            <li key={i.id} className="cart-row" data-testid="cart-item">
              <div className="cart-row__main">
                <Link to={`/products/${i.details?.productId ?? ''}`}>{i.details?.productName}</Link>
                <span className="muted"> · {i.details?.spec} · {i.details?.supplierName}</span>
                {!i.details?.sellable && <Badge tone="gray">{t('cart.offSale')}</Badge>}
                {i.purchaseLimit != null && (
                  <div className={overLimit(i) ? 'form-error' : 'muted'} data-testid="cart-limit">
                    {overLimit(i) ? t('limit.exceeded', { n: i.purchaseLimitRemaining ?? 0 }) : limitText(t, i.purchaseLimit, i.purchaseLimitRemaining)}
                  </div>
                )}
                {changed && (
                  <div className="notice" data-testid="price-changed">
                    {t('cart.priceChanged', { old: formatFen(Number(i.priceFen)), new: formatFen(Number(i.details!.currentPriceFen)) })}{' '}
                    <button type="button" className="yg-button yg-button--secondary" onClick={() => void update({ variables: { input: { skuId: i.skuId, quantity: i.quantity }, confirmPrice: true } })}>
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
                  if (Number.isInteger(q) && q >= 1 && q <= 999 && q !== i.quantity) void update({ variables: { input: { skuId: i.skuId, quantity: q } } });
                }}
              />
              <button type="button" className="yg-button yg-button--ghost" onClick={() => void remove({ variables: { skuIds: [i.skuId] } })}>
                {t('cart.remove')}
              </button>
            </li>
          );
        })}
      </ul>
      {updateState.error && <p className="form-error">{errorMessage(updateState.error)}</p>}
      <div className="cart-total">
        <span>{t('cart.total')}</span> <Price fen={String(total)} size="lg" testId="cart-total" />
        <button type="button" className="yg-button yg-button--accent yg-button--lg" disabled={blocked} data-testid="go-checkout" onClick={() => navigate('/checkout')}>
          {t('cart.checkout')}
        </button>
      </div>
    </section>
  );
}
