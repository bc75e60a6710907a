import 'reflect-metadata';
import { validationPipe } from '@yigou/server/core';
import { PlaceOrderInput } from '../dto/order.inputs';
import { PlaceOrderInputPipe, plainlyValid } from './place-order-input.pipe';

const SKU = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const ADDRESS = 'f47ac10b-58cc-4372-a567-0e02b2c3d479';
const good = () => ({
  lines: [{ skuId: SKU, quantity: 1, expectedPriceFen: 1990 }],
  addressId: ADDRESS,
  paymentMethod: 'bank_transfer',
  fromCart: false,
});
const meta = { type: 'body' as const, data: 'input', metatype: Object };

/** What the global pipe answers for `value` as a PlaceOrderInput: 'ok' or the refusal's message and field. */
async function globalAnswer(value: unknown): Promise<string> {
  try {
    await validationPipe().transform(value, { ...meta, metatype: PlaceOrderInput });
    return 'ok';
  } catch (e) {
    const err = e as { message: string; extensions?: { field?: string } };
    return `${err.message} @ ${err.extensions?.field}`;
  }
}
async function pipeAnswer(value: unknown): Promise<string> {
  try {
    await new PlaceOrderInputPipe().transform(value, meta);
    return 'ok';
  } catch (e) {
    const err = e as { message: string; extensions?: { field?: string } };
    return `${err.message} @ ${err.extensions?.field}`;
  }
}

const cases: [string, unknown][] = [
  ['a plain checkout', good()],
  ['fifty lines', { ...good(), lines: Array.from({ length: 50 }, () => ({ skuId: SKU, quantity: 999, expectedPriceFen: 1 })) }],
  ['a live session', { ...good(), liveSessionId: SKU, paymentMethod: 'wechatpay' }],
  ['no lines', { ...good(), lines: [] }],
  ['51 lines', { ...good(), lines: Array.from({ length: 51 }, () => ({ skuId: SKU, quantity: 1, expectedPriceFen: 1 })) }],
  ['quantity 0', { ...good(), lines: [{ skuId: SKU, quantity: 0, expectedPriceFen: 1 }] }],
  ['quantity 1000', { ...good(), lines: [{ skuId: SKU, quantity: 1000, expectedPriceFen: 1 }] }],
  ['quantity 1.5', { ...good(), lines: [{ skuId: SKU, quantity: 1.5, expectedPriceFen: 1 }] }],
  ['a bad SKU id in the second line', { ...good(), lines: [good().lines[0], { skuId: 'x', quantity: 1, expectedPriceFen: 1 }] }],
  [
    'a SKU id of no UUID version',
    { ...good(), lines: [{ skuId: '7c9e6679-7425-00de-944b-e07fc1f90ae7', quantity: 1, expectedPriceFen: 1 }] },
  ],
  ['a bad address id', { ...good(), addressId: '12' }],
  ['an unknown payment method', { ...good(), paymentMethod: 'cash' }],
  ['a bad live session id', { ...good(), liveSessionId: 'live-1' }],
  ['a checkout key', { ...good(), checkoutKey: 'a3bb189e-8bf9-4888-9912-ace4e6543002' }],
  ['a null checkout key', { ...good(), checkoutKey: null }],
  ['a checkout key that is no UUID', { ...good(), checkoutKey: 'attempt-1' }],
  ['an empty checkout key', { ...good(), checkoutKey: '' }],
  ['a numeric checkout key', { ...good(), checkoutKey: 42 }],
  ['a good invoice', { ...good(), invoice: { title: '山西省汾西县人民医院' } }],
  ['a bad invoice', { ...good(), invoice: { title: '院' } }],
];

describe('PlaceOrderInputPipe', () => {
  it.each(cases)('%s: answers exactly as the global pipe does', async (_name, value) => {
    expect(await pipeAnswer(value)).toBe(await globalAnswer(value));
  });

  it.each(cases)('%s: takes the short way only when class-validator accepts it too', async (_name, value) => {
    if (plainlyValid(value)) expect(await globalAnswer(value)).toBe('ok');
  });

  it('takes the short way for the checkouts the storefront sends, and refuses in Chinese naming the field', async () => {
    expect(plainlyValid(good())).toBe(true);
    expect(plainlyValid({ ...good(), checkoutKey: 'a3bb189e-8bf9-4888-9912-ace4e6543002' })).toBe(true);
    expect(await pipeAnswer({ ...good(), checkoutKey: 'attempt-1' })).toBe('下单请求编号无效，请刷新页面后重试 @ checkoutKey');
    expect(plainlyValid({ ...good(), invoice: { title: '山西省汾西县人民医院' } })).toBe(false);
    expect(await pipeAnswer({ ...good(), lines: [{ skuId: SKU, quantity: 0, expectedPriceFen: 1 }] })).toBe(
      '数量至少为 1 @ lines.0.quantity',
    );
    expect(await pipeAnswer({ ...good(), lines: [] })).toBe('请至少选择一件商品 @ lines');
    expect(await pipeAnswer({ ...good(), addressId: '12' })).toBe('请选择收货地址 @ addressId');
  });
});
