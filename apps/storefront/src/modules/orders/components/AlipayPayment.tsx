import { useEffect, useRef, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Price } from '@yigou/web/ui';
import { useT } from '@yigou/web/i18n';
import type { PaymentMethod } from '../../../generated/graphql';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { CHECK_PAYMENT, START_PAYMENT } from '../graphql/payment.documents';
import { payerDevice } from '../utils/payer-device';
import { OtherPaymentMethods } from './OtherPaymentMethods';
import '../provider-pay.css';

/** True when the browser has just come back from Alipay's cashier (Alipay appends out_trade_no and its signature to return_url). */
const backFromAlipay = (search: string) => {
  const q = new URLSearchParams(search);
  return q.has('out_trade_no') && (q.get('method') ?? '').startsWith('alipay.trade.');
};

/**
 * Paying an order through Alipay: the button sends the browser to Alipay's cashier (the URL the API signed); back
 * from it, the API is asked to confirm with Alipay (checkPayment), so the order shows paid even if Alipay's
 * notification is late. When Alipay cannot be reached the buyer is told and offered the other online methods.
 */
export function AlipayPayment({ orderId, owedFen, onChanged }: { orderId: string; owedFen: string; onChanged: () => void }) {
  const t = useT();
  const errorMessage = useErrorMessage();
  const [start, startState] = useMutation(START_PAYMENT);
  const [check, checkState] = useMutation(CHECK_PAYMENT);
  const [leaving, setLeaving] = useState(false);
  const checked = useRef(false);

  useEffect(() => {
    if (checked.current || !backFromAlipay(window.location.search)) return;
    checked.current = true;
    void check({ variables: { orderId } })
      .catch(() => null)
      .then(() => {
        window.history.replaceState(null, '', window.location.pathname);
        onChanged();
      });
  }, [check, orderId, onChanged]);

  const pay = async (method?: PaymentMethod) => {
    const r = await start({ variables: { orderIds: [orderId], device: payerDevice(), method: method ?? null } }).catch(() => null);
    const url = r?.data?.startPayment.redirectUrl;
    if (url) {
      setLeaving(true);
      window.location.assign(url);
    } else if (r?.data) onChanged(); // another method chosen: its own panel takes over
  };

  return (
    <section className="yg-card alipay-pay" data-testid="alipay-payment">
      <h2>{t('payment.method.alipay')}</h2>
      {checkState.loading ? (
        <p role="status">{t('alipay.checking')}</p>
      ) : (
        <button
          type="button"
          className="yg-button yg-button--accent"
          data-testid="alipay-pay"
          disabled={startState.loading || leaving}
          onClick={() => void pay()}
        >
          {leaving ? t('alipay.redirecting') : t('alipay.pay')} <Price fen={owedFen} />
        </button>
      )}
      {checkState.data && !checkState.data.checkPayment.some((c) => c.result === 'applied' || c.result === 'ignored') && (
        <p className="muted" data-testid="alipay-not-yet">
          {t('alipay.notYet')}
        </p>
      )}
      {startState.error && (
        <OtherPaymentMethods
          message={errorMessage(startState.error)}
          current="alipay"
          lead={t('alipay.otherWays')}
          buttonLabel={(label) => t('alipay.switchTo', { label })}
          onSwitch={pay}
          messageTestId="alipay-error"
        />
      )}
    </section>
  );
}
