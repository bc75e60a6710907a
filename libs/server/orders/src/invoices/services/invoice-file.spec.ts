import { invoiceNoProblem, sniffInvoiceFile, zipEntryNames } from './invoice-file';
import { fakeInvoiceOfd, fakeInvoicePdf, zipOf } from '../testing/invoice-files.fixture';

describe('invoice files are recognised by their bytes', () => {
  it('a PDF by its header, an OFD package by OFD.xml at its root', () => {
    expect(sniffInvoiceFile(fakeInvoicePdf('âãÏÓ'))).toBe('pdf');
    const ofd = fakeInvoiceOfd();
    expect(zipEntryNames(ofd)).toEqual(['OFD.xml', 'Doc_0/Document.xml']);
    expect(sniffInvoiceFile(ofd)).toBe('ofd');
  });

  it('refuses other ZIPs (an XLSX), images and text named .pdf', () => {
    expect(sniffInvoiceFile(zipOf({ '[Content_Types].xml': '<Types/>' }))).toBeNull();
    expect(sniffInvoiceFile(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))).toBeNull();
    expect(sniffInvoiceFile(Buffer.from('not a pdf at all'))).toBeNull();
    expect(sniffInvoiceFile(Buffer.alloc(0))).toBeNull();
  });

  it('invoice numbers: 20 digits (数电票) or 8 digits', () => {
    expect(invoiceNoProblem('26142000000012345678')).toBeNull();
    expect(invoiceNoProblem('01234567')).toBeNull();
    expect(invoiceNoProblem('')).toBe('请填写发票号码');
    expect(invoiceNoProblem('2614200000001234567X')).toMatch(/20 位数字/);
  });
});
