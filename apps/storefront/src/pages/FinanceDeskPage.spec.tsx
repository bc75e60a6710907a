import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import type { Role } from '../generated/graphql';
import { ME_QUERY } from '../modules/auth/graphql/auth.documents';
import { createTokenStore } from '../modules/auth/utils/token-store';
import { FINANCE_QUERY, PAYMENT_CHECKS_QUERY } from '../modules/orders/graphql/orders.documents';
import { RECONCILIATION_STATUS_QUERY } from '../modules/reconciliation/graphql/reconciliation.documents';
import { sessionUser } from '../test/fixtures';
import { renderWithProviders } from '../test/render';
import { FinanceDeskPage } from './FinanceDeskPage';

const transfer = {
  __typename: 'BankTransfer' as const,
  id: 't1',
  bankTxnNo: 'TXN-1',
  payerName: '汾西县第一中学',
  amountFen: '7800',
  matchedFen: '0',
  unmatchedFen: '7800',
  memo: 'HK2345678923',
  receivedAt: '2026-11-30T02:00:00.000Z',
};

const checks = {
  __typename: 'Query' as const,
  paymentsNeedingReview: [
    {
      __typename: 'PaymentAttempt' as const,
      id: 'a1',
      provider: 'wechatpay',
      providerPaymentId: '9c1f0a2b3c4d4e5f8a9b0c1d2e3f4a5b',
      amountFen: '7800',
      currency: 'cny',
      receivedFen: '7799',
      receivedCurrency: 'cny',
      reviewNote: '应收 ¥78.00 CNY，实收 ¥77.99 CNY',
      orderNos: ['YG20261130-000001'],
      createdAt: '2026-11-30T02:00:00.000Z',
    },
  ],
  pendingBankRefunds: [{ __typename: 'Refund' as const, id: 'r1', orderId: 'o1', amountFen: '3900', reason: '订单超过付款期限取消，退回已到账的 ¥39.00', createdAt: '2026-11-30T02:00:00.000Z' }],
};

function renderAs(role: Role, withChecks = false) {
  const store = createTokenStore();
  store.set({ accessToken: 'access-1', refreshToken: 'refresh-1' });
  const me = sessionUser({ displayName: `用户 ${role}`, roles: [{ __typename: 'RoleGrant', role, scopeLabel: null, unitId: null, supplierId: null, regionCode: null }], unit: null });
  const desk = { __typename: 'Query' as const, bankTransfers: [transfer], platformOrders: { __typename: 'OrderConnection' as const, totalCount: 0, edges: [] } };
  return renderWithProviders(<FinanceDeskPage />, {
    store,
    mocks: [
      { request: { query: ME_QUERY }, result: { data: { __typename: 'Query' as const, me } } },
      { request: { query: FINANCE_QUERY, variables: { search: null } }, result: { data: desk } },
      { request: { query: PAYMENT_CHECKS_QUERY }, result: { data: withChecks ? checks : { ...checks, paymentsNeedingReview: [], pendingBankRefunds: [] } } },
      { request: { query: RECONCILIATION_STATUS_QUERY, variables: {} }, result: { data: { __typename: 'Query' as const, reconciliationStatus: { __typename: 'ReconciliationStatus' as const, ranAt: '2026-12-04T19:05:00.000Z', clean: true, differenceCount: 0 } } } },
    ],
  });
}

describe('FinanceDeskPage', () => {
  it('lets platform finance record and match transfers, without the admin-only binding approvals link', async () => {
    renderAs('platform_finance');
    expect((await screen.findByTestId('transfer-row')).textContent).toContain('TXN-1');
    expect(screen.getByTestId('record-transfer')).toBeTruthy();
    expect(screen.getByTestId('match-transfer')).toBeTruthy();
    expect(screen.queryByTestId('binding-approvals-link')).toBeNull();
    // the last reconciliation's status, but running one is the platform admin's
    expect(await screen.findByText('对账一致')).toBeTruthy();
    expect(screen.queryByTestId('run-reconciliation')).toBeNull();
  });

  it('keeps the binding approvals link for the platform admin', async () => {
    renderAs('platform_admin');
    await screen.findByTestId('transfer-row');
    expect((await screen.findByTestId('binding-approvals-link')).getAttribute('href')).toBe('/orders/binding-changes');
    expect(await screen.findByTestId('run-reconciliation')).toBeTruthy();
  });

  it('shows payments that need review and bank refunds still to pay back', async () => {
    renderAs('platform_finance', true);
    expect((await screen.findByTestId('review-row')).textContent).toContain('实收 ¥77.99');
    expect(screen.getByTestId('review-row').textContent).toContain('YG20261130-000001');
    // the provider by its label, not its internal name
    expect(screen.getByTestId('review-row').textContent).toContain('微信支付');
    expect(screen.getByTestId('review-row').textContent).not.toContain('wechatpay');
    expect(screen.getByTestId('payback-row').textContent).toContain('退回已到账');
  });

  describe('statement import', () => {
    afterEach(() => vi.unstubAllGlobals());

    it('uploads the statement file as multipart, not inside a GraphQL body, and shows the result', async () => {
      const fetchMock = vi.fn(async (_url: string, _init?: RequestInit) => new Response(JSON.stringify({ imported: 5000, duplicates: 0, autoMatched: 3, errors: [], encoding: 'gb18030' }), { status: 200 }));
      renderAs('platform_finance');
      await screen.findByTestId('transfer-row');
      vi.stubGlobal('fetch', fetchMock);
      const file = new File([new Uint8Array([0xbd, 0xbb, 0xd2, 0xd7])], '流水.csv', { type: 'text/csv' });
      fireEvent.change(screen.getByTestId('import-csv'), { target: { files: [file] } });
      expect((await screen.findByTestId('import-result')).textContent).toContain('5000');
      const [url, init] = fetchMock.mock.calls[0];
      expect(url).toBe('/payments/bank-statements');
      expect((init!.body as FormData).get('file')).toBeInstanceOf(File);
    });
  });
});
