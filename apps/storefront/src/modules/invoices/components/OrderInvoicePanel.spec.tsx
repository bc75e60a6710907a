import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { ME_QUERY } from '../../auth/graphql/auth.documents';
import { sessionUser } from '../../../test/fixtures';
import { messageUnder, refusedFields } from '../../../test/refusals';
import { renderWithProviders, signedInStore } from '../../../test/render';
import { ORDER_INVOICE_QUERY, REQUEST_INVOICE } from '../graphql/invoices.documents';
import { OrderInvoicePanel } from './OrderInvoicePanel';

const buyer = sessionUser({ id: 'buyer-1' });
const me = { request: { query: ME_QUERY }, result: { data: { __typename: 'Query' as const, me: buyer } } };
const order = {
  request: { query: ORDER_INVOICE_QUERY, variables: { id: 'o1' } },
  result: {
    data: {
      __typename: 'Query' as const,
      order: {
        __typename: 'Order' as const,
        id: 'o1',
        orderNo: 'YG1',
        status: 'paid',
        buyerId: 'buyer-1',
        unitId: null,
        invoice: null,
        issuedInvoice: null,
      },
    },
  },
};

/** The inputs of the request form, by their names. */
const input = (name: string) => document.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;

describe('OrderInvoicePanel (the buyer’s invoice request on the order)', () => {
  it('a 专票 refused on several fields says each message under its own field at once, none below the form', async () => {
    renderWithProviders(<OrderInvoicePanel orderId="o1" />, {
      store: signedInStore(),
      mocks: [
        me,
        order,
        refusedFields(
          REQUEST_INVOICE,
          ['title', '发票抬头为 2–60 个字'],
          ['taxNo', '开具专票需要填写纳税人识别号'],
          ['bankName', '开具专票需要填写开户银行'],
          ['bankAccount', '开具专票需要填写银行账号'],
          ['address', '开具专票需要填写单位注册地址'],
          ['phone', '开具专票需要填写单位注册电话'],
        ),
      ],
    });
    fireEvent.click(await screen.findByTestId('invoice-request-open'));
    fireEvent.click(screen.getByTestId('invoice-kind-special'));
    fireEvent.change(input('invoiceTitle'), { target: { value: '汾' } });
    fireEvent.click(screen.getByTestId('invoice-request-submit'));
    await waitFor(() => expect(messageUnder(input('invoicePhone'))).toBe('开具专票需要填写单位注册电话'));
    expect(
      ['invoiceTitle', 'taxNo', 'bankName', 'bankAccount', 'invoiceAddress', 'invoicePhone'].map((name) => [
        name,
        messageUnder(input(name)),
        input(name).getAttribute('aria-invalid'),
      ]),
    ).toEqual([
      ['invoiceTitle', '发票抬头为 2–60 个字', 'true'],
      ['taxNo', '开具专票需要填写纳税人识别号', 'true'],
      ['bankName', '开具专票需要填写开户银行', 'true'],
      ['bankAccount', '开具专票需要填写银行账号', 'true'],
      ['invoiceAddress', '开具专票需要填写单位注册地址', 'true'],
      ['invoicePhone', '开具专票需要填写单位注册电话', 'true'],
    ]);
    expect(screen.queryByTestId('invoice-request-error')).toBeNull();
  });
});
