/**
 * Pure checks on an issued invoice: its number and its file, decided from the bytes (never from the name or
 * the type the browser claims). PDF starts with "%PDF-"; OFD (GB/T 33190, the 数电票 format) is a ZIP package
 * whose root holds OFD.xml.
 */
export type InvoiceFileFormat = 'pdf' | 'ofd';

export const INVOICE_CONTENT_TYPES: Record<InvoiceFileFormat, string> = { pdf: 'application/pdf', ofd: 'application/ofd' };

/** A file's format by its content, or null when it is neither a PDF nor an OFD package. */
export function sniffInvoiceFile(bytes: Buffer): InvoiceFileFormat | null {
  if (bytes.length >= 8 && bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (bytes.length >= 30 && bytes.readUInt32LE(0) === 0x04034b50 && zipEntryNames(bytes).some((n) => n === 'OFD.xml')) return 'ofd';
  return null;
}

/** The entry names of a ZIP's central directory (empty when it cannot be read). */
export function zipEntryNames(bytes: Buffer): string[] {
  // End of central directory: signature 0x06054b50, at most 64 KB of comment after it.
  const from = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= from; i--) {
    if (bytes.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return [];
  const count = bytes.readUInt16LE(eocd + 10);
  let p = bytes.readUInt32LE(eocd + 16);
  const names: string[] = [];
  for (let k = 0; k < count; k++) {
    if (p + 46 > bytes.length || bytes.readUInt32LE(p) !== 0x02014b50) return [];
    const nameLen = bytes.readUInt16LE(p + 28);
    const extraLen = bytes.readUInt16LE(p + 30);
    const commentLen = bytes.readUInt16LE(p + 32);
    names.push(bytes.subarray(p + 46, p + 46 + nameLen).toString('utf8'));
    p += 46 + nameLen + extraLen + commentLen;
  }
  return names;
}

/** 数电票 numbers have 20 digits; the older 增值税电子发票 8 (with a 10/12-digit code). */
export const INVOICE_NO = /^(\d{8}|\d{20})$/;

export function invoiceNoProblem(no: string | undefined | null): string | null {
  const v = (no ?? '').trim();
  if (!v) return '请填写发票号码';
  if (!INVOICE_NO.test(v)) return '发票号码应为 20 位数字（数电票）或 8 位数字';
  return null;
}
