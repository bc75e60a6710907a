import { useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { useMutation } from '@apollo/client/react';
import { useI18n } from '@yigou/web/i18n';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { useSession } from '../../auth/hooks/session';
import { ADD_TO_CART, CART_COUNT_QUERY, MY_CART_QUERY } from '../../orders/graphql/cart.documents';

/** Quantity, 加入购物车 and 立即购买 for one SKU; a signed-out visitor gets 登录后购买 instead. */
export function AddToCart({ skuId, disabled }: { skuId: string; disabled: boolean }) {
  const { t } = useI18n();
  const { user } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const errorMessage = useErrorMessage();
  const [quantity, setQuantity] = useState(1);
  const [add, { data, error, loading }] = useMutation(ADD_TO_CART, { refetchQueries: [MY_CART_QUERY, CART_COUNT_QUERY] });
  const [buying, setBuying] = useState(false);
  if (!user) {
    return (
      <button
        type="button"
        className="yg-button yg-button--accent yg-button--lg"
        onClick={() => navigate(`/login?next=${encodeURIComponent(location.pathname)}`)}
      >
        {t('product.loginToBuy')}
      </button>
    );
  }
  return (
    <span className="add-to-cart">
      <input
        className="yg-input add-to-cart__qty"
        type="number"
        min={1}
        max={999}
        value={quantity}
        aria-label={t('product.quantity')}
        data-testid="quantity-input"
        onChange={(e) => setQuantity(Math.max(1, Math.min(999, Math.trunc(Number(e.target.value)) || 1)))}
      />
      <button
        type="button"
        className="yg-button yg-button--accent yg-button--lg"
        data-testid="add-to-cart"
        disabled={disabled || loading}
        onClick={() => void add({ variables: { input: { skuId, quantity } } }).catch(() => null)}
      >
        {t('product.addToCartNow')}
      </button>
      <button
        type="button"
        className="yg-button yg-button--lg add-to-cart__buy"
        data-testid="buy-now"
        disabled={disabled || loading || buying}
        onClick={() => {
          // 立即购买: into the cart, then straight to 确认订单 (which lists everything it will order)
          setBuying(true);
          void add({ variables: { input: { skuId, quantity } } })
            .then(() => navigate('/checkout'))
            .catch(() => setBuying(false));
        }}
      >
        {t('product.buyNow')}
      </button>
      {data && !error && (
        <Link to="/cart" data-testid="added-to-cart">
          {t('product.added')} → {t('nav.cart')}
        </Link>
      )}
      {error && <span className="form-error">{errorMessage(error)}</span>}
    </span>
  );
}
