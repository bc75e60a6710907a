import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render';
import { PROCUREMENT_LIST_QUERY } from '../graphql/invoices.documents';
import { ProcurementListPage } from './ProcurementListPage';

const list = {
  __typename: 'ProcurementList' as const,
  title: '汾西县第一中学 2026 年 12 月消费帮扶采购清单',
  unitName: '汾西县第一中学',
  month: '2026-12',
  totalFen: '13500',
  totalUppercase: '壹佰叁拾伍元整',
  // 05:35 on 7 December in Shanghai, still the 6th in UTC
  generatedAt: '2026-12-06T21:35:00.000Z',
  orders: [
    {
      __typename: 'ProcurementListOrder' as const,
      orderId: 'o1',
      orderNo: 'YG202612070000001',
      placedOn: '2026-12-07',
      supplierName: '汾西县洪昌养殖有限公司',
      shippingFen: '0',
      totalFen: '13500',
      refundedFen: '0',
      netFen: '13500',
      invoiceNo: null,
      invoiceStatus: '未申请',
      countingStatus: '已计入下单额',
      lines: [
        {
          __typename: 'ProcurementListLine' as const,
          productName: '冷鲜整鸡',
          spec: '约 1.5kg/只',
          quantity: 3,
          unitPriceFen: '4500',
          amountFen: '13500',
        },
      ],
    },
  ],
};

describe('ProcurementListPage', () => {
  it('writes 制表日期 as the Shanghai day in the same form as 下单日期 (2026-12-07, not 2026/12/7)', async () => {
    renderWithProviders(<ProcurementListPage />, {
      route: '/papers/procurement?order=o1',
      mocks: [{ request: { query: PROCUREMENT_LIST_QUERY, variables: { orderId: 'o1' } }, result: { data: { procurementList: list } } }],
    });
    expect((await screen.findByTestId('procurement-made-on')).textContent).toBe('2026-12-07');
    expect(screen.getByTestId('procurement-order').textContent).toContain('2026-12-07');
  });
});
