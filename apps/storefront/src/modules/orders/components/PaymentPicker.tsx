import { useT } from '@yigou/web/i18n';
import type { PaymentMethod, PaymentTerm, PurchasePurpose } from '../../../generated/graphql';

export interface PaymentMethodOption {
  method: PaymentMethod;
  label: string;
  available: boolean;
  reason?: string | null;
}

export interface PaymentChoice {
  method: PaymentMethod | null;
  term: PaymentTerm;
  purpose: PurchasePurpose;
}

/** The method the checkout uses: the one picked, else the first available. */
export function chosenMethodOf(methods: readonly PaymentMethodOption[], picked: PaymentMethod | null): PaymentMethod | null {
  return picked ?? methods.find((m) => m.available)?.method ?? null;
}

/**
 * Payment method radios (an unavailable method says why), the bank-transfer
 * term, and for unit purchasers the purchase purpose.
 */
export function PaymentPicker({
  methods,
  value,
  onChange,
  isPurchaser,
}: {
  methods: readonly PaymentMethodOption[];
  value: PaymentChoice;
  onChange: (next: PaymentChoice) => void;
  isPurchaser: boolean;
}) {
  const t = useT();
  const chosen = chosenMethodOf(methods, value.method);
  return (
    <>
      {methods.map((m) => (
        <label key={m.method} className="choice" data-testid={`method-${m.method}`}>
          <input
            type="radio"
            name="method"
            disabled={!m.available}
            checked={chosen === m.method}
            onChange={() => onChange({ ...value, method: m.method })}
          />
          {m.method === 'stripe' && !m.available ? t('checkout.onlineUnavailable') : m.label}
          {m.reason && m.method !== 'stripe' && <span className="muted"> （{m.reason}）</span>}
        </label>
      ))}
      {chosen === 'bank_transfer' && (
        <>
          <h3>{t('checkout.term')}</h3>
          {(['pay_first', 'ship_first'] as const).map((x) => (
            <label key={x} className="choice">
              <input type="radio" name="term" checked={value.term === x} onChange={() => onChange({ ...value, term: x })} />{' '}
              {t(`checkout.term.${x}`)}
            </label>
          ))}
        </>
      )}
      {isPurchaser && (
        <>
          <h3>{t('checkout.purpose')}</h3>
          {(['canteen', 'union', 'other'] as const).map((p) => (
            <label key={p} className="choice">
              <input type="radio" name="purpose" checked={value.purpose === p} onChange={() => onChange({ ...value, purpose: p })} />{' '}
              {t(`checkout.purpose.${p}`)}
            </label>
          ))}
        </>
      )}
    </>
  );
}
