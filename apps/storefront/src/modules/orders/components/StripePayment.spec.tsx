import type { ReactNode } from 'react';
import { describe, expect, it, vi, beforeEach } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render';

// Stripe.js is loaded from js.stripe.com, which tests cannot reach: this stands in for
// the browser SDK only, so the test checks what our form asks of it and how it answers.
const confirmPayment = vi.fn();
const loadStripe = vi.fn(async (key: string) => ({ key }));
let elementsOptions: unknown = null;
vi.mock('@stripe/stripe-js/pure', () => ({ loadStripe: (key: string) => loadStripe(key) }));
vi.mock('@stripe/react-stripe-js', () => ({
  Elements: ({ options, children }: { options: unknown; children: ReactNode }) => {
    elementsOptions = options;
    return <>{children}</>;
  },
  PaymentElement: () => <div data-testid="payment-element" />,
  useStripe: () => ({ confirmPayment }),
  useElements: () => ({ kind: 'elements' }),
}));

const { StripePayment } = await import('./StripePayment');

describe('StripePayment', () => {
  beforeEach(() => {
    confirmPayment.mockReset();
    elementsOptions = null;
  });

  it("opens Elements with the attempt's client secret in Chinese and confirms without leaving the page when it can", async () => {
    confirmPayment.mockResolvedValue({ paymentIntent: { status: 'succeeded' } });
    const onDone = vi.fn();
    renderWithProviders(<StripePayment publishableKey="pk_test_a" clientSecret="pi_1_secret_x" onDone={onDone} />);
    expect(elementsOptions).toEqual({ clientSecret: 'pi_1_secret_x', locale: 'zh' });
    expect(screen.queryByText('请用微信扫码支付')).toBeNull(); // WeChat Pay is direct now, not through Stripe
    fireEvent.click(screen.getByRole('button', { name: '在线支付' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
    expect(confirmPayment).toHaveBeenCalledWith({
      elements: { kind: 'elements' },
      confirmParams: { return_url: window.location.href },
      redirect: 'if_required',
    });
  });

  it("shows Stripe's message when the payment fails (e.g. the card was declined) and stays payable", async () => {
    confirmPayment.mockResolvedValue({ error: { message: '二维码已过期，请重新支付' } });
    const onDone = vi.fn();
    renderWithProviders(<StripePayment publishableKey="pk_test_a" clientSecret="pi_2_secret_y" onDone={onDone} />);
    fireEvent.click(screen.getByRole('button', { name: '在线支付' }));
    expect((await screen.findByRole('alert')).textContent).toBe('二维码已过期，请重新支付');
    expect(onDone).not.toHaveBeenCalled();
    expect((screen.getByRole('button', { name: '在线支付' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('loads Stripe.js once per publishable key', () => {
    const before = loadStripe.mock.calls.length;
    renderWithProviders(<StripePayment publishableKey="pk_test_b" clientSecret="s1" onDone={() => undefined} />);
    renderWithProviders(<StripePayment publishableKey="pk_test_b" clientSecret="s2" onDone={() => undefined} />);
    expect(loadStripe.mock.calls.slice(before).map(([k]) => k)).toEqual(['pk_test_b']);
  });
});
