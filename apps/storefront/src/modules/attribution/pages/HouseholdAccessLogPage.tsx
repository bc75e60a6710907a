import { useApolloClient, useQuery } from '@apollo/client/react';
import { useT } from '@yigou/web/i18n';
import { type DateRange, EmptyState, ErrorState, RangeExport, Skeleton, downloadBase64, rangeVariables } from '@yigou/web/ui';
import { useDocumentTitle } from '../../app/hooks/useDocumentTitle';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { EXPORT_HOUSEHOLD_ACCESS_LOG_QUERY, HOUSEHOLD_ACCESS_LOG_QUERY } from '../graphql/attribution.documents';
import { useCountyCode } from '../utils/use-county';
import { SHANGHAI_TIME_ZONE } from '@yigou/shared/time';
import '../attribution.css';
import { useUrlDateRange } from '../../app/hooks/useUrlDateRange';

const ACTIONS: Record<string, string> = { reveal: '查看明文', export: '导出' };
const COLUMNS = ['时间', '操作', '操作人', '户编号', '原因/内容', 'IP'] as const;
const TIME = new Intl.DateTimeFormat('zh-CN', { timeZone: SHANGHAI_TIME_ZONE, dateStyle: 'short', timeStyle: 'medium', hour12: false });

/**
 * 农户信息访问日志: every reveal and export of household data in the county, for its admins and auditors; one range of
 * days above the list filters the list and the XLSX export alike.
 */
export function HouseholdAccessLogPage() {
  const county = useCountyCode();
  const t = useT();
  const errorMessage = useErrorMessage();
  const client = useApolloClient();
  const days = useUrlDateRange();
  const [range] = days;
  useDocumentTitle('农户信息访问日志');
  const { data, loading, error, refetch, fetchMore } = useQuery(HOUSEHOLD_ACCESS_LOG_QUERY, {
    variables: { countyCode: county ?? '', first: 50, ...rangeVariables(range) },
    skip: !county,
    fetchPolicy: 'cache-and-network',
  });
  if (!county) return <EmptyState title="仅县乡村振兴局、审计和平台管理员可查看访问日志" />;
  const log = data?.householdAccessLog;
  const ranged = Boolean(range.from || range.to);

  async function onExport(range: DateRange) {
    const r = await client.query({
      query: EXPORT_HOUSEHOLD_ACCESS_LOG_QUERY,
      variables: { countyCode: county ?? '', from: range.from || null, to: range.to || null },
      fetchPolicy: 'network-only',
    });
    const f = r.data?.exportHouseholdAccessLog;
    if (f) downloadBase64(f.filename, f.contentBase64);
  }

  return (
    <div className="attribution-page">
      <header className="attribution-hero yg-card">
        <div>
          <p className="muted">查看户主姓名、身份证号明文与导出农户数据的记录</p>
          <h1>农户信息访问日志{log && ` · 共 ${log.totalCount} 条`}</h1>
        </div>
        <div className="attribution-actions">
          <RangeExport label="导出 Excel" onExport={onExport} errorText={errorMessage} testId="export-access-log" range={days} />
        </div>
      </header>
      <section className="yg-card attribution-table" data-testid="access-log" aria-busy={loading && !log}>
        {error && !log ? (
          <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />
        ) : !log ? (
          <Skeleton className="attribution-skeleton" />
        ) : log.edges.length === 0 ? (
          ranged ? (
            <EmptyState title={t('log.emptyRange')} hint={t('log.emptyRangeHint')} />
          ) : (
            <EmptyState title="还没有人查看或导出过本县农户信息" hint="查看明文或导出名册时，这里会记下是谁、何时、为何" />
          )
        ) : (
          <table className="yg-table--stack">
            <thead>
              <tr>
                {COLUMNS.map((c) => (
                  <th key={c}>{c}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {log.edges.map(({ node }) => (
                <tr key={node.id} data-testid="access-log-row">
                  {[
                    TIME.format(new Date(node.createdAt)),
                    ACTIONS[node.action] ?? node.action,
                    node.userName,
                    node.householdNo ?? '—',
                    node.detail,
                    node.ip,
                  ].map((text, i) => (
                    <td key={COLUMNS[i]} data-label={COLUMNS[i]}>
                      {text}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {log?.pageInfo.hasNextPage && (
          <button
            type="button"
            className="yg-button yg-button--ghost"
            onClick={() => void fetchMore({ variables: { after: log.pageInfo.endCursor } })}
            data-testid="access-log-more"
          >
            加载更多
          </button>
        )}
      </section>
    </div>
  );
}
