import { useQuery } from '@apollo/client/react';
import { useI18n } from '@yigou/web/i18n';
import { PRODUCT_RATINGS_QUERY } from '../graphql/catalog.documents';
import { formatDate } from '../utils/format-date';
import { Stars } from './Stars';

/** The product page's 商品评价: mean and count, then the latest ratings; a stars-only rating shows no quote. */
export function ProductRatings({ productId }: { productId: string }) {
  const { t } = useI18n();
  const { data } = useQuery(PRODUCT_RATINGS_QUERY, { variables: { productId } });
  const ratings = data?.productRatings;
  if (!ratings) return null;
  return (
    <section className="product-ratings yg-card" data-testid="product-ratings">
      <h2>
        {t('rating.title')}
        {ratings.average !== null && (
          <span className="product-ratings__summary">
            <Stars value={ratings.average} /> {t('rating.summary', { average: ratings.average.toFixed(1), count: ratings.count })}
          </span>
        )}
      </h2>
      {ratings.items.length === 0 ? (
        <p className="muted">{t('rating.none')}</p>
      ) : (
        <ul className="product-ratings__list">
          {ratings.items.map((r) => (
            <li key={r.id} data-testid="product-rating">
              <div className="product-ratings__head">
                <Stars value={r.rating} />
                <span className="muted">
                  {r.spec} · {formatDate(r.ratedAt)}
                </span>
              </div>
              {r.comment && <blockquote className="product-ratings__comment">{r.comment}</blockquote>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
