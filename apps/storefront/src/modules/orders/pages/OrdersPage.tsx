import { Link } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { Badge, EmptyState, ErrorState, LoadMoreButton, Price, Spinner } from '@yigou/web/ui';
import { useI18n } from '@yigou/web/i18n';
import { useDocumentTitle } from '../../app/hooks/useDocumentTitle';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { MY_ORDERS_QUERY } from '../graphql/orders.documents';
import { formatDateTime, orderLinesLine, statusKey, statusTone } from '../utils/order-labels';
import '../orders.css';

export function OrdersPage() {
  const { t, locale } = useI18n();
  useDocumentTitle(t('orders.title'));
  const errorMessage = useErrorMessage();
  const { data, loading, error, refetch, fetchMore } = useQuery(MY_ORDERS_QUERY, {
    variables: { first: 20 },
    fetchPolicy: 'cache-and-network',
  });
  if (error && !data) return <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />;
  if (loading && !data) return <Spinner label={t('state.loading')} />;
  const conn = data?.myOrders;
  if (!conn || conn.edges.length === 0) return <EmptyState title={t('orders.empty')} link={{ to: '/search', label: t('nav.search') }} />;
  return (
    <section className="orders-page">
      <h1>{t('orders.title')}</h1>
      <p>
        <Link to="/papers/procurement" data-testid="procurement-link">
          {t('invoice.monthPaper')}
        </Link>
      </p>
      <ul className="order-list">
        {conn.edges.map(({ node: o }) => (
          <li key={o.id} className="yg-card order-card" data-testid="order-card">
            <div className="order-card__head">
              <span>
                {t('order.no')}{' '}
                <Link to={`/orders/${o.id}`}>
                  <strong data-testid="order-no">{o.orderNo}</strong>
                </Link>
              </span>
              <span className="muted">{o.supplierName}</span>
              <Badge tone={statusTone(o.status)} testId="order-status">
                {t(statusKey(o.status))}
              </Badge>
            </div>
            <div className="muted">{orderLinesLine(o.lines)}</div>
            <div className="order-card__foot">
              <span className="muted">{formatDateTime(o.createdAt, locale)}</span>
              <Price fen={o.totalFen} />
              <Link to={`/orders/${o.id}`} className="yg-button yg-button--secondary">
                {o.status === 'pending_payment' ? t('orders.pay') : t('orders.detail')}
              </Link>
            </div>
          </li>
        ))}
      </ul>
      <LoadMoreButton
        hasMore={conn.pageInfo.hasNextPage}
        loading={loading}
        onClick={() => void fetchMore({ variables: { after: conn.pageInfo.endCursor } })}
      />
    </section>
  );
}
