import { useSearchParams } from 'react-router-dom';
import { useEffect } from 'react';
import { useQuery } from '@apollo/client/react';
import { EmptyState, ErrorState, Skeleton, formatPrice } from '@yigou/web/ui';
import { shanghaiDate } from '@yigou/shared/time';
import { useT } from '@yigou/web/i18n';
import { useDocumentTitle } from '../../app/hooks/useDocumentTitle';
import { useSession } from '../../auth/hooks/session';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { BULLETIN_RANKING_QUERY } from '../graphql/quota.documents';
import { currentQuotaYear, formatRank, formatRate, quotaScopes } from '../utils/quota-format';
import '../quota.css';

// jurisdictionRanking costs its page size × the fields asked (query-limits.plugin): 50 × 20 stays under the 2,000 limit
const BULLETIN_PAGE = 50;

/** 月度通报, printable: 单位 | 主管部门 | 是否有食堂 | 年度目标 | 已下单 | 已完成 | 完成率 | 排名, with totals. */
export function QuotaBulletinPage() {
  const t = useT();
  const errorMessage = useErrorMessage();
  const { user } = useSession();
  const [params] = useSearchParams();
  const regionCode = params.get('region') ?? quotaScopes(user).regionCode;
  const year = Number(params.get('year')) || currentQuotaYear();
  const { data, error, refetch, fetchMore } = useQuery(BULLETIN_RANKING_QUERY, {
    variables: { regionCode: regionCode ?? '', year, first: BULLETIN_PAGE },
    skip: !regionCode,
  });
  const next = data?.jurisdictionRanking.pageInfo;
  // The bulletin lists every unit: follow the pages until the last one.
  useEffect(() => {
    if (!next?.hasNextPage || !next.endCursor) return;
    void fetchMore({
      variables: { after: next.endCursor },
      updateQuery: (prev, { fetchMoreResult }) => ({
        ...fetchMoreResult,
        jurisdictionRanking: {
          ...fetchMoreResult.jurisdictionRanking,
          rows: [...prev.jurisdictionRanking.rows, ...fetchMoreResult.jurisdictionRanking.rows],
        },
      }),
    });
  }, [next?.hasNextPage, next?.endCursor, fetchMore]);
  useDocumentTitle(t('quota.bulletinTitle', { year }));
  if (!regionCode) return <EmptyState title={t('quota.noRegion')} />;
  if (error && !data) return <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />;
  const r = data?.jurisdictionRanking;
  if (!r || r.pageInfo.hasNextPage) return <Skeleton height={240} />;
  return (
    <article className="quota-bulletin" data-testid="quota-bulletin">
      <div className="quota-actions no-print">
        <button type="button" className="yg-button" onClick={() => window.print()}>
          {t('quota.printNow')}
        </button>
      </div>
      <h1>{t('quota.bulletinTitle', { year })}</h1>
      {/* today in Shanghai, written as the other papers write dates (the browser's own zone said 2026/12/6 before 08:00) */}
      <p className="muted" data-testid="bulletin-as-of">
        {t('quota.bulletinAsOf', { date: shanghaiDate(new Date()) })}
      </p>
      <div className="table-scroll">
        <table className="quota-table quota-table--print">
          <thead>
            <tr>
              <th>单位</th>
              <th>主管部门</th>
              <th>是否有食堂</th>
              <th>年度目标</th>
              <th>已下单</th>
              <th>已完成</th>
              <th>完成率</th>
              <th>排名</th>
            </tr>
          </thead>
          <tbody>
            {r.rows.map((row) => (
              <tr key={row.unitId}>
                <td>{row.name}</td>
                <td>{row.parentName ?? ''}</td>
                <td>{row.hasCanteen ? '是' : '否'}</td>
                <td>{formatPrice(row.targetFen)}</td>
                <td>{formatPrice(row.orderedFen)}</td>
                <td>{formatPrice(row.completedFen)}</td>
                <td>{formatRate(row.rate)}</td>
                <td>{formatRank(row.rank, row.tied)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <td>合计</td>
              <td />
              <td />
              <td>{formatPrice(r.totals.targetFen)}</td>
              <td>{formatPrice(r.totals.orderedFen)}</td>
              <td>{formatPrice(r.totals.completedFen)}</td>
              <td>{formatRate(r.totals.rate)}</td>
              <td />
            </tr>
          </tfoot>
        </table>
      </div>
    </article>
  );
}
