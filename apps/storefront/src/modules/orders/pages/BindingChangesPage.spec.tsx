import { describe, expect, it } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { DECIDE_BINDING_CHANGE, PENDING_BINDING_CHANGES_QUERY } from '../graphql/binding-changes.documents';
import { renderWithProviders } from '../../../test/render';
import { BindingChangesPage } from './BindingChangesPage';

const request = (id: string, orderNo: string, status = 'pending') => ({
  __typename: 'BindingChangeRequest' as const,
  id,
  orderId: `o-${id}`,
  orderNo,
  fromUnitName: '汾西县第一中学',
  toUnitName: '汾西县教育局',
  reason: '食堂由教育局结算',
  status,
  createdAt: '2026-11-30T02:00:00.000Z',
  decidedAt: status === 'pending' ? null : '2026-11-30T03:00:00.000Z',
});
const pending = (rows: ReturnType<typeof request>[]) => ({
  request: { query: PENDING_BINDING_CHANGES_QUERY },
  result: { data: { __typename: 'Query' as const, pendingBindingChanges: rows } },
});

describe('BindingChangesPage', () => {
  it('lists pending requests with order, units and reason; approving sends the decision and the row leaves the list', async () => {
    let sent: unknown = null;
    const decide = {
      request: {
        query: DECIDE_BINDING_CHANGE,
        variables: (v: unknown) => {
          sent = v;
          return true;
        },
      },
      result: { data: { __typename: 'Mutation' as const, decideBindingChange: request('b1', 'YG202611300000123', 'approved') } },
    };
    renderWithProviders(<BindingChangesPage />, {
      mocks: [
        pending([request('b1', 'YG202611300000123'), request('b2', 'YG202611300000124')]),
        decide,
        pending([request('b2', 'YG202611300000124')]),
      ],
    });
    const rows = await screen.findAllByTestId('pending-binding-change');
    expect(rows.map((r) => r.querySelector('a')?.textContent)).toEqual(['YG202611300000123', 'YG202611300000124']);
    expect(rows[0].textContent).toContain('汾西县第一中学汾西县教育局食堂由教育局结算');
    fireEvent.click(rows[0].querySelector('button')!);
    await screen.findByText('YG202611300000124');
    await new Promise((r) => setTimeout(r, 50));
    expect(sent).toEqual({ requestId: 'b1', approve: true });
    expect((await screen.findAllByTestId('pending-binding-change')).length).toBe(1);
  });

  it('says so when nothing waits', async () => {
    renderWithProviders(<BindingChangesPage />, { mocks: [pending([])] });
    expect(await screen.findByText('暂无待审批的变更申请')).toBeTruthy();
  });
});
