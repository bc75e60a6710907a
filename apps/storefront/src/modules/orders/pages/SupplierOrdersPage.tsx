import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import {
  Badge,
  type DateRange,
  DateRangeField,
  EmptyState,
  ErrorState,
  Price,
  SortSelect,
  Spinner,
  TablePager,
  useKeysetPages,
} from '@yigou/web/ui';
import { useI18n } from '@yigou/web/i18n';
import { useDocumentTitle } from '../../app/hooks/useDocumentTitle';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { InvoiceRequestsDesk } from '../../invoices/components/InvoiceRequestsDesk';
import { ShipDeadline } from '../components/ShipDeadline';
import { AddParcelForm } from '../components/AddParcelForm';
import { ParcelList } from '../components/ParcelList';
import { ShipParcelsForm } from '../components/ShipParcelsForm';
import { SUPPLIER_ORDERS_QUERY } from '../graphql/supplier-orders.documents';
import { orderLinesLine, shippingAddressLine, statusKey, statusTone } from '../utils/order-labels';
import type { OrderSort, OrderStatus } from '../../../generated/graphql';
import '../orders.css';

/** At most 30 a page: with addresses, lines and deadlines a page of 50 passes the API's query-complexity cap. */
const SUPPLIER_ORDER_PAGE_SIZES = [10, 20, 30] as const;

export function SupplierOrdersPage() {
  const { t } = useI18n();
  useDocumentTitle(t('supplierDesk.title'));
  const errorMessage = useErrorMessage();
  const [status, setStatusState] = useState<OrderStatus | null>('to_ship');
  const [range, setRangeState] = useState<DateRange>({ from: '', to: '' });
  const pages = useKeysetPages({ key: 'CREATED_AT', direction: 'DESC' }, 10, SUPPLIER_ORDER_PAGE_SIZES);
  const setStatus = (s: OrderStatus | null) => {
    setStatusState(s);
    pages.reset();
  };
  const setRange = (r: DateRange) => {
    setRangeState(r);
    pages.reset();
  };
  const { data, loading, error, refetch } = useQuery(SUPPLIER_ORDERS_QUERY, {
    variables: {
      first: pages.first,
      after: pages.after,
      status,
      from: range.from || null,
      to: range.to || null,
      sort: pages.sort.key as OrderSort,
      direction: pages.sort.direction,
    },
    fetchPolicy: 'cache-and-network',
  });
  if (error && !data) return <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />;
  const edges = data?.supplierOrders.edges ?? [];
  const sorts = [
    { label: t('supplierDesk.sort.newest'), sort: { key: 'CREATED_AT', direction: 'DESC' } },
    { label: t('supplierDesk.sort.oldest'), sort: { key: 'CREATED_AT', direction: 'ASC' } },
    { label: t('supplierDesk.sort.largest'), sort: { key: 'TOTAL', direction: 'DESC' } },
  ] as const;
  return (
    <section className="orders-page">
      <h1>{t('supplierDesk.title')}</h1>
      <InvoiceRequestsDesk onIssued={() => void refetch()} />
      <div className="chips">
        {([null, 'to_ship', 'shipped', 'pending_payment', 'completed'] as const).map((s) => (
          <button
            key={s ?? 'all'}
            type="button"
            className={`yg-button yg-button--${status === s ? 'accent' : 'ghost'}`}
            onClick={() => setStatus(s)}
          >
            {s ? t(statusKey(s)) : t('orders.all')}
          </button>
        ))}
      </div>
      <div className="yg-desk-filters">
        <DateRangeField value={range} onChange={setRange} legend={t('finance.placedRange')} testId="supplier-order-range" />
        <SortSelect
          label={t('supplierDesk.sort.label')}
          options={sorts}
          value={pages.sort}
          onChange={pages.setSort}
          testId="supplier-order-sort"
        />
      </div>
      {loading && !data ? (
        <Spinner label={t('state.loading')} />
      ) : edges.length === 0 ? (
        status === null && !range.from && !range.to ? (
          <EmptyState title={t('orders.empty')} />
        ) : (
          // A filter hid everything: say which, and offer the way back to every order.
          <EmptyState
            title={
              status !== null && !range.from && !range.to
                ? t('supplierDesk.emptyStatus', { status: t(statusKey(status)) })
                : t('supplierDesk.emptyFiltered')
            }
            hint={t('supplierDesk.emptyFilteredHint')}
            action={
              <button
                type="button"
                className="yg-button yg-button--secondary"
                data-testid="supplier-orders-show-all"
                onClick={() => {
                  setStatusState(null);
                  setRange({ from: '', to: '' });
                }}
              >
                {t('supplierDesk.showAll')}
              </button>
            }
          />
        )
      ) : (
        <ul className="order-list">
          {edges.map(({ node: o }) => (
            <li key={o.id} className="yg-card order-card" data-testid="supplier-order">
              <div className="order-card__head">
                <Link to={`/orders/${o.id}`}>
                  <strong data-testid="order-no">{o.orderNo}</strong>
                </Link>
                <Badge tone={statusTone(o.status)} testId="order-status">
                  {t(statusKey(o.status))}
                </Badge>
                <Price fen={o.totalFen} />
                <ShipDeadline shipDueAt={o.shipDueAt} shipOverdue={o.shipOverdue} />
              </div>
              <div className="muted">{orderLinesLine(o.lines)}</div>
              <div className="muted">{shippingAddressLine(o.address)}</div>
              {o.status === 'to_ship' ? (
                <ShipParcelsForm orderId={o.id} days={o.shipDeadlineDays} onDone={() => void refetch()} />
              ) : o.parcels.length > 0 ? (
                <ParcelList parcels={o.parcels} />
              ) : (
                o.carrier && (
                  <div>
                    {o.carrier} {o.trackingNo}
                  </div>
                )
              )}
              {o.status === 'shipped' && <AddParcelForm orderId={o.id} />}
            </li>
          ))}
        </ul>
      )}
      {data && <TablePager {...pages.pager(data.supplierOrders)} loading={loading} />}
    </section>
  );
}
