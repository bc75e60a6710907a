import ExcelJS from 'exceljs';

export type CellValue = string | number | boolean | Date | null | undefined;

export interface SheetColumn {
  /** The header row's text (bold). */
  header: string;
  /** The key of this column in object rows. */
  key?: string;
  /** Characters; 16 unless told. */
  width?: number;
  /** Excel number format of the whole column, e.g. '#,##0.00' or '0.00%'. */
  numFmt?: string;
}

/** A row outside the data (a subtitle, totals, signatures): its cells, bold or not, or merged across the columns. */
export interface SheetLine {
  cells: CellValue[];
  bold?: boolean;
  /** merge the row's cells across all columns (the text of the first cell shows) */
  mergeAcross?: boolean;
}

export interface SheetSpec {
  /** The worksheet's name (Excel allows 31 characters; longer is cut). */
  name: string;
  /** A first row in bold 14 pt merged across the columns, like an office's table title. */
  title?: string;
  /** Rows between the title and the header. */
  above?: SheetLine[];
  /** The columns; their headers make the bold header row. Without columns the sheet is the rows as they are. */
  columns?: SheetColumn[];
  /** Data rows: cell arrays in column order, or objects by column key. */
  rows: (CellValue[] | Record<string, CellValue>)[];
  /** Rows after the data: totals (bold), notes, signature lines. */
  below?: SheetLine[];
  /** Cells merged down the given columns (1-based) over data rows `from`..`to` (0-based indexes into `rows`). */
  mergeDown?: { from: number; to: number; columns: number[] }[];
  /** Print on landscape A4, one page wide. */
  landscape?: boolean;
}

const DEFAULT_WIDTH = 16;

function addLine(ws: ExcelJS.Worksheet, line: SheetLine, width: number): void {
  const row = ws.addRow(line.cells);
  if (line.bold) row.font = { bold: true };
  if (line.mergeAcross && width > 1) ws.mergeCells(row.number, 1, row.number, width);
}

/** Writes sheets into one XLSX file: our exports' house style (bold headers, titles, widths, number formats). */
export async function writeWorkbook(sheets: readonly SheetSpec[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Yigou 以购';
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name.slice(0, 31));
    const columns = s.columns ?? [];
    const width = Math.max(columns.length, 1);
    columns.forEach((c, i) => {
      const col = ws.getColumn(i + 1);
      if (c.key) col.key = c.key;
      col.width = c.width ?? DEFAULT_WIDTH;
      if (c.numFmt) col.numFmt = c.numFmt;
    });
    if (s.title !== undefined) {
      const title = ws.addRow([s.title]);
      if (width > 1) ws.mergeCells(title.number, 1, title.number, width);
      title.font = { bold: true, size: 14 };
    }
    for (const line of s.above ?? []) addLine(ws, line, width);
    if (columns.length) ws.addRow(columns.map((c) => c.header)).font = { bold: true };
    const first = ws.rowCount + 1;
    for (const r of s.rows) ws.addRow(r);
    for (const m of s.mergeDown ?? []) {
      if (m.to > m.from) for (const c of m.columns) ws.mergeCells(first + m.from, c, first + m.to, c);
    }
    for (const line of s.below ?? []) addLine(ws, line, width);
    if (s.landscape) ws.pageSetup = { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 };
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
