import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import type { Role } from '../generated/graphql';
import { ME_QUERY } from '../modules/auth/graphql/auth.documents';
import { createTokenStore } from '../modules/auth/utils/token-store';
import { FINANCE_QUERY } from '../modules/orders/graphql/orders.documents';
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

function renderAs(role: Role) {
  const store = createTokenStore();
  store.set({ accessToken: 'access-1', refreshToken: 'refresh-1' });
  const me = sessionUser({ displayName: `用户 ${role}`, roles: [{ __typename: 'RoleGrant', role, scopeLabel: null, unitId: null, supplierId: null, regionCode: null }], unit: null });
  const desk = { __typename: 'Query' as const, bankTransfers: [transfer], platformOrders: { __typename: 'OrderConnection' as const, totalCount: 0, edges: [] } };
  return renderWithProviders(<FinanceDeskPage />, {
    store,
    mocks: [
      { request: { query: ME_QUERY }, result: { data: { __typename: 'Query' as const, me } } },
      { request: { query: FINANCE_QUERY, variables: { search: null } }, result: { data: desk } },
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
});
