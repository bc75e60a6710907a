import { useEffect, useState } from 'react';
import { Elements, PaymentElement, useElements, useStripe } from '@stripe/react-stripe-js';
import type { Stripe } from '@stripe/stripe-js';
import { loadStripe } from '@stripe/stripe-js/pure';
import { useT } from '@yigou/web/i18n';
import { InlineError } from '@yigou/web/ui';

const stripes = new Map<string, Promise<Stripe | null>>();
const stripeFor = (key: string) => {
  if (!stripes.has(key)) stripes.set(key, loadStripe(key));
  return stripes.get(key) as Promise<Stripe | null>;
};

/** Card through Stripe Elements (WeChat Pay and Alipay are direct: WechatPayment, AlipayPayment). */
export function StripePayment({
  publishableKey,
  clientSecret,
  onDone,
}: {
  publishableKey: string;
  clientSecret: string;
  onDone: () => void;
}) {
  return (
    <Elements stripe={stripeFor(publishableKey)} options={{ clientSecret, locale: 'zh' }}>
      <PayForm onDone={onDone} />
    </Elements>
  );
}

function PayForm({ onDone }: { onDone: () => void }) {
  const t = useT();
  const stripe = useStripe();
  const elements = useElements();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => setError(null), [stripe]);
  return (
    <form
      data-testid="stripe-form"
      onSubmit={async (e) => {
        e.preventDefault();
        if (!stripe || !elements) return;
        setBusy(true);
        const r = await stripe.confirmPayment({ elements, confirmParams: { return_url: window.location.href }, redirect: 'if_required' });
        setBusy(false);
        if (r.error) setError(r.error.message ?? t('error.UNKNOWN'));
        else onDone();
      }}
    >
      <PaymentElement />
      <InlineError className="form-error" message={error} />
      <button type="submit" className="yg-button yg-button--accent" disabled={!stripe || busy}>
        {t('order.payOnline')}
      </button>
    </form>
  );
}
