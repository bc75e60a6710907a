import { IMPORT_COLUMNS, readSheet, SheetFormatError, templateFile, validateRows } from './import-sheet';

const HEADER = IMPORT_COLUMNS.map((c) => c.header);
const row = (over: Partial<Record<string, string>> = {}) => {
  const base: Record<string, string> = {
    name: '玉露香梨',
    category: '水果',
    spec: '5kg',
    unit: '箱',
    price: '68',
    stock: '10',
    weight: '',
    origin: '',
    description: '',
  };
  const v = { ...base, ...over };
  return IMPORT_COLUMNS.map((c) => v[c.key] ?? '');
};

describe('spreadsheet rows', () => {
  it('turns yuan into fen exactly and groups SKUs by product name', () => {
    const { valid, errors } = validateRows([HEADER, row({ price: '68.5' }), row({ spec: '10kg', price: '0.01' })], new Set());
    expect(errors).toEqual([]);
    expect(valid.map((r) => [r.name, r.spec, r.priceFen])).toEqual([
      ['玉露香梨', '5kg', 6850],
      ['玉露香梨', '10kg', 1],
    ]);
  });

  it('reports every problem of a row by its spreadsheet row number and column', () => {
    const { valid, errors } = validateRows([HEADER, row(), row({ name: '', price: '1.234', stock: '-1' })], new Set());
    expect(valid).toHaveLength(1);
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [3, '商品名称'],
      [3, '价格（元）'],
      [3, '库存'],
    ]);
  });

  it('flags the same product and spec twice, and one name under two categories', () => {
    const { errors } = validateRows([HEADER, row(), row(), row({ spec: '1kg', category: '蔬菜' })], new Set());
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [3, '规格'],
      [4, '分类'],
    ]);
  });

  it('refuses a header that is not the template’s, and an empty file', () => {
    expect(() => validateRows([['名字', '价格']], new Set())).toThrow(SheetFormatError);
    expect(() => validateRows([HEADER], new Set())).toThrow('没有商品数据');
  });

  it('reads back its own XLSX and CSV templates', async () => {
    for (const format of ['xlsx', 'csv'] as const) {
      const rows = await readSheet(`t.${format}`, await templateFile(format));
      expect(rows[0]).toEqual(HEADER);
      const { valid, errors } = validateRows(rows, new Set());
      expect(errors).toEqual([]);
      expect(valid[0]).toMatchObject({ name: '汾西玉露香梨', priceFen: 6800, stock: 200, weightGrams: 5000 });
    }
  });
});
