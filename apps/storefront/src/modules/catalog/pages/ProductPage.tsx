import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { useMutation, useQuery } from '@apollo/client/react';
import { PRODUCT_CATEGORY_LABELS } from '@yigou/shared/domain';
import { Badge, EmptyState, ErrorState, LeafIcon, Price, Skeleton } from '@yigou/web/ui';
import { useI18n } from '@yigou/web/i18n';
import { useDocumentTitle } from '../../app/hooks/useDocumentTitle';
import { CertificationPanel } from '../components/CertificationPanel';
import { ProductGallery } from '../components/ProductGallery';
import { ProductRatings } from '../components/ProductRatings';
import { defaultSku, SkuSelector } from '../components/SkuSelector';
import { PurchaseLimitNote } from '../../orders/components/PurchaseLimitNote';
import { SupplierCard } from '../components/SupplierCard';
import { PRODUCT_PAGE_QUERY } from '../graphql/catalog.documents';
import { searchHref } from '../utils/search-params';
import { unitLabel } from '../utils/unit-label';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { useSession } from '../../auth/hooks/session';
import { ADD_TO_CART, CART_COUNT_QUERY, MY_CART_QUERY } from '../../orders/graphql/cart.documents';
import '../product.css';
import '../product-page.css';
import '../../orders/orders.css';

export function ProductPage() {
  const { id = '' } = useParams();
  const { t, pick, locale } = useI18n();
  const errorMessage = useErrorMessage();
  const { data, loading, error, refetch } = useQuery(PRODUCT_PAGE_QUERY, { variables: { id } });
  const [chosenSkuId, setChosenSkuId] = useState<string | null>(null);
  const product = data?.product;
  useDocumentTitle(product?.name);

  if (error && !data) return <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />;
  if (loading && !data) return <ProductPageSkeleton />;
  if (!product) {
    return (
      <EmptyState
        title={t('product.notFound')}
        icon={<LeafIcon size={40} />}
        action={
          <Link to="/search" className="yg-button">
            {t('nav.search')}
          </Link>
        }
      />
    );
  }

  const sku = product.skus.find((s) => s.id === chosenSkuId) ?? defaultSku(product.skus);
  const stockState = sku?.stockState ?? product.stockState;
  const origin = product.origin ?? product.county;

  return (
    <article className="product-page">
      <nav className="breadcrumb" aria-label="breadcrumb">
        <Link to="/">{t('nav.home')}</Link>
        <span aria-hidden="true">/</span>
        <Link to={searchHref({ category: product.category })}>{pick(PRODUCT_CATEGORY_LABELS[product.category])}</Link>
        <span aria-hidden="true">/</span>
        <span aria-current="page">{product.name}</span>
      </nav>

      <div className="product-page__top">
        <ProductGallery name={product.name} category={product.category} images={product.images} coverImageUrl={product.coverImageUrl} />

        <div className="product-page__info">
          <h1 className="product-page__name">{product.name}</h1>
          {product.certified && <CertificationPanel certification={product.certification} />}

          <div className="price-panel">
            <Price
              fen={sku?.priceFen ?? product.priceFen}
              size="lg"
              suffix={sku ? t('product.perUnit', { unit: unitLabel(sku.unit, locale) }) : undefined}
              testId="product-price"
            />
            <span className="price-panel__sales">{t('product.sales', { count: product.salesCount })}</span>
          </div>

          <dl className="facts">
            <div>
              <dt>{t('product.origin')}</dt>
              <dd data-testid="product-origin">{origin.fullName}</dd>
            </div>
            {product.skus.length > 0 && (
              <div className="facts__sku">
                <dt>{t('product.spec')}</dt>
                <dd>
                  <SkuSelector skus={product.skus} selectedId={sku?.id ?? null} onSelect={setChosenSkuId} />
                </dd>
              </div>
            )}
          </dl>

          {/* On phones this row is the buy bar fixed at the bottom, with the price (product.css) */}
          <div className="buy-row buy-bar" data-testid="buy-bar">
            <Price fen={sku?.priceFen ?? product.priceFen} className="buy-bar__price" />
            <Badge tone={stockState === 'in_stock' ? 'green' : stockState === 'low_stock' ? 'orange' : 'gray'} testId="stock-state">
              {t(`stock.${stockState}`)}
            </Badge>
            {sku && <AddToCart skuId={sku.id} disabled={stockState === 'sold_out'} />}
          </div>
          {sku && <PurchaseLimitNote productId={product.id} skuId={sku.id} />}

          <SupplierCard supplier={product.supplier} />
        </div>
      </div>

      <section className="product-page__description yg-card">
        <h2>{t('product.description')}</h2>
        {product.description ? (
          product.description.split(/\n{2,}|\r\n\r\n/).map((para, i) => <p key={i}>{para}</p>)
        ) : (
          <p className="muted">{t('product.noDescription')}</p>
        )}
      </section>

      <ProductRatings productId={product.id} />
    </article>
  );
}

function ProductPageSkeleton() {
  return (
    <div className="product-page" aria-busy="true">
      <div className="product-page__top">
        <Skeleton className="gallery__main gallery__main--skeleton" />
        <div className="product-page__info">
          <Skeleton height="2em" width="60%" />
          <Skeleton height="1.4em" width="40%" />
          <Skeleton height="3em" width="35%" />
          <Skeleton height="6em" width="100%" />
        </div>
      </div>
    </div>
  );
}

function AddToCart({ skuId, disabled }: { skuId: string; disabled: boolean }) {
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
