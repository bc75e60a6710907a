import { describe, expect, it } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { REFUND_ORDER } from '../graphql/orders.documents';
import { renderWithProviders } from '../../../test/render';
import { RefundForm, type RefundableOrder } from './RefundForm';

const order: RefundableOrder = {
  id: 'o1',
  orderNo: 'YG202611300000123',
  shippingFen: '1000',
  paidFen: '24600',
  refundedFen: '0',
  lines: [
    { id: 'l1', productName: '玉露香梨', skuSpec: '5kg', quantity: 2, unitPriceFen: '6800', refundedQuantity: 0 },
    { id: 'l2', productName: '核桃', skuSpec: '1kg', quantity: 2, unitPriceFen: '4500', refundedQuantity: 1 },
  ],
};

describe('RefundForm', () => {
  it('starts as a full refund of what is left, and sends only the chosen quantities for a partial refund', async () => {
    let sent: unknown = null;
    const mocks = [
      {
        request: {
          query: REFUND_ORDER,
          variables: (v: unknown) => {
            sent = v;
            return true;
          },
        },
        result: { data: { __typename: 'Mutation' as const, refundOrder: { __typename: 'Refund' as const, id: 'r1', status: 'succeeded', amountFen: '6800' } } },
      },
    ];
    renderWithProviders(<RefundForm order={order} />, { mocks });
    // 2 × ¥68 + 1 × ¥45 still refundable + ¥10 shipping
    expect(screen.getByTestId('refund-amount').textContent).toBe('¥191.00');
    fireEvent.change(screen.getByLabelText('退款数量 玉露香梨'), { target: { value: '1' } });
    fireEvent.change(screen.getByLabelText('退款数量 核桃'), { target: { value: '0' } });
    fireEvent.click(screen.getByLabelText(/退运费/));
    expect(screen.getByTestId('refund-amount').textContent).toBe('¥68.00');
    fireEvent.click(screen.getByLabelText('商品已退回，退货入库'));
    fireEvent.change(screen.getByLabelText('退款原因'), { target: { value: '一箱梨磕碰' } });
    fireEvent.click(screen.getByTestId('submit-refund'));
    expect((await screen.findByTestId('refund-done')).textContent).toBe('已退款 ¥68.00');
    expect(sent).toEqual({ input: { orderId: 'o1', lines: [{ lineId: 'l1', quantity: 1 }], includeShipping: false, restock: true, reason: '一箱梨磕碰' } });
  });

  it('refuses more than is refundable, nothing at all, or no reason, in Chinese, before sending', async () => {
    renderWithProviders(<RefundForm order={order} />, { mocks: [] });
    fireEvent.change(screen.getByLabelText('退款数量 核桃'), { target: { value: '2' } });
    expect(screen.getByTestId('refund-amount').textContent).toBe('—');
    fireEvent.click(screen.getByTestId('submit-refund'));
    expect((await screen.findByRole('alert')).textContent).toBe('退款数量须为 0 到可退数量之间的整数');

    fireEvent.change(screen.getByLabelText('退款数量 核桃'), { target: { value: '0' } });
    fireEvent.change(screen.getByLabelText('退款数量 玉露香梨'), { target: { value: '0' } });
    fireEvent.click(screen.getByLabelText(/退运费/));
    fireEvent.click(screen.getByTestId('submit-refund'));
    expect((await screen.findByRole('alert')).textContent).toBe('请至少选择一件要退款的商品或运费');

    fireEvent.change(screen.getByLabelText('退款数量 玉露香梨'), { target: { value: '1' } });
    fireEvent.click(screen.getByTestId('submit-refund'));
    expect((await screen.findByRole('alert')).textContent).toBe('请填写退款原因');
  });
});
