import { badInput } from '@yigou/server/core';
import { readTable, recordsOf, SheetRecord, SpreadsheetError } from '@yigou/server/spreadsheet';

/** An uploaded registry spreadsheet for one county (multipart upload, or the deprecated base64 mutation). */
export interface SheetFile {
  countyCode: string;
  format: string;
  bytes: Buffer;
}

const UNREADABLE = '无法读取文件，请上传 xlsx 或 csv 文件（UTF-8 或 GBK 编码）';

/** A registry file's rows keyed by its header row (the shared reader; this domain's words for a bad file). */
export async function readRegistrySheet(input: SheetFile): Promise<SheetRecord[]> {
  try {
    const { rows } = await readTable(input.bytes, {
      format: input.format === 'csv' ? 'csv' : 'xlsx',
      messages: { 'unreadable-csv': UNREADABLE, 'unreadable-xlsx': UNREADABLE, 'no-worksheet': '文件是空的' },
    });
    return recordsOf(rows);
  } catch (e) {
    throw e instanceof SpreadsheetError ? badInput(e.message, 'file') : e;
  }
}
