import { Link, useParams } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { Badge, EmptyState, ErrorState, LeafIcon, PinIcon, ProductGridSkeleton, Section, Skeleton } from '@yigou/web/ui';
import { useT } from '@yigou/web/i18n';
import { useDocumentTitle } from '../../app/hooks/useDocumentTitle';
import { ProductList } from '../components/ProductList';
import { useSupplierKindLabel } from '../components/SupplierCard';
import { SUPPLIER_PAGE_QUERY } from '../graphql/catalog.documents';
import { searchHref } from '../utils/search-params';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { useSession } from '../../auth/hooks/session';
import { FollowButton } from '../../livestream/components/FollowButton';
import '../supplier-page.css';

export function SupplierPage() {
  const { id = '' } = useParams();
  const t = useT();
  const kindLabel = useSupplierKindLabel();
  const errorMessage = useErrorMessage();
  const { user } = useSession();
  const { data, loading, error, refetch } = useQuery(SUPPLIER_PAGE_QUERY, { variables: { id } });
  const supplier = data?.supplier;
  useDocumentTitle(supplier?.name);

  if (error && !data) return <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />;
  if (loading && !data) {
    return (
      <div aria-busy="true">
        <Skeleton className="supplier-hero supplier-hero--skeleton" />
        <ProductGridSkeleton count={4} />
      </div>
    );
  }
  if (!supplier) {
    return <EmptyState title={t('supplier.notFound')} icon={<LeafIcon size={40} />} link={{ to: '/', label: t('state.backHome') }} />;
  }

  return (
    <div className="supplier-page">
      <header className="supplier-hero">
        <div className="yg-avatar supplier-hero__avatar" aria-hidden="true">
          {[...supplier.name.replace(/^.{2}县/, '')][0] ?? '农'}
        </div>
        <div>
          <h1 className="supplier-hero__name">{supplier.name}</h1>
          <div className="supplier-hero__meta">
            <Badge tone={supplier.enterpriseLevel === 'national' ? 'orange' : 'green'} testId="supplier-kind">
              {kindLabel(supplier.kind, supplier.enterpriseLevel)}
            </Badge>
            <Link to={searchHref({ county: supplier.county.code })} className="supplier-hero__county">
              <PinIcon size={16} /> {supplier.county.fullName}
            </Link>
            {supplier.village && <span className="supplier-hero__village">{supplier.village.name}</span>}
            <FollowButton kind="supplier" targetId={supplier.id} signedIn={!!user} />
          </div>
        </div>
      </header>

      {supplier.story && (
        <section className="supplier-story yg-card">
          <h2>{t('supplier.story')}</h2>
          {supplier.story.split(/\n{2,}/).map((para, i) => (
            <p key={i}>{para}</p>
          ))}
        </section>
      )}

      <Section title={`${t('supplier.products')} · ${t('supplier.productCount', { count: supplier.productCount })}`} id="supplier-products">
        {supplier.products.length > 0 ? <ProductList products={supplier.products} /> : <EmptyState title={t('results.empty')} />}
      </Section>
    </div>
  );
}
