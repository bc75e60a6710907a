import { Link } from 'react-router-dom';
import { useMutation, useQuery } from '@apollo/client/react';
import { EmptyState, ErrorState, Spinner, InlineError } from '@yigou/web/ui';
import { useI18n } from '@yigou/web/i18n';
import { useDocumentTitle } from '../../app/hooks/useDocumentTitle';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { DECIDE_BINDING_CHANGE, PENDING_BINDING_CHANGES_QUERY } from '../graphql/binding-changes.documents';
import { formatDateTime } from '../utils/order-labels';
import '../orders.css';

/** Platform admin: requests to count an order for another work unit, oldest first; approve or reject. */
export function BindingChangesPage() {
  const { t, locale } = useI18n();
  useDocumentTitle(t('binding.pendingTitle'));
  const errorMessage = useErrorMessage();
  const { data, loading, error, refetch } = useQuery(PENDING_BINDING_CHANGES_QUERY, { fetchPolicy: 'cache-and-network' });
  const [decide, state] = useMutation(DECIDE_BINDING_CHANGE, { refetchQueries: [PENDING_BINDING_CHANGES_QUERY] });
  if (error && !data) return <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />;
  if (loading && !data) return <Spinner label={t('state.loading')} />;
  const rows = data?.pendingBindingChanges ?? [];
  return (
    <section className="orders-page">
      <h1>{t('binding.pendingTitle')}</h1>
      {rows.length === 0 ? (
        <EmptyState title={t('binding.empty')} />
      ) : (
        <table className="order-lines yg-card">
          <thead>
            <tr>
              <th>{t('order.no')}</th>
              <th>{t('binding.from')}</th>
              <th>{t('binding.target')}</th>
              <th>{t('binding.reason')}</th>
              <th />
              <th />
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} data-testid="pending-binding-change">
                <td>
                  <Link to={`/orders/${r.orderId}`}>{r.orderNo}</Link>
                </td>
                <td>{r.fromUnitName ?? t('order.noUnit')}</td>
                <td>{r.toUnitName}</td>
                <td>{r.reason}</td>
                <td className="muted">{formatDateTime(r.createdAt, locale)}</td>
                <td>
                  <button
                    type="button"
                    className="yg-button yg-button--accent"
                    disabled={state.loading}
                    onClick={() => void decide({ variables: { requestId: r.id, approve: true } }).catch(() => null)}
                  >
                    {t('binding.approve')}
                  </button>{' '}
                  <button
                    type="button"
                    className="yg-button yg-button--ghost"
                    disabled={state.loading}
                    onClick={() => void decide({ variables: { requestId: r.id, approve: false } }).catch(() => null)}
                  >
                    {t('binding.reject')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <InlineError className="form-error" message={state.error && errorMessage(state.error)} />
    </section>
  );
}
