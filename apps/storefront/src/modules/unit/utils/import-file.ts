/** The spreadsheet formats the import takes. */
export type UnitImportFormat = 'xlsx' | 'csv';

/** What POST /uploads/work-units answers. */
export interface UnitImportResult {
  created: number;
  errors: { row: number; field: string; message: string }[];
}

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** The spreadsheet columns the server reads, by the field name its row errors use. */
export const IMPORT_COLUMNS: Record<string, { zh: string; en: string }> = {
  name: { zh: '单位名称', en: 'Unit name' },
  regionCode: { zh: '行政区划代码', en: 'Region code' },
  parent: { zh: '主管单位', en: 'Parent unit' },
  headcount: { zh: '在编人数', en: 'Headcount' },
  hasCanteen: { zh: '是否有食堂', en: 'Has canteen' },
  canteenBudgetYuan: { zh: '食堂采购预算（元）', en: 'Canteen budget (yuan)' },
  content: { zh: '文件', en: 'File' },
};

export const TEMPLATE_CSV = [
  '单位名称,行政区划代码,主管单位,在编人数,是否有食堂,食堂采购预算（元）',
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
