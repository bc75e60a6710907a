import { Link } from 'react-router-dom';
import { PRODUCT_CATEGORY_LABELS, type ProductCategory, type StockState } from '@yigou/shared/domain';
import { useI18n } from '@yigou/web/i18n';
import { Badge } from './Badge';
import { CheckIcon } from './icons';
import { Price } from './Price';
import { ProductImage } from './ProductImage';

/** The fields a card needs; GraphQL product fragments are structurally compatible. */
export interface ProductCardData {
  id: string;
  name: string;
  category: ProductCategory;
  priceFen: string;
  coverImageUrl?: string | null;
  certified: boolean;
  stockState: StockState;
  salesCount: number;
  county: { name: string };
  supplier: { name: string };
}

export interface ProductCardProps {
  product: ProductCardData;
  to: string;
}

export function ProductCard({ product, to }: ProductCardProps) {
  const { t, pick } = useI18n();
  const soldOut = product.stockState === 'sold_out';
  return (
    <article className={`yg-card yg-product-card${soldOut ? ' is-sold-out' : ''}`} data-testid="product-card">
      <Link to={to} className="yg-product-card__link">
        <div className="yg-product-card__media">
          <ProductImage src={product.coverImageUrl} alt={product.name} name={product.name} category={product.category} />
          {product.certified && (
            <Badge tone="green" className="yg-product-card__cert" icon={<CheckIcon size={12} strokeWidth={3} />}>
              {t('product.certified')}
            </Badge>
          )}
          {product.stockState !== 'in_stock' && (
            <Badge tone={soldOut ? 'gray' : 'orange'} className="yg-product-card__stock">
              {t(`stock.${product.stockState}`)}
            </Badge>
          )}
        </div>
        <div className="yg-product-card__body">
          <h3 className="yg-product-card__name">{product.name}</h3>
          <p className="yg-product-card__meta">
            <span>{product.county.name}</span>
            <span aria-hidden="true">·</span>
            <span>{pick(PRODUCT_CATEGORY_LABELS[product.category], product.category)}</span>
          </p>
          <p className="yg-product-card__supplier">{product.supplier.name}</p>
          <div className="yg-product-card__footer">
            <Price fen={product.priceFen} />
            <span className="yg-product-card__sales">{t('product.sales', { count: product.salesCount })}</span>
          </div>
        </div>
      </Link>
    </article>
  );
}
