import { parse } from 'csv-parse/sync';
import { defaultMessage, SpreadsheetError, SpreadsheetMessages } from './spreadsheet-error';

/** One line of a table with the row (CSV line, XLSX row) it starts on, for error messages. */
export interface TableRow {
  number: number;
  cells: string[];
}

/**
 * Parses CSV text (a leading byte-order mark is dropped) into rows; empty lines are skipped, rows may have fewer or
 * more cells than the header. `trim` trims every cell.
 */
export function parseCsv(text: string, options: { trim?: boolean; messages?: SpreadsheetMessages } = {}): TableRow[] {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), {
      relax_column_count: true,
      skip_empty_lines: true,
      trim: options.trim ?? false,
      info: true,
    }) as unknown as typeof records;
  } catch (e) {
    const detail = (e as Error).message.slice(0, 120);
    throw new SpreadsheetError(
      'unreadable-csv',
      options.messages?.['unreadable-csv'] ?? defaultMessage('unreadable-csv', { detail }),
      detail,
    );
  }
  // info.lines is the line a record ends on; a quoted cell may span lines
  return records.map(({ record, info }) => ({
    number: info.lines - record.reduce((n, c) => n + (c.match(/\n/g)?.length ?? 0), 0),
    cells: record,
  }));
}

/** Quotes a cell when it holds a comma, a quote or a line break. */
function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Rows as CSV in UTF-8 with a byte-order mark, which Excel needs to open Chinese text from a double click.
 * `eol` is CRLF (what Excel writes) unless told.
 */
export function writeCsv(rows: readonly (readonly string[])[], options: { eol?: '\r\n' | '\n' } = {}): Buffer {
  const eol = options.eol ?? '\r\n';
  const text = rows.map((r) => r.map(csvCell).join(',')).join(eol) + eol;
  return Buffer.concat([Buffer.from('\uFEFF', 'utf8'), Buffer.from(text, 'utf8')]);
}
