import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { badInput, Connection, decodeCursor, encodeCursor, forbidden, invalidCursor, pageSize, RequestContext } from '@yigou/server/core';
import { WorkUnitService } from '@yigou/server/identity';
import type { HouseholdAccessEntry } from '../dto/attribution.types';
import { writeWorkbook } from '@yigou/server/spreadsheet';
import { isUuid } from '@yigou/shared/validation';

/** At most this many lines go into one export (newest first). */
const EXPORT_MAX_ROWS = 50_000;
const ACTION_LABELS: Record<string, string> = { reveal: '查看明文', export: '导出' };

interface LogRow {
  id: string;
  action: string;
  county_code: string;
  household_id: string | null;
  household_no: string | null;
  user_id: string;
  detail: string;
  ip: string | null;
  created_at: Date;
}

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

  /** Newest first. */
  async page(
    ctx: RequestContext,
    countyCode: string,
    first?: number | null,
    after?: string | null,
  ): Promise<Connection<HouseholdAccessEntry>> {
    this.requireReader(ctx, countyCode);
    const limit = pageSize(first);
    const [{ n }]: { n: number }[] = await this.db.query(`SELECT count(*)::int AS n FROM household_access_log WHERE county_code = $1`, [
      countyCode,
    ]);
    const [at, id] = after ? decodeCursor(after, 2) : [null, null];
    if (after && (typeof at !== 'string' || Number.isNaN(Date.parse(at)) || typeof id !== 'string' || !isUuid(id))) {
      throw invalidCursor();
    }
    const rows = await this.rows(countyCode, limit + 1, at === null ? null : String(at), id === null ? null : String(id));
    const page = await this.entries(rows.slice(0, limit));
    // the cursor carries milliseconds (a JavaScript Date), so the order and the comparison are taken at milliseconds too:
    // two entries within one millisecond were skipped between pages when PostgreSQL compared its microseconds
    const edges = page.map((node) => ({ node, cursor: encodeCursor([node.createdAt.toISOString(), node.id]) }));
    return { edges, totalCount: n, pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  /** The county's log as an XLSX workbook (base64), newest first. */
  async export(ctx: RequestContext, countyCode: string): Promise<{ filename: string; contentBase64: string }> {
    this.requireReader(ctx, countyCode);
    const entries = await this.entries(await this.rows(countyCode, EXPORT_MAX_ROWS, null, null));
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
          at: shanghaiTime(e.createdAt),
          action: ACTION_LABELS[e.action] ?? e.action,
          user: e.userName ?? e.userId,
          no: e.householdNo ?? '',
          detail: e.detail,
          ip: e.ip ?? '',
        })),
      },
    ]);
    return { filename: `household-access-${countyCode}.xlsx`, contentBase64: file.toString('base64') };
  }

  private rows(countyCode: string, limit: number, at: string | null, id: string | null): Promise<LogRow[]> {
    return this.db.query(
      `SELECT l.id, l.action, l.county_code, l.household_id, h.household_no, l.user_id, l.detail, l.ip, l.created_at
         FROM household_access_log l LEFT JOIN household h ON h.id = l.household_id
        WHERE l.county_code = $1 AND ($2::timestamptz IS NULL OR (date_trunc('milliseconds', l.created_at), l.id) < ($2::timestamptz, $3::uuid))
        ORDER BY date_trunc('milliseconds', l.created_at) DESC, l.id DESC LIMIT $4`,
      [countyCode, at, id, limit],
    );
  }

  private async entries(rows: LogRow[]): Promise<HouseholdAccessEntry[]> {
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

/** "2026-12-04 20:15:03" in Shanghai time. */
function shanghaiTime(d: Date): string {
  return new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
}
