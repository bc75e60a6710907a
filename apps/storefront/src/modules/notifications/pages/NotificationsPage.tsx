import { Link } from 'react-router-dom';
import { useMutation, useQuery } from '@apollo/client/react';
import { EmptyState, ErrorState, Spinner } from '@yigou/web/ui';
import { useI18n } from '@yigou/web/i18n';
import { useDocumentTitle } from '../../app/hooks/useDocumentTitle';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { MARK_NOTIFICATIONS_READ, NOTIFICATIONS_QUERY } from '../graphql/notifications.documents';
import { formatDateTime } from '../../orders/utils/order-labels';
import '../notifications.css';
import '../../orders/orders.css';

/** Where a notification leads: its order, live room, the unit's quota desk for quota reminders, or the unit pages for membership news. */
export function linkOf(n: { kind: string; refType?: string | null; refId?: string | null }): string | null {
  if (!n.refId) return null;
  if (n.refType === 'order') return `/orders/${n.refId}`;
  if (n.refType === 'live_session') return `/live/${n.refId}`;
  if (n.refType === 'work_unit' && n.kind === 'quota_reminder') return `/quota?unit=${encodeURIComponent(n.refId)}`;
  if (n.refType === 'work_unit') return n.kind === 'unit_join_request' ? '/unit/members' : '/join-unit';
  return null;
}

export function NotificationsPage() {
  const { t, locale } = useI18n();
  useDocumentTitle(t('notifications.title'));
  const errorMessage = useErrorMessage();
  const { data, loading, error, refetch } = useQuery(NOTIFICATIONS_QUERY, { fetchPolicy: 'cache-and-network' });
  const [markRead] = useMutation(MARK_NOTIFICATIONS_READ, { refetchQueries: [NOTIFICATIONS_QUERY] });
  if (error && !data) return <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />;
  if (loading && !data) return <Spinner label={t('state.loading')} />;
  const items = data?.myNotifications.edges.map((e) => e.node) ?? [];
  const unread = items.filter((n) => !n.readAt).map((n) => n.id);
  if (items.length === 0) return <EmptyState title={t('notifications.empty')} />;
  return (
    <section className="orders-page">
      <h1>
        {t('notifications.title')}{' '}
        {(data?.myUnreadNotificationCount ?? 0) > 0 && unread.length > 0 && (
          <button type="button" className="yg-button yg-button--ghost" onClick={() => void markRead({ variables: { ids: unread } })}>
            {t('notifications.markRead')}
          </button>
        )}
      </h1>
      <ul className="order-list">
        {items.map((n) => (
          <li key={n.id} className={`yg-card notification${n.readAt ? '' : ' notification--unread'}`} data-testid="notification">
            <strong>{linkOf(n) ? <Link to={linkOf(n) as string}>{n.title}</Link> : n.title}</strong>
            <div className="muted">
              {n.body} · {formatDateTime(n.createdAt, locale)}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
