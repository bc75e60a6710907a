import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { REFUND_ORDER } from '../graphql/refunds.documents';
import { renderWithProviders } from '../../../test/render';
import type { RefundableOrder } from '../utils/refund';
import { RefundForm } from './RefundForm';

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

/** The refundOrder mutation answering with this refund, and what the form sent to it. */
function refundMock(id: string, amountFen: string) {
  const sent: { variables: unknown } = { variables: null };
  const mocks = [
    {
      request: {
        query: REFUND_ORDER,
        variables: (v: unknown) => {
          sent.variables = v;
          return true;
        },
      },
      result: {
        data: { __typename: 'Mutation' as const, refundOrder: { __typename: 'Refund' as const, id, status: 'succeeded', amountFen } },
      },
    },
  ];
  return { mocks, sent };
}

describe('RefundForm', () => {
  it('starts as a full refund of what is left, and sends only the chosen quantities for a partial refund', async () => {
    const { mocks, sent } = refundMock('r1', '6800');
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
    expect(sent.variables).toEqual({
      input: { orderId: 'o1', lines: [{ lineId: 'l1', quantity: 1 }], includeShipping: false, restock: true, reason: '一箱梨磕碰' },
    });
  });

  it('a refund still on its way back holds its items and amount: the form offers only what is left, and says why', async () => {
    const held: RefundableOrder = {
      ...order,
      refunds: [
        { status: 'pending', kind: 'order', amountFen: '6800', lines: [{ lineId: 'l1', quantity: 1 }] },
        { status: 'succeeded', kind: 'order', amountFen: '4500', lines: [{ lineId: 'l2', quantity: 1 }] },
        { status: 'pending', kind: 'duplicate', amountFen: '24600', lines: [] },
        { status: 'failed', kind: 'order', amountFen: '6800', lines: [{ lineId: 'l1', quantity: 1 }] },
      ],
    };
    renderWithProviders(<RefundForm order={{ ...held, refundedFen: '4500' }} />, { mocks: [] });
    expect(screen.getByTestId('refund-pending').textContent).toBe('另有 ¥68.00 的退款正在退回中：其商品与金额已从可退中扣除');
    // 1 × ¥68 + 1 × ¥45 still refundable (one pear held by the pending refund); shipping not ticked after a refund
    expect(screen.getAllByText('可退 1 件')).toHaveLength(2);
    // the pear held by the pending refund is said on its line, so 可退 1 件 of 2 adds up
    expect(screen.getByTestId('refund-held').textContent).toBe(' · 1 件退回中');
    expect(screen.getByTestId('refund-amount').textContent).toBe('¥113.00');
    fireEvent.change(screen.getByLabelText('退款数量 玉露香梨'), { target: { value: '2' } });
    fireEvent.change(screen.getByLabelText('退款原因'), { target: { value: '整单退货' } });
    fireEvent.click(screen.getByTestId('submit-refund'));
    expect(await screen.findByText('退款数量须为 0 到可退数量之间的整数')).toBeTruthy();
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

  it('says how much is left when the amount is over it', async () => {
    renderWithProviders(<RefundForm order={order} />, { mocks: [] });
    fireEvent.click(screen.getByLabelText('按金额（商品不退回）'));
    fireEvent.change(screen.getByLabelText('退款金额（元）'), { target: { value: '300' } });
    // ¥300 + ¥10 shipping, of ¥246.00 paid: not the generic 输入内容有误
    expect(screen.getByTestId('refund-over').textContent).toBe(' 超过可退金额 ¥246.00');
  });

  it('shows one refusal at a time: sending again clears the server’s earlier answer', async () => {
    const refused = {
      request: { query: REFUND_ORDER, variables: () => true },
      result: { errors: [new GraphQLError('退款金额超过商品可退金额 ¥236.00', { extensions: { code: 'BAD_USER_INPUT' } })] },
    };
    renderWithProviders(<RefundForm order={order} />, { mocks: [refused] });
    fireEvent.click(screen.getByLabelText('按金额（商品不退回）'));
    fireEvent.change(screen.getByLabelText('退款金额（元）'), { target: { value: '240' } });
    fireEvent.change(screen.getByLabelText('退款原因'), { target: { value: '补偿' } });
    fireEvent.click(screen.getByTestId('submit-refund'));
    expect((await screen.findByRole('alert')).textContent).toBe('退款金额超过商品可退金额 ¥236.00');
    // a new attempt that the form itself refuses no longer shows the server's earlier answer beside its own
    fireEvent.click(screen.getByLabelText('按商品数量'));
    fireEvent.change(screen.getByLabelText('退款数量 核桃'), { target: { value: '2' } });
    fireEvent.click(screen.getByTestId('submit-refund'));
    await waitFor(() => expect(screen.getAllByRole('alert').map((a) => a.textContent)).toEqual(['退款数量须为 0 到可退数量之间的整数']));
  });

  it('refunds a typed amount in yuan: no quantities, no restock, shipping on top when ticked', async () => {
    const { mocks, sent } = refundMock('r2', '3001');
    renderWithProviders(<RefundForm order={order} />, { mocks });
    fireEvent.click(screen.getByLabelText('按金额（商品不退回）'));
    expect(screen.queryByLabelText('退款数量 玉露香梨')).toBeNull();
    expect(screen.queryByLabelText('商品已退回，退货入库')).toBeNull();
    fireEvent.change(screen.getByLabelText('退款金额（元）'), { target: { value: '30.015' } });
    expect(screen.getByTestId('refund-amount').textContent).toBe('—');
    fireEvent.change(screen.getByLabelText('退款原因'), { target: { value: '部分破损补偿' } });
    fireEvent.click(screen.getByTestId('submit-refund'));
    expect((await screen.findByRole('alert')).textContent).toBe('请输入大于 0 的金额，最多两位小数');
    fireEvent.change(screen.getByLabelText('退款金额（元）'), { target: { value: '30.01' } });
    // shipping was ticked by default (nothing refunded yet): ¥30.01 + ¥10.00
    expect(screen.getByTestId('refund-amount').textContent).toBe('¥40.01');
    fireEvent.click(screen.getByLabelText(/退运费/));
    expect(screen.getByTestId('refund-amount').textContent).toBe('¥30.01');
    fireEvent.click(screen.getByTestId('submit-refund'));
    expect((await screen.findByTestId('refund-done')).textContent).toBe('已退款 ¥30.01');
    expect(sent.variables).toEqual({
      input: { orderId: 'o1', lines: [], amountFen: '3001', includeShipping: false, restock: false, reason: '部分破损补偿' },
    });
  });
});
