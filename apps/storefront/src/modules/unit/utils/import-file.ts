import { WORK_UNIT_IMPORT_COLUMNS } from '@yigou/shared/domain';

/** The spreadsheet formats the import takes. */
export type UnitImportFormat = 'xlsx' | 'csv';

/** What POST /uploads/work-units answers. */
export interface UnitImportResult {
  created: number;
  errors: { row: number; field: string; message: string }[];
}

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** The spreadsheet columns the server reads, by the field name its row errors use (`content`: the file as a whole). */
export const IMPORT_COLUMNS: Record<string, { zh: string; en: string }> = {
  ...WORK_UNIT_IMPORT_COLUMNS,
  content: { zh: '文件', en: 'File' },
};

export const TEMPLATE_CSV = [
  Object.values(WORK_UNIT_IMPORT_COLUMNS)
    .map((c) => c.zh)
    .join(','),
  '汾西县示例局,141034,汾西县人民政府办公室,30,否,0',
  '汾西县示例中心,141034,汾西县示例局,12,是,50000.00',
].join('\r\n');

/** The import format from the file name, or null for anything else. */
export function importFormatOf(fileName: string): UnitImportFormat | null {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.xlsx')) return 'xlsx';
  if (lower.endsWith('.csv')) return 'csv';
  return null;
}

/** A data: URL of the CSV template, with a BOM so that Excel reads the Chinese headers as UTF-8. */
export function templateHref(): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${TEMPLATE_CSV}`)}`;
}
