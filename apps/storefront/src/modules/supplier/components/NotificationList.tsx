import { useQuery } from '@apollo/client/react';
import { formatDate } from '../../catalog/utils/format-date';
import { MY_NOTIFICATIONS_QUERY } from '../graphql/supplier.documents';
import { useL } from '../utils/labels';

export function NotificationList() {
  const L = useL();
  const { data } = useQuery(MY_NOTIFICATIONS_QUERY, { fetchPolicy: 'cache-and-network' });
  const items = data?.myNotifications.edges.map((e) => e.node) ?? [];
  return (
    <section className="yg-card sp-card" data-testid="notifications">
      <h2 className="sp-card__title">{L('notifications')}</h2>
      {items.length === 0 ? (
        <p className="muted">{L('noNotifications')}</p>
      ) : (
        <ul className="sp-notes">
          {items.map((n) => (
            <li key={n.id} className={n.readAt ? '' : 'sp-notes__unread'}>
              <strong>{n.title}</strong> <span className="muted">{formatDate(n.createdAt)}</span>
              <p>{n.body}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
