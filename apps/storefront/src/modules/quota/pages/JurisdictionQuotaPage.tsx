import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { EmptyState, ErrorState, Skeleton, useKeysetPages, downloadBase64 } from '@yigou/web/ui';
import { useT } from '@yigou/web/i18n';
import type { PaceStatus, RankingSort } from '../../../generated/graphql';
import { useDocumentTitle } from '../../app/hooks/useDocumentTitle';
import { useSession } from '../../auth/hooks/session';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { FilingReviewList } from '../components/FilingReviewList';
import { RankingFilters } from '../components/RankingFilters';
import { RankingTable } from '../components/RankingTable';
import { JURISDICTION_RANKING_QUERY, QUOTA_BULLETIN_QUERY, SEND_QUOTA_REMINDERS_MUTATION } from '../graphql/quota.documents';
import { currentQuotaYear, formatRate, quotaScopes } from '../utils/quota-format';
import '../quota.css';

const PAGE = 50;
/**
 * The ranking's page sizes: 100 rows of every column (each unit's figures and its rolled-up region) cost more than
 * the API's query cost limit allows, so the desk offers up to 50; the printed bulletin reads 100 of its own columns.
 */
const RANKING_PAGE_SIZES = [10, 20, 50] as const;

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
  // pages of the server's ranking in the chosen order; a new sort or filter starts again at page 1
  const pages = useKeysetPages(undefined, PAGE, RANKING_PAGE_SIZES);
  const variables = {
    regionCode: regionCode ?? '',
    year,
    sort,
    descending,
    status,
    search: search || null,
    first: pages.first,
    after: pages.after,
  };
  const { data, loading, error, refetch } = useQuery(JURISDICTION_RANKING_QUERY, {
    variables,
    skip: !regionCode,
    fetchPolicy: 'cache-and-network',
  });
  const [sendReminders, reminding] = useMutation(SEND_QUOTA_REMINDERS_MUTATION);
  useDocumentTitle(t('quota.rankingTitle'));
  const set = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
    pages.reset();
  };

  if (!regionCode) return <EmptyState title={t('quota.noRegion')} />;
  const r = data?.jurisdictionRanking;
  async function exportAs(format: 'xlsx' | 'csv') {
    try {
      const res = await client.query({
        query: QUOTA_BULLETIN_QUERY,
        variables: { regionCode: regionCode as string, year, format },
        fetchPolicy: 'network-only',
      });
      const f = res.data?.quotaBulletin;
      if (f) downloadBase64(f.filename, f.contentBase64, f.mimeType);
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
          <button type="button" className="yg-button yg-button--ghost" onClick={() => void exportAs('xlsx')} data-testid="export-xlsx">
            {t('quota.exportXlsx')}
          </button>
          <button type="button" className="yg-button yg-button--ghost" onClick={() => void exportAs('csv')} data-testid="export-csv">
            {t('quota.exportCsv')}
          </button>
          <Link className="yg-button yg-button--ghost" to={`/quota/bulletin?region=${regionCode}&year=${year}`}>
            {t('quota.print')}
          </Link>
          <button
            type="button"
            className="yg-button"
            onClick={() => void remind()}
            disabled={reminding.loading}
            data-testid="send-reminders"
          >
            {t('quota.sendReminders')}
          </button>
        </div>
      </header>
      {notice && (
        <p className="quota-notice" role="status">
          {notice}
        </p>
      )}
      {user?.roles.some((x) => x.role === 'finance_reviewer') && (
        <FilingReviewList regionCode={regionCode} year={year} onReviewed={() => void refetch()} />
      )}

      <RankingFilters search={search} status={status} onChange={set} />

      {error && !data ? (
        <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />
      ) : !r ? (
        loading ? (
          <Skeleton height={240} />
        ) : null
      ) : (
        <>
          <p className="muted" data-testid="ranking-own-figures">
            {t('quota.ownFigures')}
          </p>
          <RankingTable ranking={r} year={year} sort={sort} descending={descending} loading={loading} onSort={set} pager={pages.pager(r)} />
        </>
      )}
    </div>
  );
}
