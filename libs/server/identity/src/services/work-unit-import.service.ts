import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { badInput, forbidden, RequestContext } from '@yigou/server/core';
import { queryNamed } from '@yigou/server/database';
import { WORK_UNIT_IMPORT_COLUMNS, WorkUnitImportColumn } from '@yigou/shared/domain';
import { columnIndexes, readTable, SpreadsheetError, TableRow } from '@yigou/server/spreadsheet';
import { ScopeDirectory } from './scope-directory';
import { WorkUnit } from '../entities/work-unit.entity';
import { UNITS_NAMED } from '../sql/work-unit.sql';

export interface UnitImportRowError {
  row: number;
  field: string;
  message: string;
}

export interface UnitImportResult {
  created: number;
  errors: UnitImportRowError[];
}

type ColumnKey = WorkUnitImportColumn;
/** Header names accepted in the spreadsheet: the template's (Chinese) first, then the others (English too). */
const COLUMNS = {} as Record<ColumnKey, readonly string[]>;
for (const key of Object.keys(WORK_UNIT_IMPORT_COLUMNS) as ColumnKey[])
  COLUMNS[key] = [WORK_UNIT_IMPORT_COLUMNS[key].zh, ...WORK_UNIT_IMPORT_COLUMNS[key].also];
const MAX_ROWS = 5000;
const TABLE_MESSAGES = {
  'unreadable-csv': 'CSV 文件无法解析',
  'unreadable-xlsx': 'XLSX 文件无法解析',
  empty: '文件中没有数据行',
  'too-many-rows': `一次最多导入 ${MAX_ROWS} 行`,
};

/**
 * Imports work units from XLSX or CSV. Every row is checked first; if any row
 * is wrong the result lists each error by row and nothing is written.
 */
@Injectable()
export class WorkUnitImportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly directory: ScopeDirectory,
  ) {}

  async importUnits(ctx: RequestContext, format: 'xlsx' | 'csv', bytes: Buffer): Promise<UnitImportResult> {
    ctx.requireUser();
    if (!ctx.hasRole('platform_admin') && !ctx.hasRole('finance_reviewer')) throw forbidden('只有平台管理员或财政部门可以导入单位');
    const table = await this.readTable(format, bytes);
    if (table.length < 2) throw badInput('文件中没有数据行', 'content');
    const cols = columnIndexes(table[0].cells, COLUMNS);
    const col = (key: ColumnKey) => cols[key];
    for (const key of ['name', 'regionCode'] as const) if (col(key) < 0) throw badInput(`缺少列：${COLUMNS[key][0]}`, 'content');

    const rows = table
      .slice(1)
      .map(({ number, cells }) => ({ row: number, get: (key: ColumnKey) => (col(key) >= 0 ? (cells[col(key)] ?? '').trim() : '') }));
    const codes = [...new Set(rows.map((r) => r.get('regionCode')).filter(Boolean))];
    const known = await this.directory.regionNames(codes);
    const fileNames = new Set(rows.map((r) => r.get('name')));
    const parentNames = [...new Set(rows.map((r) => r.get('parent')).filter((p) => p && !fileNames.has(p)))];
    const namedParents = parentNames.length ? await queryNamed(this.db, UNITS_NAMED, { names: parentNames }) : [];
    // Units go only under 主管单位 the importer may act for (finance reviewers: their own region).
    const inScope = (regionCode: string) => ctx.hasRole('platform_admin') || ctx.canActInRegion('finance_reviewer', regionCode);
    const existingParents = namedParents.filter((p) => inScope(p.region_code));
    const errors: UnitImportRowError[] = [];
    const parsed: {
      row: number;
      name: string;
      regionCode: string;
      parent: string;
      headcount: number;
      hasCanteen: boolean;
      budgetFen: number;
    }[] = [];
    const seen = new Set<string>();
    for (const r of rows) {
      const err = (field: string, message: string) => errors.push({ row: r.row, field, message });
      const name = r.get('name');
      const regionCode = r.get('regionCode');
      if (!name) err('name', '单位名称不能为空');
      else if (seen.has(name)) err('name', `单位名称重复：${name}`);
      seen.add(name);
      if (!/^\d{6}$/.test(regionCode) || !known.has(regionCode)) err('regionCode', `未知的行政区划代码：${regionCode || '（空）'}`);
      else if (!ctx.hasRole('platform_admin') && !ctx.canActInRegion('finance_reviewer', regionCode))
        err('regionCode', '不能导入其他地区的单位');
      const headcountText = r.get('headcount') || '0';
      const headcount = Number(headcountText);
      if (!/^-?\d+$/.test(headcountText) || headcount < 0 || headcount > 1_000_000) err('headcount', '在编人数必须是不小于 0 的整数');
      const canteenText = r.get('hasCanteen');
      const hasCanteen = ['是', 'true', '1', 'yes', 'Y', 'y'].includes(canteenText);
      if (canteenText && !hasCanteen && !['否', 'false', '0', 'no', 'N', 'n'].includes(canteenText))
        err('hasCanteen', '是否有食堂请填“是”或“否”');
      const budgetText = r.get('canteenBudgetYuan') || '0';
      const budgetFen = /^\d+(\.\d{1,2})?$/.test(budgetText) ? Math.round(Number(budgetText) * 100) : -1;
      if (budgetFen < 0 || !Number.isSafeInteger(budgetFen))
        err('canteenBudgetYuan', '食堂采购预算必须是不小于 0 的金额（元，最多两位小数）');
      const parent = r.get('parent');
      if (parent && !fileNames.has(parent)) {
        const mine = existingParents.filter((p) => p.name === parent);
        if (mine.length > 1) err('parent', `主管单位名称不唯一：${parent}`);
        else if (mine.length === 0)
          err(
            'parent',
            namedParents.some((p) => p.name === parent) ? `不能把单位挂到其他地区的主管单位下：${parent}` : `找不到主管单位：${parent}`,
          );
      }
      parsed.push({ row: r.row, name, regionCode, parent, headcount, hasCanteen, budgetFen });
    }
    if (errors.length) return { created: 0, errors };

    await this.db.transaction(async (em) => {
      const ids = new Map<string, string>(existingParents.map((p) => [p.name, p.id]));
      const inserted = await em.getRepository(WorkUnit).save(
        parsed.map((p) => ({
          name: p.name,
          regionCode: p.regionCode,
          headcount: p.headcount,
          hasCanteen: p.hasCanteen,
          canteenBudgetFen: p.budgetFen,
          parentId: null,
        })),
      );
      inserted.forEach((u) => ids.set(u.name, u.id));
      for (const p of parsed) {
        if (p.parent) await em.update(WorkUnit, { id: ids.get(p.name) }, { parentId: ids.get(p.parent) ?? null });
      }
    });
    return { created: parsed.length, errors: [] };
  }

  /** The file's rows (header first) by the shared reader, in this importer's words; at most MAX_ROWS under the header. */
  private async readTable(format: 'xlsx' | 'csv', buf: Buffer): Promise<TableRow[]> {
    try {
      return (await readTable(buf, { format, maxRows: MAX_ROWS, messages: TABLE_MESSAGES })).rows;
    } catch (e) {
      throw e instanceof SpreadsheetError ? badInput(e.message, 'content') : e;
    }
  }
}
