import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { PRODUCT_CATEGORY_LABELS } from '@yigou/shared/domain';
import { Badge, EmptyState, ErrorState, LeafIcon, Price } from '@yigou/web/ui';
import { useI18n } from '@yigou/web/i18n';
import { useDocumentTitle } from '../../app/hooks/useDocumentTitle';
import { AddToCart } from '../components/AddToCart';
import { CertificationPanel } from '../components/CertificationPanel';
import { ProductGallery } from '../components/ProductGallery';
import { ProductPageSkeleton } from '../components/ProductPageSkeleton';
import { ProductRatings } from '../components/ProductRatings';
import { defaultSku, SkuSelector } from '../components/SkuSelector';
import { PurchaseLimitNote } from '../../orders/components/PurchaseLimitNote';
import { SupplierCard } from '../components/SupplierCard';
import { PRODUCT_PAGE_QUERY } from '../graphql/catalog.documents';
import { searchHref } from '../utils/search-params';
import { unitLabel } from '../utils/unit-label';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
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
    return <EmptyState title={t('product.notFound')} icon={<LeafIcon size={40} />} link={{ to: '/search', label: t('nav.search') }} />;
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
