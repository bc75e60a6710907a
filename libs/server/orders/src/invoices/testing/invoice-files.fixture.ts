/**
 * Fake invoice files for tests, one copy for the unit spec of invoice-file.ts and the API suites (the stand-in
 * 数电票 platform and the upload tests): a PDF with just enough of a header, and a stored ZIP for OFD packages or
 * anything else that is a ZIP (an XLSX renamed .ofd). Not exported from the library: tests import it by path.
 */

/** A small PDF: the `%PDF-` header the upload checks, a catalog object and the end marker; `note` goes in a comment. */
export function fakeInvoicePdf(note?: string): Buffer {
  return Buffer.from(`%PDF-1.7\n${note ? `% ${note}\n` : ''}1 0 obj << /Type /Catalog >> endobj\n%%EOF\n`, 'utf8');
}

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

/** A minimal OFD package (GB/T 33190): OFD.xml at its root. */
export function fakeInvoiceOfd(): Buffer {
  return zipOf({ 'OFD.xml': '<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016"/>', 'Doc_0/Document.xml': '<ofd:Document/>' });
}
