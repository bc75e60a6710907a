import { useNavigate } from 'react-router-dom';
import { useMutation, useQuery } from '@apollo/client/react';
import { ErrorState, Spinner } from '@yigou/web/ui';
import { useT } from '@yigou/web/i18n';
import { useDocumentTitle } from '../../app/hooks/useDocumentTitle';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { CartQuoteTotals, CartSupplierGroup, groupItems } from '../components/CartQuoteView';
import { CartRow, overLimit } from '../components/CartRow';
import { CART_COUNT_QUERY, MY_CART_QUERY, REMOVE_FROM_CART, UPDATE_CART_ITEM } from '../graphql/cart.documents';
import { EmptyCart } from '../components/EmptyCart';
import '../orders.css';

export function CartPage() {
  const t = useT();
  useDocumentTitle(t('cart.title'));
  const navigate = useNavigate();
  const errorMessage = useErrorMessage();
  const { data, loading, error, refetch } = useQuery(MY_CART_QUERY, { fetchPolicy: 'cache-and-network' });
  const [update, updateState] = useMutation(UPDATE_CART_ITEM, { refetchQueries: [MY_CART_QUERY, CART_COUNT_QUERY] });
  const [remove] = useMutation(REMOVE_FROM_CART, { refetchQueries: [MY_CART_QUERY, CART_COUNT_QUERY] });

  if (error && !data) return <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />;
  if (loading && !data) return <Spinner label={t('state.loading')} />;
  const items = data?.myCart ?? [];
  const quote = data?.cartQuote;
  if (items.length === 0 || !quote) {
    return <EmptyCart />;
  }
  const blocked = items.some((i) => !i.details?.sellable || i.details.currentPriceFen !== i.priceFen || overLimit(i));
  const rows = (list: typeof items) => (
    <ul className="cart-list" data-testid="cart-list">
      {list.map((i) => (
        <CartRow
          key={i.id}
          item={i}
          onQuantity={(quantity) => void update({ variables: { input: { skuId: i.skuId, quantity } } })}
          onConfirmPrice={() => void update({ variables: { input: { skuId: i.skuId, quantity: i.quantity }, confirmPrice: true } })}
          onRemove={() => void remove({ variables: { skuIds: [i.skuId] } })}
        />
      ))}
    </ul>
  );

  return (
    <section className="orders-page">
      <h1>{t('cart.title')}</h1>
      <p className="muted">{t('cart.shippingNote')}</p>
      {groupItems(quote, items).map(({ group, items: list }) =>
        group ? (
          <CartSupplierGroup key={group.supplierId} group={group}>
            {rows(list)}
          </CartSupplierGroup>
        ) : (
          <section key="unavailable" className="yg-card cart-group">
            {rows(list)}
          </section>
        ),
      )}
      {updateState.error && <p className="form-error">{errorMessage(updateState.error)}</p>}
      <div className="cart-total">
        <CartQuoteTotals quote={quote} />
        <button
          type="button"
          className="yg-button yg-button--accent yg-button--lg"
          disabled={blocked}
          data-testid="go-checkout"
          onClick={() => navigate('/checkout')}
        >
          {t('cart.checkout')}
        </button>
      </div>
    </section>
  );
}
