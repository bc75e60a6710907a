import { Link, useNavigate } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { PRODUCT_CATEGORY_LABELS } from '@yigou/shared/domain';
import { categoryColor, CheckIcon, EmptyState, ErrorState, ProductGridSkeleton, SearchBox, Section, Skeleton } from '@yigou/web/ui';
import { useI18n } from '@yigou/web/i18n';
import { useDocumentTitle } from '../../app/hooks/useDocumentTitle';
import { ProductList } from '../components/ProductList';
import { HOME_QUERY } from '../graphql/catalog.documents';
import { searchHref } from '../utils/search-params';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import '../home.css';

const FEATURED_COUNT = 8;

export function HomePage() {
  const { t, pick } = useI18n();
  const navigate = useNavigate();
  const errorMessage = useErrorMessage();
  const { data, loading, error, refetch } = useQuery(HOME_QUERY);
  useDocumentTitle(null);

  const featured = (data?.featured.edges ?? []).slice(0, FEATURED_COUNT).map((e) => e.node);
  const categories = (data?.categories ?? []).filter((c) => c.productCount > 0);
  const counties = data?.counties ?? [];

  return (
    <div className="home">
      <section className="hero">
        <div className="hero__text">
          <p className="hero__eyebrow">{t('app.tagline')}</p>
          <h1 className="hero__title">{t('home.heroTitle')}</h1>
          <p className="hero__lead">{t('home.heroLead')}</p>
          <div className="hero__search">
            <SearchBox size="lg" testId="hero-search-input" onSearch={(q) => navigate(searchHref({ q }))} />
          </div>
          <ul className="hero__stats">
            <li>
              <CheckIcon size={16} /> {t('home.heroStat1')}
            </li>
            <li>
              <CheckIcon size={16} /> {t('home.heroStat2')}
            </li>
            <li>
              <CheckIcon size={16} /> {t('home.heroStat3')}
            </li>
          </ul>
        </div>
        <div className="hero__art" aria-hidden="true">
          <span className="hero__fruit hero__fruit--1">梨</span>
          <span className="hero__fruit hero__fruit--2">菇</span>
          <span className="hero__fruit hero__fruit--3">米</span>
          <span className="hero__fruit hero__fruit--4">蜜</span>
        </div>
      </section>

      {error && !data ? (
        <div className="yg-section">
          <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />
        </div>
      ) : (
        <>
          <Section
            title={t('home.featured')}
            id="featured-title"
            action={
              <Link to={searchHref({ sort: 'sales' })} className="section-more">
                {t('home.featuredMore')} →
              </Link>
            }
          >
            {loading && !data ? (
              <ProductGridSkeleton count={FEATURED_COUNT} />
            ) : featured.length > 0 ? (
              <ProductList products={featured} />
            ) : (
              <EmptyState title={t('results.empty')} />
            )}
          </Section>

          <Section title={t('home.categories')} id="categories-title">
            <div className="category-grid">
              {loading && !data
                ? Array.from({ length: 6 }, (_, i) => <Skeleton key={i} className="category-tile category-tile--skeleton" />)
                : categories.map((c) => {
                    const color = categoryColor(c.category);
                    return (
                      <Link
                        key={c.category}
                        to={searchHref({ category: c.category })}
                        className="category-tile"
                        style={{ background: color.bg, color: color.fg }}
                        data-testid="category-tile"
                      >
                        <span className="category-tile__glyph" aria-hidden="true" style={{ background: color.fg }}>
                          {color.glyph}
                        </span>
                        <span className="category-tile__name">{pick(PRODUCT_CATEGORY_LABELS[c.category], c.category)}</span>
                        <span className="category-tile__count">{t('home.categoryProducts', { count: c.productCount })}</span>
                      </Link>
                    );
                  })}
            </div>
          </Section>

          <Section title={t('home.counties')} id="counties-title">
            <div className="county-grid">
              {loading && !data
                ? Array.from({ length: 5 }, (_, i) => <Skeleton key={i} className="county-tile county-tile--skeleton" />)
                : counties.map((c) => (
                    <Link key={c.code} to={searchHref({ county: c.code })} className="county-tile" data-testid="county-link">
                      <span className="county-tile__name">{c.name}</span>
                      <span className="county-tile__full">{c.fullName}</span>
                      <span className="county-tile__count">{t('home.countyProducts', { count: c.productCount })}</span>
                    </Link>
                  ))}
            </div>
          </Section>
        </>
      )}
    </div>
  );
}
