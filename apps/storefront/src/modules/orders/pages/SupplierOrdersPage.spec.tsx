import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { INVOICE_REQUESTS_QUERY } from '../../invoices/graphql/invoices.documents';
import { SUPPLIER_ORDERS_QUERY } from '../graphql/supplier-orders.documents';
import { renderWithProviders } from '../../../test/render';
import { SupplierOrdersPage } from './SupplierOrdersPage';

const noOrders = (status: string | null, first = 10) => ({
  request: {
    query: SUPPLIER_ORDERS_QUERY,
    variables: { first, after: null, status, from: null, to: null, sort: 'CREATED_AT', direction: 'DESC' },
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

  it('offers 10, 20 or 30 orders a page (a page of 50 would pass the query cost limit) and asks for the size chosen', async () => {
    renderWithProviders(<SupplierOrdersPage />, { mocks: [noInvoiceRequests, noOrders('to_ship'), noOrders('to_ship', 30)] });
    const size = (await screen.findByTestId('page-size')) as HTMLSelectElement;
    expect([...size.options].map((o) => [o.value, o.textContent])).toEqual([
      ['10', '10 条'],
      ['20', '20 条'],
      ['30', '30 条'],
    ]);
    fireEvent.change(size, { target: { value: '30' } });
    await waitFor(() => expect((screen.getByTestId('page-size') as HTMLSelectElement).value).toBe('30'));
    expect(await screen.findByText('没有「待发货」的订单')).toBeTruthy();
  });
});
