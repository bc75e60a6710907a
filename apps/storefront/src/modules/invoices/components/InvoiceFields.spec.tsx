import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render';
import { emptyDraft, invoiceInputOf, type InvoiceDraft } from '../utils/invoice-files';
import { InvoiceFields } from './InvoiceFields';

function Harness({ onValue }: { onValue: (d: InvoiceDraft) => void }) {
  const [d, setD] = useState(emptyDraft());
  return (
    <InvoiceFields
      value={d}
      onChange={(n) => {
        setD(n);
        onValue(n);
      }}
    />
  );
}

describe('InvoiceFields', () => {
  it('asks for the unit’s bank, account, address and phone only for a 专票, and sends them', () => {
    let last = emptyDraft();
    renderWithProviders(<Harness onValue={(d) => (last = d)} />);
    expect(document.querySelector('input[name="bankName"]')).toBeNull();
    fireEvent.click(screen.getByTestId('invoice-kind-special'));
    for (const [name, value] of [
      ['invoiceTitle', '汾西县第一中学'],
      ['taxNo', '12141034MB1234567X'],
      ['bankName', '中国农业银行汾西县支行'],
      ['bankAccount', '14450101040001234'],
      ['invoiceAddress', '汾西县永安镇府前街1号'],
      ['invoicePhone', '0357-7221234'],
    ]) {
      fireEvent.change(document.querySelector(`input[name="${name}"]`)!, { target: { value } });
    }
    expect(invoiceInputOf(last)).toEqual({
      kind: 'special',
      title: '汾西县第一中学',
      taxNo: '12141034MB1234567X',
      bankName: '中国农业银行汾西县支行',
      bankAccount: '14450101040001234',
      address: '汾西县永安镇府前街1号',
      phone: '0357-7221234',
    });
    // Back to 普票: the bank fields go, and are not sent.
    fireEvent.click(screen.getByTestId('invoice-kind-normal'));
    expect(document.querySelector('input[name="bankName"]')).toBeNull();
    expect(invoiceInputOf(last)).toEqual({ kind: 'normal', title: '汾西县第一中学', taxNo: '12141034MB1234567X' });
  });

  it('reads in English from the i18n dictionary', () => {
    renderWithProviders(<Harness onValue={() => undefined} />, { locale: 'en' });
    fireEvent.click(screen.getByTestId('invoice-kind-special'));
    for (const label of [
      'VAT general invoice (普票)',
      'VAT special invoice (专票)',
      'Invoice title (buyer name)',
      'Taxpayer ID',
      'Bank',
      'Registered address',
    ]) {
      expect(screen.getByText(label)).toBeTruthy();
    }
    expect(document.body.textContent).not.toMatch(/发票抬头|开户银行/);
  });
});
