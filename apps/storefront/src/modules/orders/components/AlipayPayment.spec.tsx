import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { CHECK_PAYMENT, ONLINE_METHODS_QUERY, START_PAYMENT } from '../graphql/payment.documents';
import { renderWithProviders } from '../../../test/render';
import { AlipayPayment } from './AlipayPayment';

const methods = {
  request: { query: ONLINE_METHODS_QUERY },
  result: {
    data: {
      paymentMethods: [
        { __typename: 'PaymentMethodInfo' as const, method: 'stripe' as const, label: '在线支付（银行卡）', available: true },
        { __typename: 'PaymentMethodInfo' as const, method: 'wechatpay' as const, label: '微信支付', available: true },
        { __typename: 'PaymentMethodInfo' as const, method: 'alipay' as const, label: '支付宝', available: true },
        { __typename: 'PaymentMethodInfo' as const, method: 'bank_transfer' as const, label: '对公转账', available: false },
      ],
    },
  },
};

describe('AlipayPayment', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));

  it("sends the browser to Alipay's cashier page the API signed", async () => {
    const assign = vi.fn();
    vi.stubGlobal('location', { ...window.location, assign, search: '', pathname: '/orders/o1' });
    const start = {
      request: { query: START_PAYMENT, variables: { orderIds: ['o1'], device: 'desktop', method: null } },
      result: {
        data: {
          startPayment: {
            __typename: 'PaymentInstructions' as const,
            method: 'alipay' as const,
            amountFen: '6800',
            clientSecret: null,
            publishableKey: null,
            paymentIntentId: 'a1',
            codeUrl: null,
            h5Url: null,
            redirectUrl: 'http://alipay.test/gateway.do?method=alipay.trade.page.pay',
          },
        },
      },
    };
    renderWithProviders(<AlipayPayment orderId="o1" owedFen="6800" onChanged={() => undefined} />, { mocks: [start] });
    fireEvent.click(screen.getByTestId('alipay-pay'));
    await waitFor(() => expect(assign).toHaveBeenCalledWith('http://alipay.test/gateway.do?method=alipay.trade.page.pay'));
    vi.unstubAllGlobals();
  });

  it('when Alipay is down, says so in Chinese and offers the other online methods', async () => {
    const down = {
      request: { query: START_PAYMENT, variables: { orderIds: ['o1'], device: 'desktop', method: null } },
      result: {
        errors: [new GraphQLError('在线支付暂时无法连接，请稍后再试或改用其他支付方式', { extensions: { code: 'PAYMENT_UNAVAILABLE' } })],
      },
    };
    renderWithProviders(<AlipayPayment orderId="o1" owedFen="6800" onChanged={() => undefined} />, { mocks: [down, methods] });
    fireEvent.click(screen.getByTestId('alipay-pay'));
    expect((await screen.findByTestId('alipay-error')).textContent).toContain('改用其他支付方式');
    expect((await screen.findByTestId('switch-stripe')).textContent).toBe('改用在线支付（银行卡）');
    expect(screen.getByTestId('switch-wechatpay').textContent).toBe('改用微信支付');
    expect(screen.queryByTestId('switch-bank_transfer')).toBeNull();
  });

  it('back from the cashier, asks the API to confirm with Alipay, then refreshes the order', async () => {
    window.history.replaceState(null, '', '/orders/o1?out_trade_no=a1&method=alipay.trade.page.pay.return&sign=x');
    const check = {
      request: { query: CHECK_PAYMENT, variables: { orderId: 'o1' } },
      result: { data: { checkPayment: [{ __typename: 'PaymentCheck' as const, attemptId: 'a1', state: 'succeeded', result: 'applied' }] } },
    };
    const onChanged = vi.fn();
    renderWithProviders(<AlipayPayment orderId="o1" owedFen="6800" onChanged={onChanged} />, { mocks: [check] });
    await waitFor(() => expect(onChanged).toHaveBeenCalledTimes(1));
    expect(window.location.search).toBe('');
  });
});
