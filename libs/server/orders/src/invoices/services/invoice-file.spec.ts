import { invoiceNoProblem, sniffInvoiceFile, zipEntryNames } from './invoice-file';

/** A minimal stored (uncompressed) ZIP with the given entries. */
export function zipOf(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const n = Buffer.from(name, 'utf8');
    const data = Buffer.from(text, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(n.length, 26);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(n.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, n, data);
    centrals.push(central, n);
    offset += 30 + n.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

describe('invoice files are recognised by their bytes', () => {
  it('a PDF by its header, an OFD package by OFD.xml at its root', () => {
    expect(sniffInvoiceFile(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'))).toBe('pdf');
    const ofd = zipOf({ 'OFD.xml': '<ofd:OFD/>', 'Doc_0/Document.xml': '<x/>' });
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
