import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { EmptyState, ErrorState, LoadMoreButton, Price, Skeleton } from '@yigou/web/ui';
import { useT } from '@yigou/web/i18n';
import type { PaceStatus, RankingSort } from '../generated/graphql';
import { useDocumentTitle } from '../modules/app/hooks/useDocumentTitle';
import { useSession } from '../modules/auth/hooks/session';
import { useErrorMessage } from '../modules/errors/hooks/useErrorMessage';
import { FilingReviewList } from '../modules/quota/components/FilingReviewList';
import { PaceBadge } from '../modules/quota/components/PaceBadge';
import { JURISDICTION_RANKING_QUERY, QUOTA_BULLETIN_QUERY, SEND_QUOTA_REMINDERS_MUTATION } from '../modules/quota/graphql/quota.documents';
import { currentQuotaYear, downloadBase64, formatRank, formatRate, quotaScopes } from '../modules/quota/utils/quota-format';
import '../modules/quota/quota.css';

const SORTS: RankingSort[] = ['rank', 'name', 'target', 'ordered', 'completed', 'rate'];
const STATUSES: PaceStatus[] = ['red', 'amber', 'green'];
const PAGE = 50;

/** 辖区排名 for finance reviewers and county admins: sortable, filterable, drill-down, export, reminders. */
export function JurisdictionQuotaPage() {
  const t = useT();
  const errorMessage = useErrorMessage();
  const client = useApolloClient();
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const regionCode = params.get('region') ?? quotaScopes(user).regionCode;
  const year = Number(params.get('year')) || currentQuotaYear();
  const sort = (params.get('sort') as RankingSort | null) ?? 'rank';
  const descending = params.get('desc') === '1';
  const status = (params.get('status') as PaceStatus | null) || null;
  const search = params.get('q') ?? '';
  const [notice, setNotice] = useState<string | null>(null);
  const variables = { regionCode: regionCode ?? '', year, sort, descending, status, search: search || null, first: PAGE };
  const { data, loading, error, refetch, fetchMore } = useQuery(JURISDICTION_RANKING_QUERY, { variables, skip: !regionCode, fetchPolicy: 'cache-and-network' });
  const [sendReminders, reminding] = useMutation(SEND_QUOTA_REMINDERS_MUTATION);
  useDocumentTitle(t('quota.rankingTitle'));
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  if (!regionCode) return <EmptyState title={t('quota.noRegion')} />;
  const r = data?.jurisdictionRanking;

  async function exportAs(format: 'xlsx' | 'csv') {
    try {
      const res = await client.query({ query: QUOTA_BULLETIN_QUERY, variables: { regionCode: regionCode as string, year, format }, fetchPolicy: 'network-only' });
      const f = res.data?.quotaBulletin;
      if (f) downloadBase64(f.filename, f.mimeType, f.contentBase64);
    } catch (e) {
      setNotice(errorMessage(e));
    }
  }

  async function remind() {
    try {
      const res = await sendReminders({ variables: { regionCode: regionCode as string, year } });
      setNotice(t('quota.remindersSent', { count: res.data?.sendQuotaReminders ?? 0 }));
    } catch (e) {
      setNotice(errorMessage(e));
    }
  }

  return (
    <div className="quota-page" data-testid="jurisdiction-quota-page">
      <header className="quota-hero yg-card">
        <div>
          <p className="muted">{t('quota.yearTitle', { year })}</p>
          <h1>{t('quota.rankingTitle')}</h1>
          {r && <p className="muted">{t('quota.paceHint', { pace: formatRate(r.pace) })}</p>}
        </div>
        <div className="quota-actions">
          <button type="button" className="yg-button yg-button--ghost" onClick={() => void exportAs('xlsx')} data-testid="export-xlsx">{t('quota.exportXlsx')}</button>
          <button type="button" className="yg-button yg-button--ghost" onClick={() => void exportAs('csv')} data-testid="export-csv">{t('quota.exportCsv')}</button>
          <Link className="yg-button yg-button--ghost" to={`/quota/bulletin?region=${regionCode}&year=${year}`}>{t('quota.print')}</Link>
          <button type="button" className="yg-button" onClick={() => void remind()} disabled={reminding.loading} data-testid="send-reminders">{t('quota.sendReminders')}</button>
        </div>
      </header>
      {notice && <p className="quota-notice" role="status">{notice}</p>}
      {user?.roles.some((x) => x.role === 'finance_reviewer') && (
        <FilingReviewList regionCode={regionCode} year={year} onReviewed={() => void refetch()} />
      )}

      <div className="quota-filters">
        <input className="yg-input" type="search" placeholder={t('quota.searchUnit')} defaultValue={search} onKeyDown={(e) => e.key === 'Enter' && set('q', (e.target as HTMLInputElement).value.trim() || null)} data-testid="ranking-search" />
        <select value={status ?? ''} onChange={(e) => set('status', e.target.value || null)} data-testid="ranking-status" aria-label={t('quota.filterStatus')}>
          <option value="">{t('quota.allStatuses')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>{t(`quota.status.${s}`)}</option>
          ))}
        </select>
      </div>

      {error && !data ? (
        <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />
      ) : !r ? (
        loading ? <Skeleton height={240} /> : null
      ) : (
        <>
          <p className="muted" data-testid="ranking-own-figures">{t('quota.ownFigures')}</p>
          <div className="table-scroll">
            <table className="quota-table yg-card" data-testid="ranking-table">
              <thead>
                <tr>
                  {SORTS.map((s) => (
                    <th key={s}>
                      <button type="button" className="quota-sort" onClick={() => { set('sort', s); set('desc', sort === s && !descending ? '1' : null); }} aria-sort={sort === s ? (descending ? 'descending' : 'ascending') : 'none'}>
                        {t(`quota.col.${s}`)}
                        {sort === s ? (descending ? ' ↓' : ' ↑') : ''}
                      </button>
                    </th>
                  ))}
                  <th>{t('quota.col.status')}</th>
                </tr>
              </thead>
              <tbody>
                {r.rows.map((row) => (
                  <tr key={row.unitId} data-testid="ranking-row" data-unit={row.name}>
                    <td data-testid="ranking-rank">{formatRank(row.rank, row.tied)}</td>
                    <td>
                      <Link to={`/quota?unit=${row.unitId}&year=${year}`}>{row.name}</Link>
                      {row.parentName && <small className="muted"> · {row.parentName}</small>}
                      {row.filingOverdue && <small className="quota-overdue"> {t('quota.overdue')}</small>}
                      {row.rolledUp.unitCount > 1 && (
                        <small className="quota-rollup muted" data-testid="ranking-rollup">
                          <br />
                          {t('quota.rankingRollUp', { count: row.rolledUp.unitCount, rate: formatRate(row.rolledUp.rate) })} <Price fen={row.rolledUp.orderedFen} size="sm" /> / <Price fen={row.rolledUp.completedFen} size="sm" /> / <Price fen={row.rolledUp.targetFen} size="sm" />
                        </small>
                      )}
                    </td>
                    <td><Price fen={row.targetFen} size="sm" /></td>
                    <td data-testid="ranking-ordered"><Price fen={row.orderedFen} size="sm" /></td>
                    <td><Price fen={row.completedFen} size="sm" /></td>
                    <td>{formatRate(row.rate)}</td>
                    <td><PaceBadge status={row.status} /></td>
                  </tr>
                ))}
                {!r.rows.length && (
                  <tr>
                    <td colSpan={7} className="muted">{t('quota.noUnits')}</td>
                  </tr>
                )}
              </tbody>
              <tfoot>
                <tr>
                  <td />
                  <td>{t('quota.totals')}</td>
                  <td><Price fen={r.totals.targetFen} size="sm" /></td>
                  <td><Price fen={r.totals.orderedFen} size="sm" /></td>
                  <td><Price fen={r.totals.completedFen} size="sm" /></td>
                  <td>{formatRate(r.totals.rate)}</td>
                  <td />
                </tr>
              </tfoot>
            </table>
          </div>
          <LoadMoreButton
            hasMore={r.pageInfo.hasNextPage}
            loading={loading}
            onClick={() =>
              void fetchMore({
                variables: { after: r.pageInfo.endCursor },
                updateQuery: (prev, { fetchMoreResult }) => ({
                  ...prev,
                  jurisdictionRanking: { ...fetchMoreResult.jurisdictionRanking, rows: [...prev.jurisdictionRanking.rows, ...fetchMoreResult.jurisdictionRanking.rows] },
                }),
              })
            }
          />
        </>
      )}
    </div>
  );
}
