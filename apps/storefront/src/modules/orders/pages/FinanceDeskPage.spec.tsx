import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import type { Role } from '../../../generated/graphql';
import { ME_QUERY } from '../../auth/graphql/auth.documents';
import { createTokenStore } from '../../auth/utils/token-store';
import { FINANCE_ORDERS_QUERY, FINANCE_TRANSFERS_QUERY, PAYMENT_CHECKS_QUERY } from '../graphql/finance.documents';
import { RECONCILIATION_STATUS_QUERY } from '../../reconciliation/graphql/reconciliation.documents';
import { PAYMENT_PROVIDER_STATUS_QUERY, PROVIDER_RECONCILIATION_QUERY } from '../../payments/graphql/payments.documents';
import { sessionUser } from '../../../test/fixtures';
import { mockUploads } from '../../../test/uploads';
import { renderWithProviders } from '../../../test/render';
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
  suggestions: [
    {
      __typename: 'TransferMatchSuggestion' as const,
      orderId: 'o9',
      orderNo: 'YG20261130-000009',
      remittanceRef: 'HK2345678923',
      owedFen: '7800',
      amountFen: '7800',
    },
  ],
};
const matched = {
  ...transfer,
  id: 't2',
  bankTxnNo: 'TXN-2',
  matchedFen: '5000',
  unmatchedFen: '0',
  amountFen: '5000',
  memo: null,
  suggestions: [],
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
  pendingBankRefunds: [
    {
      __typename: 'Refund' as const,
      id: 'r1',
      orderId: 'o1',
      amountFen: '3900',
      reason: '订单超过付款期限取消，退回已到账的 ¥39.00',
      createdAt: '2026-11-30T02:00:00.000Z',
    },
  ],
};

const providerDesk = {
  __typename: 'Query' as const,
  providerReconciliation: {
    __typename: 'ProviderReconciliationDesk' as const,
    runs: [
      {
        __typename: 'ProviderReconciliationRun' as const,
        id: 'run1',
        provider: 'stripe',
        day: '2026-12-03',
        trigger: 'daily',
        finishedAt: '2026-12-03T19:00:05.000Z',
        attemptsChecked: 12,
        refundsChecked: 2,
        differenceCount: 1,
        error: null,
      },
    ],
    differences: [
      {
        __typename: 'ProviderDifference' as const,
        id: 'd1',
        provider: 'stripe',
        kind: 'paid_there_not_here',
        kindLabel: '渠道已收款，本平台未记到账',
        providerRef: 'pi_9',
        orderNos: ['YG20261203-000009'],
        oursFen: null,
        theirsFen: '7800',
        oursState: 'created',
        theirsState: 'succeeded',
        action: 'applied',
      },
    ],
  },
};

const providerStatus = {
  __typename: 'Query' as const,
  paymentProviderStatus: [
    {
      __typename: 'PaymentProviderStatus' as const,
      name: 'stripe',
      label: '在线支付',
      live: true,
      reconciles: true,
      lastNotificationAt: '2026-12-03T08:00:00.000Z',
      lastReconciliationAt: '2026-12-03T19:00:05.000Z',
      lastReconciliationDifferences: 1,
      lastReconciliationError: null,
    },
    {
      __typename: 'PaymentProviderStatus' as const,
      name: 'alipay',
      label: '支付宝',
      live: false,
      reconciles: true,
      lastNotificationAt: null,
      lastReconciliationAt: null,
      lastReconciliationDifferences: null,
      lastReconciliationError: null,
    },
  ],
};

function renderAs(role: Role, withChecks = false) {
  const store = createTokenStore();
  store.set({ accessToken: 'access-1', refreshToken: 'refresh-1' });
  const me = sessionUser({
    displayName: `用户 ${role}`,
    roles: [{ __typename: 'RoleGrant', role, scopeLabel: null, unitId: null, supplierId: null, regionCode: null }],
    unit: null,
  });
  const page = { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null };
  const transfers = {
    __typename: 'Query' as const,
    bankTransfers: {
      __typename: 'BankTransferConnection' as const,
      totalCount: 2,
      pageInfo: page,
      edges: [transfer, matched].map((node) => ({ __typename: 'BankTransferEdge' as const, node })),
    },
  };
  const orders = {
    __typename: 'Query' as const,
    platformOrders: { __typename: 'OrderConnection' as const, totalCount: 0, pageInfo: page, edges: [] },
  };
  const firstPage = { first: 20, after: null, from: null, to: null, direction: 'DESC' };
  return renderWithProviders(<FinanceDeskPage />, {
    store,
    mocks: [
      { request: { query: ME_QUERY }, result: { data: { __typename: 'Query' as const, me } } },
      { request: { query: FINANCE_TRANSFERS_QUERY, variables: { ...firstPage, sort: 'RECEIVED_AT' } }, result: { data: transfers } },
      // the date filter asks the server again for exactly that range, from page 1
      {
        request: { query: FINANCE_TRANSFERS_QUERY, variables: { ...firstPage, from: '2026-11-01', sort: 'RECEIVED_AT' } },
        result: { data: { __typename: 'Query' as const, bankTransfers: { ...transfers.bankTransfers, totalCount: 0, edges: [] } } },
      },
      { request: { query: FINANCE_ORDERS_QUERY, variables: { ...firstPage, search: null, sort: 'CREATED_AT' } }, result: { data: orders } },
      {
        request: { query: PAYMENT_CHECKS_QUERY },
        result: { data: withChecks ? checks : { ...checks, paymentsNeedingReview: [], pendingBankRefunds: [] } },
      },
      {
        request: { query: RECONCILIATION_STATUS_QUERY, variables: {} },
        result: {
          data: {
            __typename: 'Query' as const,
            reconciliationStatus: {
              __typename: 'ReconciliationStatus' as const,
              ranAt: '2026-12-04T19:05:00.000Z',
              clean: true,
              differenceCount: 0,
            },
          },
        },
      },
      { request: { query: PROVIDER_RECONCILIATION_QUERY, variables: {} }, result: { data: providerDesk } },
      { request: { query: PAYMENT_PROVIDER_STATUS_QUERY, variables: {} }, result: { data: providerStatus } },
    ],
  });
}

describe('FinanceDeskPage', () => {
  it('lets platform finance record and match transfers, without the admin-only binding approvals link', async () => {
    renderAs('platform_finance');
    const rows = await screen.findAllByTestId('transfer-row');
    expect(rows[0].textContent).toContain('TXN-1');
    expect(screen.getByTestId('record-transfer')).toBeTruthy();
    expect(screen.getByTestId('match-transfer')).toBeTruthy();
    expect(screen.queryByTestId('binding-approvals-link')).toBeNull();
    // the last reconciliation's status, but running one is the platform admin's
    expect(await screen.findByText('对账一致')).toBeTruthy();
    expect(screen.queryByTestId('run-reconciliation')).toBeNull();
  });

  it("shows the last provider reconciliation and its differences; provider status is the platform admin's", async () => {
    renderAs('platform_finance');
    expect((await screen.findByTestId('provider-run')).textContent).toContain('差异 1 处');
    const diff = await screen.findByTestId('provider-difference');
    expect(diff.textContent).toContain('渠道已收款，本平台未记到账');
    expect(diff.textContent).toContain('YG20261203-000009');
    expect(diff.textContent).toContain('已补记到账');
    expect(screen.queryByTestId('provider-status')).toBeNull();
  });

  it('shows the platform admin which providers are live, their last notification and reconciliation', async () => {
    renderAs('platform_admin');
    const rows = await screen.findAllByTestId('provider-status-row');
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringMatching(/Stripe 已启用.*最近通知：2026\/12\/3 16:00:00.*差异 1 处/),
      expect.stringMatching(/支付宝 未配置.*最近通知：无.*尚未对账/),
    ]);
  });

  it('suggests the order whose remittance reference the memo names, pre-filled, and says a fully matched transfer is matched', async () => {
    renderAs('platform_finance');
    const [open, done] = await screen.findAllByTestId('transfer-row');
    expect(open.querySelector('[data-testid="match-suggestion"]')!.textContent).toContain('YG20261130-000009');
    expect(open.querySelector('[data-testid="match-suggestion"]')!.textContent).toContain('¥78.00');
    expect((open.querySelector('select') as HTMLSelectElement).value).toBe('o9');
    expect((open.querySelector('input[aria-label="金额（元）"]') as HTMLInputElement).value).toBe('78.00');
    // matched in full: no "未匹配 ¥0.00", no match form
    const state = done.querySelector('[data-testid="transfer-state"]')!.textContent!;
    expect(state).toContain('已匹配');
    expect(state).not.toContain('未匹配');
    expect(done.querySelector('[data-testid="match-transfer"]')).toBeNull();
  });

  it('checks the record form field by field, with labels, before sending', async () => {
    renderAs('platform_finance');
    await screen.findAllByTestId('transfer-row');
    expect(screen.getByLabelText('流水号')).toBeTruthy();
    expect(screen.getByLabelText('金额（元）', { selector: 'input[name="amount"]' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('金额（元）', { selector: 'input[name="amount"]' }), { target: { value: '12.345' } });
    fireEvent.click(screen.getByRole('button', { name: '登记转账' }));
    expect(await screen.findByText('请填写银行流水号')).toBeTruthy();
    expect(screen.getByText('请填写付款人户名')).toBeTruthy();
    expect(screen.getByText('请输入大于 0 的金额（元），最多两位小数')).toBeTruthy();
  });

  it('keeps the binding approvals link for the platform admin', async () => {
    renderAs('platform_admin');
    await screen.findAllByTestId('transfer-row');
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

  it('filters 到账记录 by the day received on the server and says when nothing falls in the range', async () => {
    renderAs('platform_finance');
    await screen.findAllByTestId('transfer-row');
    const range = screen.getByTestId('transfer-range');
    expect(range.querySelector('legend')!.textContent).toBe('到账日期');
    fireEvent.change(within(range).getByLabelText('开始日期'), { target: { value: '2026-11-01' } });
    expect(await screen.findByText('还没有到账记录：登记一笔转账或导入银行流水')).toBeTruthy();
    expect(screen.queryAllByTestId('transfer-row')).toHaveLength(0);
    expect(screen.getAllByTestId('pager-info')[0].textContent).toBe('共 0 条 · 第 1 / 1 页');
  });

  describe('statement import', () => {
    afterEach(() => vi.unstubAllGlobals());

    it('uploads the statement file as multipart, not inside a GraphQL body, and shows the result', async () => {
      renderAs('platform_finance');
      await screen.findAllByTestId('transfer-row');
      const sent = mockUploads(200, { imported: 5000, duplicates: 0, autoMatched: 3, errors: [], encoding: 'gb18030' });
      const file = new File([new Uint8Array([0xbd, 0xbb, 0xd2, 0xd7])], '流水.csv', { type: 'text/csv' });
      fireEvent.change(screen.getByTestId('import-csv'), { target: { files: [file] } });
      expect((await screen.findByTestId('import-result')).textContent).toContain('5000');
      expect(sent.map((x) => x.url)).toEqual(['/payments/bank-statements']);
      expect(sent[0].body.get('file')).toBeInstanceOf(File);
    });
  });
});
