import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { renderWithProviders } from '../../../test/render';
import { ONLINE_METHODS_QUERY, START_PAYMENT } from '../graphql/payment.documents';
import { isPhoneBrowser } from '../utils/payer-device';
import { WECHAT_POLL_MS, WechatPayment, withReturn } from './WechatPayment';

const instructions = (over: Record<string, unknown>) => ({
  __typename: 'PaymentInstructions' as const,
  method: 'wechatpay',
  amountFen: '7800',
  clientSecret: null,
  publishableKey: null,
  paymentIntentId: 'a'.repeat(32),
  codeUrl: null,
  h5Url: null,
  redirectUrl: null,
  ...over,
});

describe('WechatPayment', () => {
  it('draws the code_url as a QR code and polls the order while it is shown', async () => {
    const onPoll = vi.fn();
    renderWithProviders(<WechatPayment orderId="o1" owedFen="7800" onPoll={onPoll} onSwitched={() => undefined} />, {
      mocks: [
        {
          request: { query: START_PAYMENT, variables: { orderIds: ['o1'], device: 'desktop' } },
          result: { data: { startPayment: instructions({ codeUrl: 'weixin://wxpay/bizpayurl?pr=abc' }) } },
        },
      ],
    });
    fireEvent.click(screen.getByTestId('wechat-start'));
    const qr = await screen.findByTestId('wechat-qr');
    expect(qr.getAttribute('data-code-url')).toBe('weixin://wxpay/bizpayurl?pr=abc');
    expect(qr.querySelector('svg')).not.toBeNull();
    expect(screen.getByText('请用微信“扫一扫”扫描二维码付款，付款后本页自动更新', { selector: 'p' })).toBeTruthy();
    await waitFor(() => expect(onPoll).toHaveBeenCalled(), { timeout: WECHAT_POLL_MS + 1500 });
  });

  it('when WeChat Pay cannot be reached, says so in Chinese and offers the other available online methods', async () => {
    const onSwitched = vi.fn();
    renderWithProviders(<WechatPayment orderId="o1" owedFen="7800" onPoll={() => undefined} onSwitched={onSwitched} />, {
      mocks: [
        {
          request: { query: START_PAYMENT, variables: { orderIds: ['o1'], device: 'desktop' } },
          result: {
            errors: [
              new GraphQLError('在线支付暂时无法连接，请稍后再试或改用其他支付方式', { extensions: { code: 'PAYMENT_UNAVAILABLE' } }),
            ],
          },
        },
        {
          request: { query: ONLINE_METHODS_QUERY },
          result: {
            data: {
              paymentMethods: [
                { __typename: 'PaymentMethodInfo', method: 'stripe', label: '在线支付（银行卡）', available: true },
                { __typename: 'PaymentMethodInfo', method: 'wechatpay', label: '微信支付', available: true },
                { __typename: 'PaymentMethodInfo', method: 'alipay', label: '支付宝', available: false },
                { __typename: 'PaymentMethodInfo', method: 'bank_transfer', label: '对公转账', available: false },
              ],
            },
          },
        },
        {
          request: { query: START_PAYMENT, variables: { orderIds: ['o1'], device: 'desktop', method: 'stripe' } },
          result: { data: { startPayment: instructions({ method: 'stripe', clientSecret: 'pi_secret' }) } },
        },
      ],
    });
    fireEvent.click(screen.getByTestId('wechat-start'));
    expect((await screen.findByRole('alert')).textContent).toContain('在线支付暂时无法连接，请稍后再试或改用其他支付方式');
    const stripe = await screen.findByTestId('switch-stripe');
    expect(screen.queryByTestId('switch-wechatpay')).toBeNull(); // the method that failed is not offered again
    expect(screen.queryByTestId('switch-alipay')).toBeNull(); // Alipay is down too: not offered
    fireEvent.click(stripe);
    await waitFor(() => expect(onSwitched).toHaveBeenCalledTimes(1));
  });

  it('a phone browser pays by H5, a desktop one by QR code', () => {
    expect(isPhoneBrowser('Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Mobile/15E148')).toBe(true);
    expect(isPhoneBrowser('Mozilla/5.0 (Linux; Android 14; Pixel 8) Mobile Safari/537.36')).toBe(true);
    expect(isPhoneBrowser('Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0 Safari/537.36')).toBe(false);
    expect(withReturn('https://wx.tenpay.com/cgi-bin/mmpayweb-bin/checkmweb?prepay_id=wx1', 'https://shop.example.cn/orders/o1')).toBe(
      'https://wx.tenpay.com/cgi-bin/mmpayweb-bin/checkmweb?prepay_id=wx1&redirect_url=https%3A%2F%2Fshop.example.cn%2Forders%2Fo1',
    );
  });
});
