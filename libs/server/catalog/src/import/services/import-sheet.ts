import { PRODUCT_CATEGORIES, PRODUCT_CATEGORY_LABELS, ProductCategory } from '@yigou/shared/domain';
import { MoneyError, yuanToFen, type Fen } from '@yigou/shared/money';
import { readTable, sheetFormatOf, SpreadsheetError, TableRow, writeCsv, writeWorkbook } from '@yigou/server/spreadsheet';
import { skuProblem } from '../../products/services/product-management.service';
import type { ImportRowError } from '../dto/import-row-error.types';

/** The template's columns, in order. Header text is what people see; `key` is what the code reads. */
export const IMPORT_COLUMNS = [
  { key: 'name', header: '商品名称', required: true, example: '汾西玉露香梨' },
  { key: 'category', header: '分类', required: true, example: '水果' },
  { key: 'spec', header: '规格', required: true, example: '5kg 礼盒（12–16 个）' },
  { key: 'unit', header: '单位', required: true, example: '箱' },
  { key: 'price', header: '价格（元）', required: true, example: '68.00' },
  { key: 'stock', header: '库存', required: true, example: '200' },
  { key: 'weight', header: '重量（克）', required: false, example: '5000' },
  { key: 'origin', header: '产地代码', required: false, example: '' },
  { key: 'description', header: '商品描述', required: false, example: '皮薄多汁，入口即化' },
] as const;
export type ImportColumnKey = (typeof IMPORT_COLUMNS)[number]['key'];

export const MAX_IMPORT_ROWS = 20_000;

export interface ImportRow {
  row: number;
  name: string;
  category: ProductCategory;
  spec: string;
  unit: string;
  priceFen: Fen;
  stock: number;
  weightGrams: number | null;
  originCode: string | null;
  description: string | null;
}

const CATEGORY_BY_TEXT = new Map<string, ProductCategory>();
for (const c of PRODUCT_CATEGORIES) {
  CATEGORY_BY_TEXT.set(c, c);
  CATEGORY_BY_TEXT.set(PRODUCT_CATEGORY_LABELS[c].zh, c);
  CATEGORY_BY_TEXT.set(PRODUCT_CATEGORY_LABELS[c].en.toLowerCase(), c);
}

export class SheetFormatError extends Error {}

/** Reads the raw cell texts of a CSV (UTF-8 or GBK) or XLSX file (header row first). */
export async function readSheet(fileName: string, bytes: Buffer): Promise<string[][]> {
  return (await readSheetRows(fileName, bytes)).map((r) => r.cells);
}

/** The same rows with their row numbers in the file (blank rows are skipped, so they may jump). */
export async function readSheetRows(fileName: string, bytes: Buffer): Promise<TableRow[]> {
  const format = sheetFormatOf(fileName);
  if (!format) throw new SheetFormatError('只支持 .xlsx 或 .csv 文件');
  try {
    return (await readTable(bytes, { format, columns: format === 'xlsx' ? IMPORT_COLUMNS.length : undefined, messages: SHEET_MESSAGES }))
      .rows;
  } catch (e) {
    if (e instanceof SpreadsheetError && e.kind === 'empty') return [];
    throw e instanceof SpreadsheetError ? new SheetFormatError(e.message) : e;
  }
}

const SHEET_MESSAGES = { 'unreadable-xlsx': 'XLSX 文件无法读取，请使用下载的模板' };

/**
 * Validates every data row; returns the good rows and every problem by row and column (in Chinese). `rowNumbers`
 * are the rows' numbers in the file (readSheetRows); without them row i is numbered i + 1.
 */
export function validateRows(
  rows: string[][],
  knownRegions: Set<string>,
  rowNumbers?: readonly number[],
): { valid: ImportRow[]; errors: ImportRowError[]; total: number } {
  if (rows.length === 0) throw new SheetFormatError('文件是空的');
  const header = rows[0].map((h) =>
    String(h ?? '')
      .trim()
      .replace(/\*$/, ''),
  );
  const missing = IMPORT_COLUMNS.filter((c, i) => c.required && header[i] !== c.header);
  if (missing.length)
    throw new SheetFormatError(
      `表头与模板不一致：第 ${IMPORT_COLUMNS.indexOf(missing[0]) + 1} 列应为「${missing[0].header}」，请使用下载的模板`,
    );
  const data = rows.slice(1);
  if (data.length === 0) throw new SheetFormatError('文件中没有商品数据');
  if (data.length > MAX_IMPORT_ROWS) throw new SheetFormatError(`一次最多导入 ${MAX_IMPORT_ROWS} 行，请拆分文件`);
  const valid: ImportRow[] = [];
  const errors: ImportRowError[] = [];
  const seen = new Map<string, { row: number; category: ProductCategory }>();
  data.forEach((cells, i) => {
    const rowNo = rowNumbers?.[i + 1] ?? i + 2;
    const get = (k: ImportColumnKey) => String(cells[IMPORT_COLUMNS.findIndex((c) => c.key === k)] ?? '').trim();
    const col = (k: ImportColumnKey) => IMPORT_COLUMNS.find((c) => c.key === k)!.header;
    const rowErrors: ImportRowError[] = [];
    const err = (k: ImportColumnKey, message: string) => rowErrors.push({ row: rowNo, column: col(k), message });
    for (const c of IMPORT_COLUMNS) if (c.required && !get(c.key)) err(c.key, `请填写${c.header}`);
    const name = get('name');
    if (name && (name.length < 2 || name.length > 60)) err('name', '商品名称应为2到60个字');
    const category = CATEGORY_BY_TEXT.get(get('category').toLowerCase());
    if (get('category') && !category)
      err('category', `分类「${get('category')}」不存在，可选：${PRODUCT_CATEGORIES.map((c) => PRODUCT_CATEGORY_LABELS[c].zh).join('、')}`);
    if (get('spec').length > 60) err('spec', '规格不能超过60个字');
    if (get('unit').length > 10) err('unit', '单位不能超过10个字');
    let priceFen: number | null = null;
    if (get('price')) {
      try {
        priceFen = yuanToFen(get('price'));
      } catch (e) {
        err('price', e instanceof MoneyError ? '价格格式不正确，最多两位小数（不能有分以下的金额）' : '价格格式不正确');
      }
    }
    const stockText = get('stock');
    const stock = /^-?\d+$/.test(stockText) ? Number(stockText) : null;
    if (stockText && stock === null) err('stock', '库存必须是整数');
    const weightText = get('weight');
    const weight = weightText ? (/^\d+$/.test(weightText) ? Number(weightText) : NaN) : null;
    if (weightText && Number.isNaN(weight)) err('weight', '重量必须是整数克');
    if (priceFen !== null) {
      const p = skuProblem({ priceFen, stock, weightGrams: weight !== null && !Number.isNaN(weight) ? weight : null });
      if (p) err(p.field === 'priceFen' ? 'price' : p.field === 'stock' ? 'stock' : 'weight', p.message);
    } else if (stock !== null && stock < 0) err('stock', '库存不能小于0');
    const origin = get('origin');
    if (origin && !knownRegions.has(origin)) err('origin', `产地代码 ${origin.slice(0, 12)} 不存在`);
    if (get('description').length > 5000) err('description', '商品描述不能超过5000个字');
    if (name && category) {
      const first = seen.get(name);
      if (first && first.category !== category) err('category', `与第 ${first.row} 行同名商品的分类不一致`);
    }
    if (name && category && !seen.has(name) && rowErrors.length === 0) seen.set(name, { row: rowNo, category });
    if (rowErrors.length) {
      errors.push(...rowErrors);
      return;
    }
    valid.push({
      row: rowNo,
      name,
      category: category!,
      spec: get('spec'),
      unit: get('unit'),
      priceFen: priceFen!,
      stock: stock!,
      weightGrams: weight,
      originCode: origin || null,
      description: get('description') || null,
    });
  });
  // the same product and spec twice is a duplicate row
  const keys = new Map<string, number>();
  const dupRows = new Set<number>();
  for (const r of valid) {
    const k = `${r.name}\u0000${r.spec}`;
    const first = keys.get(k);
    if (first !== undefined) {
      errors.push({ row: r.row, column: '规格', message: `与第 ${first} 行重复（同一商品的同一规格）` });
      dupRows.add(r.row);
    } else keys.set(k, r.row);
  }
  errors.sort((a, b) => a.row - b.row);
  return { valid: valid.filter((r) => !dupRows.has(r.row)), errors, total: data.length };
}

/** The template as XLSX (with an example row and a notes sheet) or CSV (UTF-8 with BOM, for Excel). */
export async function templateFile(format: 'xlsx' | 'csv'): Promise<Buffer> {
  if (format === 'csv') return writeCsv([IMPORT_COLUMNS.map((c) => c.header), IMPORT_COLUMNS.map((c) => c.example)]);
  const hints: Record<ImportColumnKey, string> = {
    name: '同名的多行视为同一商品的多个规格',
    category: PRODUCT_CATEGORIES.map((c) => PRODUCT_CATEGORY_LABELS[c].zh).join('、'),
    spec: '如 5kg 礼盒',
    unit: '如 箱、袋、个',
    price: '单位元，最多两位小数，大于0',
    stock: '不小于0的整数',
    weight: '整数克，可不填',
    origin: '行政区划代码（县或村），可不填',
    description: '可不填',
  };
  return writeWorkbook([
    { name: '商品', columns: IMPORT_COLUMNS.map((c) => ({ header: c.header, width: 18 })), rows: [IMPORT_COLUMNS.map((c) => c.example)] },
    {
      name: '填写说明',
      columns: [
        { header: '列', width: 18 },
        { header: '必填', width: 8 },
        { header: '说明', width: 40 },
      ],
      rows: IMPORT_COLUMNS.map((c) => [c.header, c.required ? '是' : '否', hints[c.key]]),
    },
  ]);
}
