import { useParams } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { ErrorState, Price, Spinner } from '@yigou/web/ui';
import { useI18n } from '@yigou/web/i18n';
import { useDocumentTitle } from '../../app/hooks/useDocumentTitle';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { PAYMENT_RECEIPT_QUERY } from '../graphql/payment.documents';
import '../receipt.css';
import { SHANGHAI_TIME_ZONE } from '@yigou/shared/time';

const day = (iso: string) => new Date(iso).toLocaleDateString('zh-CN', { timeZone: SHANGHAI_TIME_ZONE });

/** 收款凭证 of one bank-transfer order, laid out for printing (the site's header and this page's button hide in print). */
export function PaymentReceiptPage() {
  const { t } = useI18n();
  useDocumentTitle(t('finance.receipt'));
  const errorMessage = useErrorMessage();
  const { orderId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(PAYMENT_RECEIPT_QUERY, { variables: { orderId } });
  if (error && !data) return <ErrorState message={errorMessage(error)} onRetry={() => void refetch()} />;
  if (loading || !data) return <Spinner label={t('state.loading')} />;
  const r = data.paymentReceipt;
  return (
    <section className="payment-receipt" data-testid="payment-receipt">
      <h1>收款凭证</h1>
      <p className="muted">
        No. {r.receiptNo}　{day(r.issuedAt)}
      </p>
      <table className="payment-receipt__table">
        <tbody>
          <tr>
            <th>付款人</th>
            <td colSpan={3}>{r.payerName}</td>
          </tr>
          <tr>
            <th>收款人</th>
            <td>{r.payeeName}</td>
            <th>开户行 / 账号</th>
            <td>
              {r.payeeBank} {r.payeeAccount}
            </td>
          </tr>
          <tr>
            <th>订单号</th>
            <td>{r.orderNo}</td>
            <th>汇款识别码</th>
            <td>{r.remittanceRef}</td>
          </tr>
          <tr>
            <th>金额（大写）</th>
            <td colSpan={3} data-testid="receipt-words">
              人民币{r.amountInWords}
            </td>
          </tr>
          <tr>
            <th>金额（小写）</th>
            <td>
              <Price fen={r.receivedFen} />
            </td>
            <th>订单金额</th>
            <td>
              <Price fen={r.totalFen} />
            </td>
          </tr>
          {r.transfers.map((x) => (
            <tr key={x.bankTxnNo}>
              <th>银行流水</th>
              <td>{x.bankTxnNo}</td>
              <td>
                {x.payerName} {x.payerAccount}
              </td>
              <td>
                <Price fen={x.amountFen} />（{day(x.receivedAt)}）
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="no-print">
        <button type="button" className="yg-button" onClick={() => window.print()}>
          {t('finance.print')}
        </button>
      </p>
    </section>
  );
}
