import { useApolloClient, useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router-dom';
import { EmptyState, ErrorState, LoadMoreButton, Spinner, downloadBase64 } from '@yigou/web/ui';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { EXPORT_ROLE_AUDIT_LOG_QUERY, ROLE_AUDIT_LOG_QUERY } from '../graphql/people.documents';
import { useP, useRoleName, type PeopleLabelKey } from '../utils/labels';
import { SHANGHAI_TIME_ZONE } from '@yigou/shared/time';

const TIME = new Intl.DateTimeFormat('zh-CN', { timeZone: SHANGHAI_TIME_ZONE, dateStyle: 'short', timeStyle: 'medium', hour12: false });
const ACTION_KEYS: Record<string, PeopleLabelKey> = {
  grant: 'actGrant',
  withdraw: 'actWithdraw',
  suspend: 'actSuspend',
  restore: 'actRestore',
};

/** 授权日志: who gave or took which role (and scope) from whom, when and why; exported as XLSX. */
export function RoleAuditLog() {
  const P = useP();
  const roleName = useRoleName();
  const errorMessage = useErrorMessage();
  const client = useApolloClient();
  const [params] = useSearchParams();
  const user = params.get('user');
  const userId = user && /^[0-9a-f-]{36}$/i.test(user) ? user : null;
  const log = useQuery(ROLE_AUDIT_LOG_QUERY, { variables: { userId, first: 50 }, fetchPolicy: 'cache-and-network' });
  const conn = log.data?.roleAuditLog;
  if (log.error && !conn) return <ErrorState message={errorMessage(log.error)} onRetry={() => void log.refetch()} />;
  if (!conn) return <Spinner />;

  async function onExport() {
    const r = await client.query({ query: EXPORT_ROLE_AUDIT_LOG_QUERY, variables: { userId }, fetchPolicy: 'network-only' });
    const f = r.data?.exportRoleAuditLog;
    if (f) downloadBase64(f.filename, f.contentBase64);
  }

  return (
    <section className="yg-card pp-card" data-testid="role-audit-log">
      <div className="yg-desk__head">
        <p className="muted">
          {P('entries', { count: conn.totalCount })}
          {userId && (
            <>
              {' · '}
              <Link to="/admin/people/audit" data-testid="role-audit-all">
                {P('allEntries')}
              </Link>
            </>
          )}
        </p>
        <button type="button" className="yg-button" onClick={() => void onExport()} data-testid="export-role-audit">
          {P('export')}
        </button>
      </div>
      {conn.edges.length === 0 ? (
        <EmptyState title={P('noEntries')} />
      ) : (
        <div className="pp-table-wrap">
          <table className="yg-table">
            <thead>
              <tr>
                <th>{P('time')}</th>
                <th>{P('action')}</th>
                <th>{P('actor')}</th>
                <th>{P('target')}</th>
                <th>{P('role')}</th>
                <th>{P('scope')}</th>
                <th>{P('reasonColumn')}</th>
              </tr>
            </thead>
            <tbody>
              {conn.edges.map(({ node }) => (
                <tr key={node.id} data-testid="role-audit-row">
                  <td>{TIME.format(new Date(node.createdAt))}</td>
                  <td>{P(ACTION_KEYS[node.action] ?? 'actGrant')}</td>
                  <td>
                    {node.actorName}
                    <span className="muted"> · {roleName(node.actorRole)}</span>
                  </td>
                  <td>{node.targetName}</td>
                  <td>{node.role ? roleName(node.role) : '—'}</td>
                  <td>{node.scopeLabel ?? '—'}</td>
                  <td>{node.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <LoadMoreButton
        hasMore={conn.pageInfo.hasNextPage}
        loading={log.loading}
        onClick={() => void log.fetchMore({ variables: { after: conn.pageInfo.endCursor } })}
      />
    </section>
  );
}
