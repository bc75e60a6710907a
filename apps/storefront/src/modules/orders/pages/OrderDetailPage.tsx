import { lazy, Suspense, useCallback } from 'react';
import { useParams } from 'react-router-dom';
import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, ConfirmButton, ErrorState, Price, Spinner, InlineError } from '@yigou/web/ui';
import { useI18n } from '@yigou/web/i18n';
import { useDocumentTitle } from '../../app/hooks/useDocumentTitle';
import { useSession } from '../../auth/hooks/session';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { OrderInvoicePanel } from '../../invoices/components/OrderInvoicePanel';
import { AlipayPayment } from '../components/AlipayPayment';
import { BankTransferDetails } from '../components/BankTransferDetails';
import { BindingChangePanel } from '../components/BindingChangePanel';
import { OrderFacts } from '../components/OrderFacts';
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

      <OrderFacts order={order} />

      {mine && order.paymentMethod === 'bank_transfer' && owed > 0 && order.status !== 'cancelled' && data.platformBankAccount && (
        <BankTransferDetails
          order={order}
          account={data.platformBankAccount}
          owed={owed}
          onExtend={() => void extend({ variables: { orderId: order.id } }).catch(() => null)}
        />
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
      <InlineError className="form-error" message={actionError && errorMessage(actionError)} />

      <OrderInvoicePanel orderId={order.id} />

      <BindingChangePanel orderId={order.id} isBuyer={mine} />

      <section className="yg-card order-progress">
        <h2>{t('order.timeline')}</h2>
        <StatusTimeline steps={order.timeline} />
      </section>
    </article>
  );
}
