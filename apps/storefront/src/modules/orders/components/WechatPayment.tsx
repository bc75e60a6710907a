import { useEffect, useState } from 'react';
import { useLazyQuery, useMutation } from '@apollo/client/react';
import { QRCodeSVG } from 'qrcode.react';
import { Price } from '@yigou/web/ui';
import { useT } from '@yigou/web/i18n';
import { useErrorMessage } from '../../errors/hooks/useErrorMessage';
import { ONLINE_METHODS_QUERY, START_PAYMENT } from '../graphql/payment.documents';
import { payerDevice } from '../utils/payer-device';
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
  const [loadMethods, methods] = useLazyQuery(ONLINE_METHODS_QUERY, { fetchPolicy: 'network-only' });
  const [switching, setSwitching] = useState<string | null>(null);
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

  useEffect(() => {
    if (state.error) void loadMethods();
  }, [state.error, loadMethods]);

  const begin = () => void start({ variables: { orderIds: [orderId], device: payerDevice() } }).catch(() => null);
  const others = (methods.data?.paymentMethods ?? []).filter(
    (m) => m.available && m.method !== 'wechatpay' && m.method !== 'bank_transfer',
  );

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
        <div role="alert">
          <p className="form-error">{errorMessage(state.error)}</p>
          {others.length > 0 && (
            <p>
              {t('wechat.otherWays')}
              {others.map((m) => (
                <button
                  key={m.method}
                  type="button"
                  className="yg-button yg-button--ghost"
                  data-testid={`switch-${m.method}`}
                  disabled={switching !== null}
                  onClick={() => {
                    setSwitching(m.method);
                    void start({ variables: { orderIds: [orderId], device: payerDevice(), method: m.method } })
                      .then((r) => {
                        // Alipay: straight to its cashier; any other method's own panel takes over on the order page.
                        const url = r.data?.startPayment.redirectUrl;
                        if (url) window.location.assign(url);
                        else onSwitched();
                      })
                      .catch(() => null)
                      .finally(() => setSwitching(null));
                  }}
                >
                  {m.label}
                </button>
              ))}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
