import { Price } from '@yigou/web/ui';
import { useI18n } from '@yigou/web/i18n';
import type { OrderDetailQuery } from '../../../generated/graphql';

/**
 * 对公转账: the platform's account, the remittance reference the buyer must quote and what is still owed; a
 * pay-first order not yet extended may ask once for more time.
 */
export function BankTransferDetails({
  order,
  account,
  owed,
  onExtend,
}: {
  order: OrderDetailQuery['order'];
  account: OrderDetailQuery['platformBankAccount'];
  owed: number;
  onExtend: () => void;
}) {
  const { t } = useI18n();
  return (
    <section className="yg-card bank-box" data-testid="bank-details">
      <h2>{t('order.bankTitle')}</h2>
      <dl className="facts">
        <div>
          <dt>{t('order.accountName')}</dt>
          <dd>{account.accountName}</dd>
        </div>
        <div>
          <dt>{t('order.bankName')}</dt>
          <dd>{account.bankName}</dd>
        </div>
        <div>
          <dt>{t('order.accountNo')}</dt>
          <dd>{account.accountNo}</dd>
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
        <button type="button" className="yg-button yg-button--ghost" onClick={onExtend}>
          {t('order.extend')}
        </button>
      )}
    </section>
  );
}
