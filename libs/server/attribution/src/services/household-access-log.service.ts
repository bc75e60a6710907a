import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  badInput,
  Connection,
  forbidden,
  type KeysetColumns,
  keysetConnection,
  keysetSort,
  type LogDays,
  type LogRange,
  logRange,
  pageSize,
  RequestContext,
  sqlKeyset,
} from '@yigou/server/core';
import { WorkUnitService } from '@yigou/server/identity';
import type { HouseholdAccessEntry } from '../dto/attribution.types';
import { writeWorkbook } from '@yigou/server/spreadsheet';
import { shanghaiDateTime } from '@yigou/shared/time';
import { namedValues, queryNamed } from '@yigou/server/database';
import { ACCESS_LOG_COUNT, ACCESS_LOG_PAGE_NAMES, type AccessLogRow, accessLogPageSql } from '../sql/household.sql';

/** Newest first; the cursor keeps created_at's microseconds (before, order and cursor were cut to milliseconds). */
const NEWEST_FIRST = keysetSort('l', 'created_at', 'timestamptz');
const ACTION_LABELS: Record<string, string> = { reveal: '查看明文', export: '导出' };

/**
 * The household access log (reveals and exports) of a county, for its county
 * admins, its auditors (审计, read only) and platform admins: paginated, and
 * exportable as XLSX.
 */
@Injectable()
export class HouseholdAccessLogService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly units: WorkUnitService,
  ) {}

  requireReader(ctx: RequestContext, countyCode: string): void {
    ctx.requireUser();
    if (!/^\d{6}$/.test(countyCode)) throw badInput('县级行政区划代码为 6 位数字', 'countyCode');
    if (!ctx.canActInRegion('county_admin', countyCode) && !ctx.canActInRegion('auditor', countyCode)) {
      throw forbidden('您无权查看其他县的农户信息访问日志');
    }
  }

  /** The most lines one export holds; a range with more is refused, never cut short (the tests lower it). */
  exportMaxRows = 50_000;

  /** Newest first: all of it, or of the Shanghai days `from`–`to` (both included), the total counting that range alone. */
  async page(
    ctx: RequestContext,
    countyCode: string,
    first?: number | null,
    after?: string | null,
    days: LogDays = {},
  ): Promise<Connection<HouseholdAccessEntry>> {
    this.requireReader(ctx, countyCode);
    const limit = pageSize(first);
    const range = logRange(days);
    const [{ n }] = await queryNamed(this.db, ACCESS_LOG_COUNT, { countyCode, start: range.start, end: range.end });
    const rows = await this.rows(countyCode, limit + 1, after, range);
    return keysetConnection(await this.entries(rows.slice(0, limit)), rows, limit, n);
  }

  /**
   * The county's log as an XLSX workbook (base64), newest first: all of it, or of the Shanghai days `from`–`to` (both
   * included). A range with more lines than one export holds is refused with the cap, so no file is ever a silent part.
   */
  async export(ctx: RequestContext, countyCode: string, days: LogDays = {}): Promise<{ filename: string; contentBase64: string }> {
    this.requireReader(ctx, countyCode);
    const range = logRange(days);
    const rows = range.whole(await this.rows(countyCode, this.exportMaxRows + 1, null, range), this.exportMaxRows, '访问日志');
    const entries = await this.entries(rows);
    const file = await writeWorkbook([
      {
        name: '农户信息访问日志',
        columns: [
          { header: '时间', key: 'at', width: 22 },
          { header: '操作', key: 'action', width: 10 },
          { header: '操作人', key: 'user', width: 22 },
          { header: '户编号', key: 'no', width: 18 },
          { header: '原因/内容', key: 'detail', width: 40 },
          { header: 'IP', key: 'ip', width: 16 },
        ],
        rows: entries.map((e) => ({
          at: shanghaiDateTime(e.createdAt),
          action: ACTION_LABELS[e.action] ?? e.action,
          user: e.userName ?? e.userId,
          no: e.householdNo ?? '',
          detail: e.detail,
          ip: e.ip ?? '',
        })),
      },
    ]);
    return { filename: `household-access-${countyCode}${range.fileSuffix}.xlsx`, contentBase64: file.toString('base64') };
  }

  private rows(
    countyCode: string,
    limit: number,
    after: string | null | undefined,
    range: LogRange,
  ): Promise<(AccessLogRow & KeysetColumns)[]> {
    // the keyset's placeholders follow the statement's names (accessLogPageSql)
    const keyset = sqlKeyset(NEWEST_FIRST, after, ACCESS_LOG_PAGE_NAMES + 1);
    const pageSql = accessLogPageSql(keyset, limit);
    const values = namedValues(pageSql, { countyCode, start: range.start, end: range.end });
    return this.db.query(pageSql.text, [...values, ...keyset.params]);
  }

  private async entries(rows: AccessLogRow[]): Promise<HouseholdAccessEntry[]> {
    const users = await this.units.usersByIds([...new Set(rows.map((r) => r.user_id))]);
    const names = new Map(users.map((u) => [u.id, u.displayName]));
    return rows.map((r) => ({
      id: r.id,
      action: r.action,
      countyCode: r.county_code,
      householdId: r.household_id,
      householdNo: r.household_no,
      userId: r.user_id,
      userName: names.get(r.user_id) ?? null,
      detail: r.detail,
      ip: r.ip,
      createdAt: r.created_at,
    }));
  }
}
