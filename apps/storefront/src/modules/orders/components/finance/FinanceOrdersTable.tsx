import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Badge, type Column, DataTable, Price } from '@yigou/web/ui';
import { useT } from '@yigou/web/i18n';
import type { FinanceOrdersQuery } from '../../../../generated/graphql';
import { OrderRefund } from '../OrderRefund';
import type { FinanceTable } from '../../hooks/useFinanceLists';
import { statusKey, statusTone } from '../../utils/order-labels';
import { shanghaiDate } from '@yigou/shared/time';

export type FinanceOrder = FinanceOrdersQuery['platformOrders']['edges'][number]['node'];

/** 平台订单 on the finance desk: every order with what it owes, was paid and refunded; receipts and refunds from the row. */
export function FinanceOrdersTable(table: FinanceTable<FinanceOrder>) {
  const t = useT();
  const [refunding, setRefunding] = useState<string | null>(null);
  const columns: Column<FinanceOrder>[] = [
    { id: 'orderNo', header: t('finance.col.orderNo'), sortKey: 'ORDER_NO', cell: (o) => <Link to={`/orders/${o.id}`}>{o.orderNo}</Link> },
    {
      id: 'placed',
      header: t('finance.col.placed'),
      sortKey: 'CREATED_AT',
      cell: (o) => <span className="muted finance-date">{shanghaiDate(o.createdAt)}</span>,
    },
    {
      id: 'ref',
      header: t('finance.col.ref'),
      cell: (o) => (
        <>
          {o.remittanceRef}{' '}
          <span className="muted" data-testid="finance-order-method">
            {t(`payment.method.${o.paymentMethod}` as Parameters<typeof t>[0])}
          </span>
        </>
      ),
    },
    { id: 'supplier', header: t('finance.col.supplier'), cell: (o) => o.supplierName },
    { id: 'status', header: t('finance.col.status'), cell: (o) => <Badge tone={statusTone(o.status)}>{t(statusKey(o.status))}</Badge> },
    {
      id: 'money',
      header: t('finance.col.money'),
      numeric: true,
      sortKey: 'TOTAL',
      cell: (o) => (
        <>
          <Price fen={o.totalFen} /> / <Price fen={o.paidFen} />
          {Number(o.refundedFen) > 0 && (
            <>
              {' '}
              / {t('order.refunded')} <Price fen={o.refundedFen} />
            </>
          )}
        </>
      ),
    },
    {
      id: 'actions',
      header: t('finance.col.actions'),
      cell: (o) => (
        <>
          {o.paymentMethod === 'bank_transfer' && Number(o.paidFen) > 0 && (
            <Link to={`/finance/receipts/${o.id}`} data-testid="receipt-link">
              {t('finance.receipt')}
            </Link>
          )}{' '}
          {Number(o.paidFen) > Number(o.refundedFen) && (
            <button
              type="button"
              className="yg-button yg-button--ghost"
              data-testid="open-refund"
              aria-expanded={refunding === o.id}
              onClick={() => setRefunding(refunding === o.id ? null : o.id)}
            >
              {t('finance.refund')}
            </button>
          )}
        </>
      ),
    },
  ];
  return (
    <DataTable
      {...table}
      columns={columns}
      rowKey={(o) => o.id}
      empty={t('finance.noOrders')}
      testId="finance-orders"
      rowTestId="finance-order"
      detail={(o) => (refunding === o.id ? <OrderRefund orderId={o.id} /> : null)}
    />
  );
}
