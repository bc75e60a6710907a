import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import type { PaymentMethod } from '../../../generated/graphql';
import { ONLINE_METHODS_QUERY } from '../graphql/payment.documents';

/**
 * When an online provider (Alipay, WeChat Pay) cannot be reached: the provider's message, and the other online
 * methods available right now (bank transfer is chosen at checkout, not here) to pay with instead. `onSwitch`
 * starts paying with the chosen one; the buttons wait for it.
 */
export function OtherPaymentMethods({
  message,
  current,
  lead,
  buttonLabel,
  onSwitch,
  messageTestId,
}: {
  message: string;
  current: PaymentMethod;
  lead: string;
  buttonLabel: (label: string) => string;
  onSwitch: (method: PaymentMethod) => Promise<unknown>;
  messageTestId?: string;
}) {
  const methods = useQuery(ONLINE_METHODS_QUERY, { fetchPolicy: 'network-only' });
  const [switching, setSwitching] = useState<PaymentMethod | null>(null);
  const others = (methods.data?.paymentMethods ?? []).filter((m) => m.available && m.method !== current && m.method !== 'bank_transfer');
  return (
    <div role="alert">
      <p className="form-error" data-testid={messageTestId}>
        {message}
      </p>
      {others.length > 0 && (
        <p>
          {lead}
          {others.map((m) => (
            <button
              key={m.method}
              type="button"
              className="yg-button yg-button--ghost"
              data-testid={`switch-${m.method}`}
              disabled={switching !== null}
              onClick={() => {
                setSwitching(m.method);
                void onSwitch(m.method).finally(() => setSwitching(null));
              }}
            >
              {buttonLabel(m.label)}
            </button>
          ))}
        </p>
      )}
    </div>
  );
}
