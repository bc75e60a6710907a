import { type ReactNode, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Price, InlineError } from '@yigou/web/ui';
import { useI18n } from '@yigou/web/i18n';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { CONFIRM_BANK_REFUND, FINANCE_DESK_QUERIES, PAYMENT_CHECKS_QUERY, REFUND_REVIEWED_PAYMENT } from '../graphql/finance.documents';
import '../orders.css';

/**
 * The finance desk's money checks: online payments whose amount or currency did not match (never applied;
 * finance sends them back), and bank refunds still to be paid back (e.g. what an expired order held).
 */
export function PaymentChecks() {
  const { t } = useI18n();
  const errorMessage = useErrorMessage();
  const { data } = useQuery(PAYMENT_CHECKS_QUERY, { fetchPolicy: 'cache-and-network' });
  const refetchQueries = [PAYMENT_CHECKS_QUERY, ...FINANCE_DESK_QUERIES];
  const [refundReviewed, reviewState] = useMutation(REFUND_REVIEWED_PAYMENT, { refetchQueries });
  const [confirm, confirmState] = useMutation(CONFIRM_BANK_REFUND, { refetchQueries });
  const [txn, setTxn] = useState<Record<string, string>>({});
  const review = data?.paymentsNeedingReview ?? [];
  const payBack = data?.pendingBankRefunds ?? [];
  const error = reviewState.error ?? confirmState.error;
  if (review.length === 0 && payBack.length === 0) return null;

  return (
    <div className="yg-card" data-testid="payment-checks">
      {review.length > 0 && (
        <CheckList title={t('finance.needsReview')}>
          {review.map((a) => (
            <tr key={a.id} data-testid="review-row">
              <td>{a.orderNos.join('、')}</td>
              <td>
                {t(`payment.method.${a.provider}` as 'payment.method.stripe')} <span className="muted">{a.providerPaymentId}</span>
              </td>
              <td>{a.reviewNote}</td>
              <td>
                <button
                  type="button"
                  className="yg-button yg-button--ghost"
                  onClick={() => void refundReviewed({ variables: { attemptId: a.id } }).catch(() => null)}
                >
                  {t('finance.refundReviewed')}
                </button>
              </td>
            </tr>
          ))}
        </CheckList>
      )}
      {payBack.length > 0 && (
        <CheckList title={t('finance.payBack')}>
          {payBack.map((r) => (
            <tr key={r.id} data-testid="payback-row">
              <td>
                <Price fen={r.amountFen} />
              </td>
              <td className="muted">{r.reason}</td>
              <td className="ship-form">
                <input
                  className="yg-input"
                  aria-label={t('finance.txnNo')}
                  placeholder={t('finance.txnNo')}
                  value={txn[r.id] ?? ''}
                  onChange={(e) => setTxn({ ...txn, [r.id]: e.target.value })}
                />
                <button
                  type="button"
                  className="yg-button"
                  disabled={!txn[r.id]?.trim()}
                  onClick={() => void confirm({ variables: { refundId: r.id, bankTxnNo: txn[r.id] ?? '' } }).catch(() => null)}
                >
                  {t('finance.paidBack')}
                </button>
              </td>
            </tr>
          ))}
        </CheckList>
      )}
      <InlineError className="form-error" message={error && errorMessage(error)} />
    </div>
  );
}

function CheckList({ title, children }: { title: string; children: ReactNode }) {
  return (
    <>
      <h2>{title}</h2>
      <table className="order-lines">
        <tbody>{children}</tbody>
      </table>
    </>
  );
}
