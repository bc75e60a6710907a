import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, EmptyState, ErrorState, LoadMoreButton, Price, Spinner } from '@yigou/web/ui';
import { useI18n } from '@yigou/web/i18n';
import { useDocumentTitle } from '../modules/app/hooks/useDocumentTitle';
import { useErrorMessage } from '../modules/errors/hooks/useErrorMessage';
import { InvoiceRequestsDesk } from '../modules/invoices/components/InvoiceRequestsDesk';
import { ShipDeadline } from '../modules/orders/components/ShipDeadline';
import { SHIP_ORDER, SUPPLIER_ORDERS_QUERY } from '../modules/orders/graphql/orders.documents';
import { statusKey, statusTone } from '../modules/orders/utils/order-labels';
import type { OrderStatus } from '../generated/graphql';

export function SupplierOrdersPage() {
  const { t } = useI18n();
  useDocumentTitle(t('supplierDesk.title'));
  const errorMessage = useErrorMessage();
  const [status, setStatus] = useState<OrderStatus | null>('to_ship');
  // 30 a page: with addresses, lines and deadlines a page of 50 passes the API's query-complexity cap.
  const { data, loading, error, refetch, fetchMore } = useQuery(SUPPLIER_ORDERS_QUERY, { variables: { first: 30, status }, fetchPolicy: 'cache-and-network' });
  if (error && !data) return <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />;
  const edges = data?.supplierOrders.edges ?? [];
  return (
    <section className="orders-page">
      <h1>{t('supplierDesk.title')}</h1>
      <InvoiceRequestsDesk onIssued={() => void refetch()} />
      <div className="chips">
        {([null, 'to_ship', 'shipped', 'pending_payment', 'completed'] as const).map((s) => (
          <button key={s ?? 'all'} type="button" className={`yg-button yg-button--${status === s ? 'accent' : 'ghost'}`} onClick={() => setStatus(s)}>
            {s ? t(statusKey(s)) : t('orders.all')}
          </button>
        ))}
      </div>
      {loading && !data ? (
        <Spinner label={t('state.loading')} />
      ) : edges.length === 0 ? (
        <EmptyState title={t('orders.empty')} />
      ) : (
        <ul className="order-list">
          {edges.map(({ node: o }) => (
            <li key={o.id} className="yg-card order-card" data-testid="supplier-order">
              <div className="order-card__head">
                <Link to={`/orders/${o.id}`}><strong data-testid="order-no">{o.orderNo}</strong></Link>
                <Badge tone={statusTone(o.status)} testId="order-status">{t(statusKey(o.status))}</Badge>
                <Price fen={o.totalFen} />
                <ShipDeadline shipDueAt={o.shipDueAt} shipOverdue={o.shipOverdue} />
              </div>
              <div className="muted">{o.lines.map((l) => `${l.productName} ${l.skuSpec} ×${l.quantity}`).join('；')}</div>
              <div className="muted">
                {o.address.recipient} {o.address.phone} {o.address.province}{o.address.city}{o.address.district}{o.address.detail}
              </div>
              {o.status === 'to_ship' ? <ShipForm orderId={o.id} days={o.shipDeadlineDays} onDone={() => void refetch()} /> : o.carrier && <div>{o.carrier} {o.trackingNo}</div>}
            </li>
          ))}
        </ul>
      )}
      {data && edges.length > 0 && (
        <LoadMoreButton
          hasMore={data.supplierOrders.pageInfo.hasNextPage}
          loading={loading}
          onClick={() =>
            void fetchMore({
              variables: { after: data.supplierOrders.pageInfo.endCursor },
              updateQuery: (prev, { fetchMoreResult }) => ({ ...prev, supplierOrders: { ...fetchMoreResult.supplierOrders, edges: [...prev.supplierOrders.edges, ...fetchMoreResult.supplierOrders.edges] } }),
            })
          }
        />
      )}
    </section>
  );
}

function ShipForm({ orderId, days, onDone }: { orderId: string; days: number; onDone: () => void }) {
  const { t } = useI18n();
  const errorMessage = useErrorMessage();
  const [carrier, setCarrier] = useState('顺丰速运');
  const [trackingNo, setTrackingNo] = useState('');
  const [ship, state] = useMutation(SHIP_ORDER);
  return (
    <form
      className="ship-form"
      onSubmit={async (e) => {
        e.preventDefault();
        const r = await ship({ variables: { input: { orderId, carrier, trackingNo } } }).catch(() => null);
        if (r?.data) onDone();
      }}
    >
      <span className="muted">{t('supplierDesk.shipBy', { days })}</span>
      <input className="yg-input" name="carrier" aria-label={t('supplierDesk.carrier')} value={carrier} onChange={(e) => setCarrier(e.target.value)} />
      <input className="yg-input" name="trackingNo" aria-label={t('supplierDesk.trackingNo')} placeholder={t('supplierDesk.trackingNo')} value={trackingNo} onChange={(e) => setTrackingNo(e.target.value)} />
      <button type="submit" className="yg-button yg-button--accent" data-testid="ship-order">{t('supplierDesk.ship')}</button>
      {state.error && <span className="form-error">{errorMessage(state.error)}</span>}
    </form>
  );
}
