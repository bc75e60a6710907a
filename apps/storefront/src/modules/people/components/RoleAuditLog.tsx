import { useT, type MessageKey } from '@yigou/web/i18n';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router-dom';
import {
  type DateRange,
  EmptyState,
  ErrorState,
  LoadMoreButton,
  RangeExport,
  Spinner,
  downloadBase64,
  rangeVariables,
} from '@yigou/web/ui';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { EXPORT_ROLE_AUDIT_LOG_QUERY, ROLE_AUDIT_LOG_QUERY } from '../graphql/people.documents';
import { useRoleName } from '../utils/roles';
import { SHANGHAI_TIME_ZONE } from '@yigou/shared/time';
import { useUrlDateRange } from '../../app/hooks/useUrlDateRange';

const TIME = new Intl.DateTimeFormat('zh-CN', { timeZone: SHANGHAI_TIME_ZONE, dateStyle: 'short', timeStyle: 'medium', hour12: false });
const COLUMNS: readonly MessageKey[] = [
  'people.time',
  'people.action',
  'people.actor',
  'people.target',
  'people.role',
  'people.scope',
  'people.reasonColumn',
];
const ACTION_KEYS: Record<string, MessageKey> = {
  grant: 'people.actGrant',
  withdraw: 'people.actWithdraw',
  suspend: 'people.actSuspend',
  restore: 'people.actRestore',
};

/** 授权日志: who gave or took which role (and scope) from whom, when and why; one range of days filters the list and the XLSX export. */
export function RoleAuditLog() {
  const t = useT();
  const roleName = useRoleName();
  const errorMessage = useErrorMessage();
  const client = useApolloClient();
  const [params] = useSearchParams();
  const user = params.get('user');
  const userId = user && /^[0-9a-f-]{36}$/i.test(user) ? user : null;
  const days = useUrlDateRange();
  const [range] = days;
  const log = useQuery(ROLE_AUDIT_LOG_QUERY, {
    variables: { userId, first: 50, ...rangeVariables(range) },
    fetchPolicy: 'cache-and-network',
  });
  const conn = log.data?.roleAuditLog;
  const ranged = Boolean(range.from || range.to);

  async function onExport(range: DateRange) {
    const r = await client.query({
      query: EXPORT_ROLE_AUDIT_LOG_QUERY,
      variables: { userId, from: range.from || null, to: range.to || null },
      fetchPolicy: 'network-only',
    });
    const f = r.data?.exportRoleAuditLog;
    if (f) downloadBase64(f.filename, f.contentBase64);
  }

  return (
    <section className="yg-card pp-card" data-testid="role-audit-log">
      <div className="yg-desk__head">
        <p className="muted">
          {conn && t('people.entries', { count: conn.totalCount })}
          {userId && (
            <>
              {' · '}
              <Link to="/admin/people/audit" data-testid="role-audit-all">
                {t('people.allEntries')}
              </Link>
            </>
          )}
        </p>
        <RangeExport label={t('people.export')} onExport={onExport} errorText={errorMessage} testId="export-role-audit" range={days} />
      </div>
      {log.error && !conn ? (
        <ErrorState message={errorMessage(log.error)} onRetry={() => void log.refetch()} />
      ) : !conn ? (
        <Spinner />
      ) : conn.edges.length === 0 ? (
        <EmptyState title={t(ranged ? 'log.emptyRange' : 'people.noEntries')} hint={ranged ? t('log.emptyRangeHint') : undefined} />
      ) : (
        <div className="pp-table-wrap">
          <table className="yg-table yg-table--stack">
            <thead>
              <tr>
                {COLUMNS.map((key) => (
                  <th key={key}>{t(key)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {conn.edges.map(({ node }) => (
                <tr key={node.id} data-testid="role-audit-row">
                  <td data-label={t(COLUMNS[0])}>{TIME.format(new Date(node.createdAt))}</td>
                  <td data-label={t(COLUMNS[1])}>{t(ACTION_KEYS[node.action] ?? 'people.actGrant')}</td>
                  <td data-label={t(COLUMNS[2])}>
                    <span>
                      {node.actorName}
                      <span className="muted"> · {roleName(node.actorRole)}</span>
                    </span>
                  </td>
                  <td data-label={t(COLUMNS[3])}>{node.targetName}</td>
                  <td data-label={t(COLUMNS[4])}>{node.role ? roleName(node.role) : '—'}</td>
                  <td data-label={t(COLUMNS[5])}>{node.scopeLabel ?? '—'}</td>
                  <td data-label={t(COLUMNS[6])}>{node.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {conn && conn.edges.length > 0 && (
        <LoadMoreButton
          hasMore={conn.pageInfo.hasNextPage}
          loading={log.loading}
          onClick={() => void log.fetchMore({ variables: { after: conn.pageInfo.endCursor } })}
        />
      )}
    </section>
  );
}
