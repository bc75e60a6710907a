import { useT } from '@yigou/web/i18n';
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { EmptyState, ErrorState, LoadMoreButton, Spinner, TextField, InlineError } from '@yigou/web/ui';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { MY_UNIT_JOIN_REQUESTS_QUERY, REQUEST_TO_JOIN_UNIT_MUTATION, SEARCH_WORK_UNITS_QUERY } from '../graphql/unit.documents';

const PAGE = 20;

/**
 * Find a unit by name and ask to join it. `blocked` explains why asking is not possible now
 * (already in a unit, or a request is pending); the results are still shown.
 */
export function UnitSearchPanel({ blocked }: { blocked: string | null }) {
  const t = useT();
  const errorMessage = useErrorMessage();
  const [value, setValue] = useState('');
  const [term, setTerm] = useState('');
  const [inputError, setInputError] = useState<string | null>(null);
  const [requestError, setRequestError] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const results = useQuery(SEARCH_WORK_UNITS_QUERY, { variables: { search: term, first: PAGE }, skip: !term, fetchPolicy: 'network-only' });
  const [request, { loading: requesting }] = useMutation(REQUEST_TO_JOIN_UNIT_MUTATION, {
    refetchQueries: [{ query: MY_UNIT_JOIN_REQUESTS_QUERY }],
    awaitRefetchQueries: true,
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    const q = value.trim();
    if (!q) return setInputError(t('unit.searchRequired'));
    setInputError(null);
    setRequestError(null);
    setTerm(q);
  }

  async function onRequest(unitId: string) {
    setRequestError(null);
    try {
      await request({ variables: { unitId } });
      setSentTo(unitId);
    } catch (e) {
      setRequestError(errorMessage(e));
    }
  }

  async function loadMore(after: string | null) {
    setLoadingMore(true);
    try {
      await results.fetchMore({
        variables: { after },
        updateQuery: (prev, { fetchMoreResult }) => ({
          ...prev,
          searchWorkUnits: {
            ...fetchMoreResult.searchWorkUnits,
            edges: [...(prev.searchWorkUnits?.edges ?? []), ...fetchMoreResult.searchWorkUnits.edges],
          },
        }),
      });
    } catch (e) {
      setRequestError(errorMessage(e));
    } finally {
      setLoadingMore(false);
    }
  }

  const conn = results.data?.searchWorkUnits;
  return (
    <section className="yg-card un-card" data-testid="unit-search">
      <h2 className="un-card__title">{t('unit.searchTitle')}</h2>
      <p className="muted">{t('unit.searchLead')}</p>
      <form className="un-form" role="search" onSubmit={submit} noValidate data-testid="unit-search-form">
        <TextField
          label={t('unit.searchLabel')}
          name="unit-search"
          value={value}
          placeholder={t('unit.searchPlaceholder')}
          error={inputError ?? undefined}
          maxLength={50}
          autoComplete="off"
          onChange={(e) => setValue(e.target.value)}
        />
        <button type="submit" className="yg-button">
          {t('unit.search')}
        </button>
      </form>
      {blocked && (
        <p className="un-notice un-notice--warn" data-testid="unit-search-blocked">
          {blocked}
        </p>
      )}
      <InlineError className="un-error" testId="unit-request-error" message={requestError} />
      {!term ? null : results.loading && !conn ? (
        <Spinner label={t('unit.searching')} />
      ) : results.error && !conn ? (
        <ErrorState message={errorMessage(results.error)} onRetry={() => void results.refetch()} />
      ) : !conn || conn.edges.length === 0 ? (
        <div data-testid="unit-search-empty">
          <EmptyState title={t('unit.noResults', { q: term })} hint={t('unit.noResultsHint')} />
        </div>
      ) : (
        <>
          <p className="muted" data-testid="unit-search-count">
            {t('unit.resultCount', { count: conn.totalCount })}
          </p>
          <ul className="un-list">
            {conn.edges.map(({ node }) => (
              <li key={node.id} className="un-row" data-testid="unit-search-result">
                <span className="un-row__name">
                  {node.name}
                  <span className="un-sub">
                    {node.regionName ?? node.regionCode}
                    {node.parentName && ` · ${t('unit.parentUnit')}：${node.parentName}`}
                  </span>
                </span>
                {sentTo === node.id ? (
                  <span className="un-notice un-notice--ok" role="status" data-testid="unit-request-sent">
                    {t('unit.requested')}
                  </span>
                ) : (
                  <button
                    type="button"
                    className="yg-button yg-button--accent"
                    disabled={!!blocked || requesting}
                    onClick={() => void onRequest(node.id)}
                    data-testid="unit-request-join"
                  >
                    {requesting ? t('unit.requesting') : t('unit.requestJoin')}
                  </button>
                )}
              </li>
            ))}
          </ul>
          <LoadMoreButton
            hasMore={conn.pageInfo.hasNextPage}
            loading={loadingMore}
            onClick={() => void loadMore(conn.pageInfo.endCursor)}
          />
        </>
      )}
    </section>
  );
}
