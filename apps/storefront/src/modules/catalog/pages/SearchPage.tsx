import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { EmptyState, ErrorState, LoadMoreButton, ProductGridSkeleton, SearchIcon, InlineError } from '@yigou/web/ui';
import { useT } from '@yigou/web/i18n';
import { useDocumentTitle } from '../../app/hooks/useDocumentTitle';
import { ProductList } from '../components/ProductList';
import { SearchFilters } from '../components/SearchFilters';
import { SEARCH_FILTERS_QUERY, SEARCH_PRODUCTS_QUERY } from '../graphql/catalog.documents';
import { parseSearchParams, SEARCH_PAGE_SIZE, toSearchParams, toSearchVariables, type SearchState } from '../utils/search-params';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';

export function SearchPage() {
  const t = useT();
  const errorMessage = useErrorMessage();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseSearchParams(params), [params]);
  const variables = useMemo(() => toSearchVariables(state), [state]);

  const filters = useQuery(SEARCH_FILTERS_QUERY, { fetchPolicy: 'cache-first' });
  const { data, previousData, error, networkStatus, fetchMore, refetch } = useQuery(SEARCH_PRODUCTS_QUERY, {
    variables,
    notifyOnNetworkStatusChange: true,
  });

  const title = state.q ? t('results.for', { q: state.q }) : t('results.all');
  useDocumentTitle(title);

  function change(patch: Partial<SearchState>) {
    setParams(toSearchParams({ ...state, ...patch }));
  }

  const connection = data?.products;
  const products = connection?.edges.map((e) => e.node) ?? [];
  const initialLoading = !connection && !error;
  const loadingMore = networkStatus === NetworkStatus.fetchMore;

  function loadMore() {
    if (!connection?.pageInfo.endCursor) return;
    // the chips' counts do not change with the page: the first page's stay
    void fetchMore({ variables: { after: connection.pageInfo.endCursor, first: SEARCH_PAGE_SIZE, withCounts: false } });
  }

  return (
    <div className="search-page">
      <header className="page-header">
        <h1 className="page-title">{title}</h1>
        {connection && (
          <p className="page-subtitle" data-testid="total-count">
            {t('results.total', { count: connection.totalCount })}
          </p>
        )}
      </header>

      <SearchFilters
        state={state}
        onChange={change}
        options={{
          counties: filters.data?.counties ?? [],
          // counted by the server within this search and its other filters; the last search's while the next loads
          categories: (connection ?? previousData?.products)?.categoryCounts ?? [],
        }}
      />

      <div className="search-results">
        {error && !connection ? (
          <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />
        ) : initialLoading ? (
          <ProductGridSkeleton count={8} />
        ) : products.length === 0 ? (
          <EmptyState title={t('results.empty')} hint={t('results.emptyHint')} icon={<SearchIcon size={40} />} />
        ) : (
          <>
            <ProductList products={products} />
            <InlineError className="inline-error" message={error && errorMessage(error)} />
            <LoadMoreButton hasMore={connection?.pageInfo.hasNextPage ?? false} loading={loadingMore} onClick={loadMore} />
          </>
        )}
      </div>
    </div>
  );
}
