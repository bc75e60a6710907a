import { Fragment, useState } from 'react';
import { Link } from 'react-router-dom';
import { Badge, EmptyState, Price } from '@yigou/web/ui';
import { useT } from '@yigou/web/i18n';
import type { FinanceDeskQuery } from '../../../../generated/graphql';
import { OrderRefund } from '../RefundForm';
import { statusKey, statusTone } from '../../utils/order-labels';

type Order = FinanceDeskQuery['platformOrders']['edges'][number]['node'];

/** 平台订单 on the finance desk: every order with what it owes, was paid and refunded; receipts and refunds from the row. */
export function FinanceOrdersTable({ orders }: { orders: Order[] }) {
  const t = useT();
  const [refunding, setRefunding] = useState<string | null>(null);
  if (orders.length === 0) return <EmptyState title={t('finance.noOrders')} />;
  return (
    <div className="table-scroll">
      <table className="desk-table" data-testid="finance-orders">
        <thead>
          <tr>
            <th scope="col">{t('finance.col.orderNo')}</th>
            <th scope="col">{t('finance.col.ref')}</th>
            <th scope="col">{t('finance.col.supplier')}</th>
            <th scope="col">{t('finance.col.status')}</th>
            <th scope="col" className="num">{t('finance.col.money')}</th>
            <th scope="col">{t('finance.col.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {orders.map((o) => (
            <Fragment key={o.id}>
              <tr data-testid="finance-order">
                <td><Link to={`/orders/${o.id}`}>{o.orderNo}</Link></td>
                <td>
                  {o.remittanceRef} <span className="muted" data-testid="finance-order-method">{t(`payment.method.${o.paymentMethod}` as Parameters<typeof t>[0])}</span>
                </td>
                <td>{o.supplierName}</td>
                <td><Badge tone={statusTone(o.status)}>{t(statusKey(o.status))}</Badge></td>
                <td className="num">
                  <Price fen={o.totalFen} /> / <Price fen={o.paidFen} />
                  {Number(o.refundedFen) > 0 && (
                    <>
                      {' '}/ {t('order.refunded')} <Price fen={o.refundedFen} />
                    </>
                  )}
                </td>
                <td>
                  {o.paymentMethod === 'bank_transfer' && Number(o.paidFen) > 0 && (
                    <Link to={`/finance/receipts/${o.id}`} data-testid="receipt-link">{t('finance.receipt')}</Link>
                  )}{' '}
                  {Number(o.paidFen) > Number(o.refundedFen) && (
                    <button type="button" className="yg-button yg-button--ghost" data-testid="open-refund" aria-expanded={refunding === o.id} onClick={() => setRefunding(refunding === o.id ? null : o.id)}>
                      {t('finance.refund')}
                    </button>
                  )}
                </td>
              </tr>
              {refunding === o.id && (
                <tr>
                  <td colSpan={6}>
                    <OrderRefund orderId={o.id} />
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}
