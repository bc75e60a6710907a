import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { badInput } from '@yigou/server/core';

export type SheetRow = Record<string, string>;

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('text' in v && typeof v.text === 'string') return v.text;
    if ('result' in v) return v.result === undefined || v.result === null ? '' : String(v.result);
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    return '';
  }
  return String(v);
}

/** An uploaded registry spreadsheet for one county (multipart upload, or the deprecated base64 mutation). */
export interface SheetFile {
  countyCode: string;
  format: string;
  bytes: Buffer;
}

/** Reads the first sheet of an XLSX file, or a CSV file, into rows keyed by the header row (trimmed). */
export async function readSheet(format: string, buf: Buffer): Promise<SheetRow[]> {
  let matrix: string[][];
  try {
    if (format === 'csv') {
      const text = buf.toString('utf8').replace(/^\uFEFF/, '');
      matrix = parse(text, { skip_empty_lines: true, relax_column_count: true }) as string[][];
    } else {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(buf as unknown as ArrayBuffer);
      const ws = wb.worksheets[0];
      matrix = [];
      ws?.eachRow({ includeEmpty: false }, (row) => {
        const cells: string[] = [];
        for (let c = 1; c <= ws.columnCount; c++) cells.push(cellText(row.getCell(c).value));
        matrix.push(cells);
      });
    }
  } catch {
    throw badInput('无法读取文件，请上传 xlsx 或 UTF-8 编码的 csv 文件', 'file');
  }
  if (matrix.length === 0) throw badInput('文件是空的', 'file');
  const header = matrix[0].map((h) => h.trim());
  return matrix.slice(1).map((cells) => Object.fromEntries(header.map((h, i) => [h, (cells[i] ?? '').trim()])));
}

export interface SheetSpec {
  name: string;
  columns: { header: string; key: string; width?: number }[];
  rows: Record<string, string | number>[];
}

/** Writes sheets into an XLSX file, base64. */
export async function writeWorkbook(sheets: SheetSpec[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Yigou';
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name.slice(0, 31));
    ws.columns = s.columns.map((c) => ({ header: c.header, key: c.key, width: c.width ?? 16 }));
    ws.getRow(1).font = { bold: true };
    for (const r of s.rows) ws.addRow(r);
  }
  const out = await wb.xlsx.writeBuffer();
  return Buffer.from(out as ArrayBuffer).toString('base64');
}
