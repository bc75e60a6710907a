import { describe, expect, it } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { INVOICE_REQUESTS_QUERY } from '../../invoices/graphql/invoices.documents';
import { SUPPLIER_ORDERS_QUERY } from '../graphql/supplier-orders.documents';
import { renderWithProviders } from '../../../test/render';
import { SupplierOrdersPage } from './SupplierOrdersPage';

const noOrders = (status: string | null) => ({
  request: {
    query: SUPPLIER_ORDERS_QUERY,
    variables: { first: 10, after: null, status, from: null, to: null, sort: 'CREATED_AT', direction: 'DESC' },
  },
  result: {
    data: {
      __typename: 'Query' as const,
      supplierOrders: {
        __typename: 'OrderConnection' as const,
        totalCount: 0,
        pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null },
        edges: [],
      },
    },
  },
});
const noInvoiceRequests = {
  request: { query: INVOICE_REQUESTS_QUERY },
  result: { data: { __typename: 'Query' as const, invoiceProviderAvailable: false, invoiceRequests: [] } },
};

describe('SupplierOrdersPage', () => {
  it('names the status that hid every order, and 查看全部订单 clears it', async () => {
    renderWithProviders(<SupplierOrdersPage />, {
      mocks: [noInvoiceRequests, noOrders('to_ship'), noOrders(null), noInvoiceRequests],
    });
    expect(await screen.findByText('没有「待发货」的订单')).toBeTruthy();
    fireEvent.click(screen.getByTestId('supplier-orders-show-all'));
    expect(await screen.findByText('还没有订单')).toBeTruthy();
    expect(screen.queryByTestId('supplier-orders-show-all')).toBeNull();
  });
});
