import { useRef } from 'react';

/**
 * The idempotency key of one checkout attempt (`PlaceOrderInput.checkoutKey`): the same key for every send of the
 * same input — a double click, a retry after a timeout or a lost answer — so the server places it once and answers
 * the repeat with the first orders; a new key as soon as the input changes (cart, address, payment, quantity) or
 * after an order was placed, so a new checkout is never mistaken for a repeat of the last one.
 */
export function useCheckoutKey() {
  const attempt = useRef<{ input: string; key: string } | null>(null);
  return {
    /** The key for this input: the current attempt's if the input is the same, else a new attempt's. */
    keyFor(input: unknown): string {
      const same = JSON.stringify(input);
      if (attempt.current?.input !== same) attempt.current = { input: same, key: newCheckoutKey() };
      return attempt.current.key;
    },
    /** The attempt succeeded: the next send is a new checkout. */
    placed(): void {
      attempt.current = null;
    },
  };
}

/** A random (version 4) UUID; `crypto.randomUUID` is missing outside secure contexts (plain http on a LAN address). */
export function newCheckoutKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
