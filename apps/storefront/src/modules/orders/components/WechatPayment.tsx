import { useEffect } from 'react';
import { useMutation } from '@apollo/client/react';
import { QRCodeSVG } from 'qrcode.react';
import { Price } from '@yigou/web/ui';
import { useT } from '@yigou/web/i18n';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import type { PaymentMethod } from '../../../generated/graphql';
import { START_PAYMENT } from '../graphql/payment.documents';
import { payerDevice } from '../utils/payer-device';
import { OtherPaymentMethods } from './OtherPaymentMethods';
import '../provider-pay.css';

/** How often the page asks whether the order is paid while a QR code is shown. */
export const WECHAT_POLL_MS = 2500;

/** WeChat Pay brings the phone back to this order page after paying when the h5_url carries redirect_url. */
export const withReturn = (h5Url: string, back: string): string =>
  `${h5Url}${h5Url.includes('?') ? '&' : '?'}redirect_url=${encodeURIComponent(back)}`;

/**
 * WeChat Pay, direct: on a desktop the order's code_url is drawn here as a QR code (no third-party script) and
 * the order is polled until it is paid; a phone browser is sent to WeChat Pay's h5_url. When WeChat Pay cannot
 * be reached the buyer is told and offered the other online methods that are available.
 */
export function WechatPayment({
  orderId,
  owedFen,
  onPoll,
  onSwitched,
}: {
  orderId: string;
  owedFen: string;
  onPoll: () => void;
  onSwitched: () => void;
}) {
  const t = useT();
  const errorMessage = useErrorMessage();
  const [start, state] = useMutation(START_PAYMENT);
  const pay = state.data?.startPayment;
  const codeUrl = pay?.codeUrl ?? null;

  useEffect(() => {
    if (!codeUrl) return;
    const timer = setInterval(onPoll, WECHAT_POLL_MS);
    return () => clearInterval(timer);
  }, [codeUrl, onPoll]);

  useEffect(() => {
    if (pay?.h5Url) window.location.assign(withReturn(pay.h5Url, window.location.href));
  }, [pay?.h5Url]);

  const begin = () => void start({ variables: { orderIds: [orderId], device: payerDevice() } }).catch(() => null);
  const switchTo = async (method: PaymentMethod) => {
    const r = await start({ variables: { orderIds: [orderId], device: payerDevice(), method } }).catch(() => null);
    // Alipay: straight to its cashier; any other method's own panel takes over on the order page.
    const url = r?.data?.startPayment.redirectUrl;
    if (url) window.location.assign(url);
    else if (r?.data) onSwitched();
  };

  return (
    <section className="yg-card wechat-pay" data-testid="wechat-payment">
      <h2>{t('wechat.pay')}</h2>
      {codeUrl ? (
        <div className="wechat-pay__code">
          <div data-testid="wechat-qr" data-code-url={codeUrl} className="wechat-pay__qr">
            <QRCodeSVG value={codeUrl} size={200} marginSize={2} title={t('wechat.scan')} />
          </div>
          <p>{t('wechat.scan')}</p>
          <p className="muted" role="status">
            {t('wechat.waiting')}
          </p>
          <button type="button" className="yg-button yg-button--ghost" onClick={begin} disabled={state.loading}>
            {t('wechat.newCode')}
          </button>
        </div>
      ) : pay?.h5Url ? (
        <div>
          <a className="yg-button yg-button--accent" href={withReturn(pay.h5Url, window.location.href)} data-testid="wechat-h5">
            {t('wechat.openH5')}
          </a>
          <p className="muted">{t('wechat.h5Hint')}</p>
        </div>
      ) : (
        <button type="button" className="yg-button yg-button--accent" data-testid="wechat-start" onClick={begin} disabled={state.loading}>
          {t('wechat.pay')} <Price fen={owedFen} />
        </button>
      )}
      {state.error && (
        <OtherPaymentMethods
          message={errorMessage(state.error)}
          current="wechatpay"
          lead={t('wechat.otherWays')}
          buttonLabel={(label) => label}
          onSwitch={switchTo}
        />
      )}
    </section>
  );
}
