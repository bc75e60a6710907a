import { describe, expect, it } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { BINDING_TARGETS_QUERY, ORDER_BINDING_QUERY, REQUEST_BINDING_CHANGE } from '../graphql/binding-changes.documents';
import { renderWithProviders } from '../../../test/render';
import { BindingChangePanel } from './BindingChangePanel';

const change = (id: string, status: string, reason: string) => ({
  __typename: 'BindingChangeRequest' as const,
  id,
  orderId: 'o1',
  orderNo: 'YG202611300000123',
  fromUnitName: '汾西县第一中学',
  toUnitName: '汾西县教育局',
  reason,
  status,
  createdAt: '2026-11-30T02:00:00.000Z',
  decidedAt: status === 'pending' ? null : '2026-11-30T03:00:00.000Z',
});
const binding = (changes: ReturnType<typeof change>[], unitName = '汾西县第一中学') => ({
  request: { query: ORDER_BINDING_QUERY, variables: { id: 'o1' } },
  result: {
    data: {
      __typename: 'Query' as const,
      order: { __typename: 'Order' as const, id: 'o1', unitId: 'u1', unitName, bindingChanges: changes },
    },
  },
});
const targets = {
  request: { query: BINDING_TARGETS_QUERY, variables: { orderId: 'o1' } },
  result: {
    data: {
      __typename: 'Query' as const,
      bindingChangeTargets: [
        { __typename: 'BindingUnitChoice' as const, id: 'u2', name: '汾西县教育局', current: false, parent: true },
        { __typename: 'BindingUnitChoice' as const, id: 'u3', name: '汾西县人民政府办公室', current: false, parent: true },
      ],
    },
  },
};

describe('BindingChangePanel', () => {
  it('shows the unit the order counts for and the recorded decisions', async () => {
    renderWithProviders(<BindingChangePanel orderId="o1" isBuyer={false} />, {
      mocks: [binding([change('b1', 'rejected', '教育局统一采购'), change('b2', 'approved', '食堂由教育局结算')], '汾西县教育局')],
    });
    expect((await screen.findByTestId('order-unit')).textContent).toBe('汾西县教育局');
    const rows = screen.getAllByTestId('binding-change');
    expect(rows.map((r) => r.textContent?.split(' · ')[0])).toEqual([
      '已驳回 汾西县第一中学 → 汾西县教育局',
      '已批准 汾西县第一中学 → 汾西县教育局',
    ]);
    expect(screen.queryByTestId('request-binding-change')).toBeNull(); // not the buyer
  });

  it('lets the buyer pick a unit and give a reason, and then shows the request as pending', async () => {
    let sent: unknown = null;
    const request = {
      request: {
        query: REQUEST_BINDING_CHANGE,
        variables: (v: unknown) => {
          sent = v;
          return true;
        },
      },
      result: { data: { __typename: 'Mutation' as const, requestBindingChange: change('b3', 'pending', '食堂由教育局结算') } },
    };
    renderWithProviders(<BindingChangePanel orderId="o1" isBuyer />, {
      mocks: [binding([]), targets, request, binding([change('b3', 'pending', '食堂由教育局结算')])],
    });
    fireEvent.click(await screen.findByTestId('request-binding-change'));
    const select = await screen.findByLabelText('变更为');
    expect([...(select as HTMLSelectElement).options].map((o) => o.textContent)).toEqual([
      '请选择单位',
      '汾西县教育局（主管单位）',
      '汾西县人民政府办公室（主管单位）',
    ]);
    fireEvent.click(screen.getByTestId('submit-binding-change'));
    expect((await screen.findByRole('alert')).textContent).toBe('请选择要计入的单位');
    fireEvent.change(select, { target: { value: 'u2' } });
    fireEvent.click(screen.getByTestId('submit-binding-change'));
    expect((await screen.findByRole('alert')).textContent).toBe('请填写变更原因');
    fireEvent.change(screen.getByLabelText('变更原因'), { target: { value: '食堂由教育局结算' } });
    fireEvent.click(screen.getByTestId('submit-binding-change'));
    expect(await screen.findByText('已提交，等待平台管理员审批')).toBeTruthy();
    expect(sent).toEqual({ orderId: 'o1', toUnitId: 'u2', reason: '食堂由教育局结算' });
    expect(screen.getByTestId('binding-change').textContent).toContain('待审批');
  });
});
