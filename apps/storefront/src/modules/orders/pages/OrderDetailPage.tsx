import { lazy, Suspense, useCallback } from 'react';
import { useParams } from 'react-router-dom';
import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, ConfirmButton, ErrorState, Price, Spinner } from '@yigou/web/ui';
import { useI18n } from '@yigou/web/i18n';
import { useDocumentTitle } from '../../app/hooks/useDocumentTitle';
import { useSession } from '../../auth/hooks/session';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { OrderInvoicePanel } from '../../invoices/components/OrderInvoicePanel';
import { AlipayPayment } from '../components/AlipayPayment';
import { BindingChangePanel } from '../components/BindingChangePanel';
import { ParcelList } from '../components/ParcelList';
import { RateOrderForm } from '../components/RateOrderForm';
import { Stars } from '../../catalog/components/Stars';
import { ShipDeadline } from '../components/ShipDeadline';
import { StatusTimeline } from '../components/StatusTimeline';
import { WechatPayment } from '../components/WechatPayment';
import { CANCEL_ORDER, CONFIRM_RECEIPT, EXTEND_TERM, ORDER_DETAIL_QUERY } from '../graphql/orders.documents';
import { START_PAYMENT } from '../graphql/payment.documents';
import { formatDateTime, statusKey, statusTone } from '../utils/order-labels';
import '../../catalog/product-page.css';
import '../orders.css';

const StripePayment = lazy(() => import('../components/StripePayment').then((m) => ({ default: m.StripePayment })));

export function OrderDetailPage() {
  const { id = '' } = useParams();
  const { t, locale } = useI18n();
  const errorMessage = useErrorMessage();
  const { user } = useSession();
  const { data, loading, error, refetch } = useQuery(ORDER_DETAIL_QUERY, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const refetchQueries = [ORDER_DETAIL_QUERY];
  const [cancel, cancelState] = useMutation(CANCEL_ORDER, { refetchQueries });
  const [receive, receiveState] = useMutation(CONFIRM_RECEIPT, { refetchQueries });
  const [extend, extendState] = useMutation(EXTEND_TERM, { refetchQueries });
  const [startPayment, payState] = useMutation(START_PAYMENT);
  const order = data?.order;
  useDocumentTitle(order?.orderNo);
  const refetchOrder = useCallback(() => void refetch().catch(() => null), [refetch]);

  if (error && !data) return <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />;
  if (loading && !data) return <Spinner label={t('state.loading')} />;
  if (!order) return null;
  const mine = order.buyerId === user?.id;
  const owed = Number(order.totalFen) - Number(order.paidFen);
  const actionError = cancelState.error ?? receiveState.error ?? extendState.error ?? payState.error;
  const intent = payState.data?.startPayment;

  return (
    <article className="orders-page order-detail" data-testid="order-detail">
      <header className="order-card__head">
        <h1>
          {t('order.no')} <span data-testid="order-no">{order.orderNo}</span>
        </h1>
        <Badge tone={statusTone(order.status)} testId="order-status">
          {t(statusKey(order.status))}
        </Badge>
        <ShipDeadline shipDueAt={order.shipDueAt} shipOverdue={order.shipOverdue} />
      </header>
      <p className="muted">
        {t('order.supplier')}：{order.supplierName} · {formatDateTime(order.createdAt, locale)}
      </p>

      <table className="order-lines yg-card">
        <tbody>
          {order.lines.map((l) => (
            <tr key={l.id}>
              <td>{l.productName}</td>
              <td className="muted">{l.skuSpec}</td>
              <td>×{l.quantity}</td>
              <td>
                <Price fen={l.amountFen} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl className="facts">
        <div>
          <dt>{t('order.items')}</dt>
          <dd>
            <Price fen={order.itemsFen} />
          </dd>
        </div>
        <div>
          <dt>{t('order.shipping')}</dt>
          <dd>
            <Price fen={order.shippingFen} />
          </dd>
        </div>
        <div>
          <dt>{t('order.total')}</dt>
          <dd>
            <Price fen={order.totalFen} size="lg" testId="order-total" />
          </dd>
        </div>
        <div>
          <dt>{t('order.paid')}</dt>
          <dd>
            <Price fen={order.paidFen} testId="order-paid" />
          </dd>
        </div>
        {Number(order.refundedFen) > 0 && (
          <div>
            <dt>{t('order.refunded')}</dt>
            <dd>
              <Price fen={order.refundedFen} />
            </dd>
          </div>
        )}
        <div>
          <dt>{t('checkout.address')}</dt>
          <dd>
            {order.address.recipient} {order.address.phone} {order.address.province}
            {order.address.city}
            {order.address.district}
            {order.address.detail}
          </dd>
        </div>
        {order.invoice && (
          <div>
            <dt>{t('order.invoice')}</dt>
            <dd>
              {order.invoice.title} {order.invoice.taxNo}
            </dd>
          </div>
        )}
        {order.carrier && (
          <div>
            <dt>{t('order.tracking')}</dt>
            <dd data-testid="order-tracking">
              {order.parcels.length > 0 ? (
                <ParcelList parcels={order.parcels} lines={order.lines} />
              ) : (
                `${order.carrier} ${order.trackingNo ?? ''}`
              )}
            </dd>
          </div>
        )}
        {order.payDeadline && (
          <div>
            <dt>{t('order.deadline')}</dt>
            <dd>{formatDateTime(order.payDeadline, locale)}</dd>
          </div>
        )}
      </dl>

      {mine && order.paymentMethod === 'bank_transfer' && owed > 0 && order.status !== 'cancelled' && data.platformBankAccount && (
        <section className="yg-card bank-box" data-testid="bank-details">
          <h2>{t('order.bankTitle')}</h2>
          <dl className="facts">
            <div>
              <dt>{t('order.accountName')}</dt>
              <dd>{data.platformBankAccount.accountName}</dd>
            </div>
            <div>
              <dt>{t('order.bankName')}</dt>
              <dd>{data.platformBankAccount.bankName}</dd>
            </div>
            <div>
              <dt>{t('order.accountNo')}</dt>
              <dd>{data.platformBankAccount.accountNo}</dd>
            </div>
            <div>
              <dt>{t('order.reference')}</dt>
              <dd>
                <strong data-testid="remittance-ref">{order.remittanceRef}</strong>
              </dd>
            </div>
            <div>
              <dt>{t('order.total')}</dt>
              <dd>
                <Price fen={String(owed)} />
              </dd>
            </div>
          </dl>
          <p className="muted">{t('order.bankHint')}</p>
          {order.paymentTerm === 'pay_first' && !order.termExtended && order.status === 'pending_payment' && (
            <button
              type="button"
              className="yg-button yg-button--ghost"
              onClick={() => void extend({ variables: { orderId: order.id } }).catch(() => null)}
            >
              {t('order.extend')}
            </button>
          )}
        </section>
      )}

      {mine && order.paymentMethod === 'stripe' && order.status === 'pending_payment' && (
        <section className="yg-card" data-testid="online-payment">
          {intent?.clientSecret && intent.publishableKey ? (
            <Suspense fallback={<Spinner label={t('state.loading')} />}>
              <StripePayment publishableKey={intent.publishableKey} clientSecret={intent.clientSecret} onDone={() => void refetch()} />
            </Suspense>
          ) : (
            <button
              type="button"
              className="yg-button yg-button--accent"
              onClick={() => void startPayment({ variables: { orderIds: [order.id] } }).catch(() => null)}
            >
              {t('order.payOnline')} <Price fen={String(owed)} />
            </button>
          )}
        </section>
      )}

      {mine && order.paymentMethod === 'wechatpay' && order.status === 'pending_payment' && (
        <WechatPayment orderId={order.id} owedFen={String(owed)} onPoll={refetchOrder} onSwitched={refetchOrder} />
      )}
      {mine && order.paymentMethod === 'alipay' && order.status === 'pending_payment' && (
        <AlipayPayment orderId={order.id} owedFen={String(owed)} onChanged={refetchOrder} />
      )}

      {mine && (
        <div className="order-actions">
          {(order.status === 'pending_payment' || (order.status === 'to_ship' && Number(order.paidFen) === 0)) && (
            <ConfirmButton
              className="yg-button yg-button--ghost"
              testId="cancel-order"
              question={t('order.cancelQuestion')}
              onConfirm={() => cancel({ variables: { orderId: order.id } }).catch(() => null)}
            >
              {t('order.cancel')}
            </ConfirmButton>
          )}
          {order.status === 'shipped' && (
            <ConfirmButton
              className="yg-button yg-button--accent"
              testId="confirm-receipt"
              question={t('order.receiveQuestion')}
              confirmLabel={t('order.receive')}
              onConfirm={() => receive({ variables: { orderId: order.id } }).catch(() => null)}
            >
              {t('order.receive')}
            </ConfirmButton>
          )}
        </div>
      )}
      {mine && order.status === 'received' && order.rating === null && <RateOrderForm orderId={order.id} />}
      {order.rating !== null && (
        <p className="order-rating" data-testid="order-rating">
          {t('rating.yours')}：<Stars value={order.rating} />
          {order.ratingComment && <> “{order.ratingComment}”</>}
        </p>
      )}
      {actionError && (
        <p className="form-error" role="alert">
          {errorMessage(actionError)}
        </p>
      )}

      <OrderInvoicePanel orderId={order.id} />

      <BindingChangePanel orderId={order.id} isBuyer={mine} />

      <section className="yg-card">
        <h2>{t('order.timeline')}</h2>
        <StatusTimeline steps={order.timeline} />
      </section>
    </article>
  );
}
