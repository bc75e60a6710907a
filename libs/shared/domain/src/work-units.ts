/**
 * The work-unit import sheet's columns, in the template's order: the header the template writes (`zh`), the
 * column's English name, and the other headers the server also accepts (`also`). The server finds columns by
 * these headers; the storefront writes its template and names a row error's column from them.
 */
export const WORK_UNIT_IMPORT_COLUMNS = {
  name: { zh: '单位名称', en: 'Unit name', also: ['name'] },
  regionCode: { zh: '行政区划代码', en: 'Region code', also: ['region_code', 'regionCode'] },
  parent: { zh: '主管单位', en: 'Parent unit', also: ['parent'] },
  headcount: { zh: '在编人数', en: 'Headcount', also: ['headcount'] },
  hasCanteen: { zh: '是否有食堂', en: 'Has canteen', also: ['has_canteen', 'hasCanteen'] },
  canteenBudgetYuan: {
    zh: '食堂采购预算（元）',
    en: 'Canteen budget (yuan)',
    also: ['食堂采购预算(元)', '食堂采购预算', 'canteen_budget_yuan'],
  },
} as const;

export type WorkUnitImportColumn = keyof typeof WORK_UNIT_IMPORT_COLUMNS;
