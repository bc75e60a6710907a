import ExcelJS from 'exceljs';
import { parseCsv, TableRow } from './csv';
import { defaultMessage, SpreadsheetError, SpreadsheetErrorKind, SpreadsheetMessages } from './spreadsheet-error';
import { decodeText, TextEncodingName } from './text-encoding';

export type SheetFormat = 'xlsx' | 'csv';

export interface ReadTableOptions {
  /** From the file name or the request; when absent, told from the bytes (an XLSX file is a ZIP archive). */
  format?: SheetFormat;
  /** Read only the first n columns (a template's); cells beyond are ignored. */
  columns?: number;
  /** At most this many rows after the header row; more is a `too-many-rows` error. */
  maxRows?: number;
  /** Trim CSV cells (XLSX cells are always trimmed). */
  trim?: boolean;
  /** The caller's own words for any kind of error. */
  messages?: SpreadsheetMessages;
}

export interface Table {
  format: SheetFormat;
  /** The CSV's encoding as detected (UTF-8 with or without BOM, UTF-16 with BOM, else GB18030/GBK); null for XLSX. */
  encoding: TextEncodingName | null;
  /** Non-empty rows, header row first, each with its row number in the file. */
  rows: TableRow[];
}

/** .xlsx or .csv from a file name (any case), or null. */
export function sheetFormatOf(fileName: string): SheetFormat | null {
  const ext = /\.(xlsx|csv)$/i.exec(fileName)?.[1]?.toLowerCase();
  return ext === 'xlsx' || ext === 'csv' ? ext : null;
}

/** XLSX (a ZIP archive: "PK\x03\x04") or CSV, from the bytes. */
export function detectFormat(bytes: Buffer): SheetFormat {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04 ? 'xlsx' : 'csv';
}

function fail(kind: SpreadsheetErrorKind, options: ReadTableOptions, values: { detail?: string; rows?: number } = {}): never {
  throw new SpreadsheetError(
    kind,
    options.messages?.[kind] ?? defaultMessage(kind, { ...values, maxRows: options.maxRows }),
    values.detail ?? null,
  );
}

/**
 * Reads the first worksheet of an XLSX file, or a CSV file in UTF-8 (with or without BOM) or GBK/GB18030, into
 * rows of cell texts with their row numbers. Rows with no text are left out. Throws `SpreadsheetError` (Chinese
 * message) for a file that cannot be read, has no rows, or has more than `maxRows` rows under the header.
 */
export async function readTable(bytes: Buffer, options: ReadTableOptions = {}): Promise<Table> {
  const format = options.format ?? detectFormat(bytes);
  let rows: TableRow[];
  let encoding: TextEncodingName | null = null;
  if (format === 'csv') {
    const decoded = decodeText(bytes);
    encoding = decoded.encoding;
    try {
      rows = parseCsv(decoded.text, { trim: options.trim });
    } catch (e) {
      const detail = e instanceof SpreadsheetError ? (e.detail ?? undefined) : undefined;
      fail('unreadable-csv', options, { detail });
    }
    if (options.columns !== undefined) rows = rows.map((r) => ({ number: r.number, cells: r.cells.slice(0, options.columns) }));
  } else {
    rows = await readWorksheet(bytes, options);
  }
  if (rows.length === 0) fail('empty', options);
  if (options.maxRows !== undefined && rows.length - 1 > options.maxRows) fail('too-many-rows', options, { rows: rows.length - 1 });
  return { format, encoding, rows };
}

async function readWorksheet(bytes: Buffer, options: ReadTableOptions): Promise<TableRow[]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    fail('unreadable-xlsx', options, { detail: String((e as Error)?.message ?? e).slice(0, 120) });
  }
  const ws = wb.worksheets[0];
  if (!ws) fail('no-worksheet', options);
  const width = options.columns ?? ws.columnCount;
  const rows: TableRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value));
    if (cells.some((c) => c !== '')) rows.push({ number: row.number, cells });
  });
  return rows;
}

/** What a person sees in a cell, trimmed: formulas by their result, dates as YYYY-MM-DD, links by their text. */
export function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('result' in v) {
      const r = v.result;
      if (r instanceof Date) return r.toISOString().slice(0, 10);
      return r === undefined || r === null || typeof r === 'object' ? '' : String(r).trim();
    }
    if ('richText' in v)
      return v.richText
        .map((t) => t.text)
        .join('')
        .trim();
    if ('text' in v) return String(v.text).trim();
    return '';
  }
  return String(v).trim();
}

/** A data row keyed by the header row's (trimmed) texts, with its row number. */
export interface SheetRecord {
  row: number;
  values: Record<string, string>;
}

/** The rows under the header as records keyed by the header's texts; cells are trimmed, missing ones are ''. */
export function recordsOf(rows: readonly TableRow[]): SheetRecord[] {
  if (rows.length === 0) return [];
  const header = rows[0].cells.map((h) => h.trim());
  return rows.slice(1).map((r) => ({ row: r.number, values: Object.fromEntries(header.map((h, i) => [h, (r.cells[i] ?? '').trim()])) }));
}

/**
 * Where each wanted column stands in a header row, by any of its accepted names (Chinese first, e.g.
 * `{ name: ['单位名称', 'name'] }`); -1 for a column the header lacks.
 */
export function columnIndexes<K extends string>(
  header: readonly string[],
  names: Readonly<Record<K, readonly string[]>>,
): Record<K, number> {
  const trimmed = header.map((h) => h.trim());
  const out = {} as Record<K, number>;
  for (const key of Object.keys(names) as K[]) out[key] = trimmed.findIndex((h) => names[key].includes(h));
  return out;
}
