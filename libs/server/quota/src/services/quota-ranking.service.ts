import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { RequestContext, trimRegion } from '@yigou/server/core';
import { ReadReplicas } from '@yigou/server/database';
import { QuotaTargetService } from './quota-target.service';
import { PaceStatus, RankingSort, requireJurisdiction, yearPace } from './quota-pace';

/** A unit and its subordinates (主管单位 → 下属单位) added up; for a unit without subordinates its own figures. */
export interface RankingRollUp {
  unitCount: number;
  targetFen: number;
  orderedFen: number;
  completedFen: number;
  rate: number;
}

export interface RankingRow {
  unitId: string;
  name: string;
  parentName: string | null;
  hasCanteen: boolean;
  /** The unit's own target, orders and completion; the rank is by these. */
  targetFen: number;
  targetProvisional: boolean;
  filingStatus: string;
  filingOverdue: boolean;
  orderedFen: number;
  completedFen: number;
  /** completed / target, 0–1+ (1 when the target is 0) */
  rate: number;
  rank: number;
  /** Another unit shares this rank (same rate and completed amount). */
  tied: boolean;
  status: PaceStatus;
  /** Own plus subordinates' figures (only filled for a page). */
  rolledUp?: RankingRollUp;
}

export interface Ranking {
  regionCode: string;
  year: number;
  pace: number;
  rows: RankingRow[];
  /** Units matching the filter. */
  totalCount: number;
  /** Over every unit of the jurisdiction, own figures (no unit counted twice). */
  totals: { targetFen: number; orderedFen: number; completedFen: number; rate: number };
}

export interface RankingQuery {
  sort?: RankingSort | null;
  descending?: boolean | null;
  status?: PaceStatus | null;
  search?: string | null;
  offset?: number;
  /** null: every row (the bulletin, reminders) */
  limit?: number | null;
}

const SORT_SQL: Record<RankingSort, string> = {
  rank: 'rank',
  name: 'name',
  target: 'target_fen',
  ordered: 'ordered_fen',
  completed: 'completed_fen',
  rate: 'rate',
};

interface RankingSqlRow {
  unit_id: string;
  name: string;
  parent_name: string | null;
  has_canteen: boolean;
  target_fen: string;
  provisional: boolean;
  filing_status: string;
  overdue: boolean;
  ordered_fen: string;
  completed_fen: string;
  rate: number;
  rank: string;
  tied: boolean;
  status: PaceStatus;
  total_count: string;
  all_target: string;
  all_ordered: string;
  all_completed: string;
}

const rateOf = (completed: number, target: number) => (target > 0 ? completed / target : 1);

/**
 * The jurisdiction ranking, computed by PostgreSQL from the stored targets
 * (quota_unit_target) and running totals (quota_unit_total): rank() over
 * completion rate and completed amount, filters, sort and the page in SQL.
 */
@Injectable()
export class QuotaRankingService implements OnModuleInit {
  /** zh-CN (pinyin) order for names where PostgreSQL has ICU; code-point order otherwise. */
  private nameCollation = '';

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly targets: QuotaTargetService,
    private readonly replicas: ReadReplicas,
  ) {}

  /**
   * Where a ranking read goes: a replica when a reader is named (a ranking or bulletin asked for by a signed-in
   * caller; ReadReplicas keeps that caller's own writes on the primary), the primary otherwise (a mutation that acts
   * on the ranking, or a read right after this process synced the targets, which the replica may not have yet).
   */
  private read<T>(reader: { userId: string | null } | null, sql: string, params: unknown[]): Promise<T[]> {
    return reader ? this.replicas.query<T>(reader.userId, sql, params) : (this.db.query(sql, params) as Promise<T[]>);
  }

  async onModuleInit(): Promise<void> {
    const rows: unknown[] = await this.db.query(`SELECT 1 FROM pg_collation WHERE collname = 'zh-x-icu'`).catch(() => []);
    this.nameCollation = rows.length ? ' COLLATE "zh-x-icu"' : '';
  }

  async ranking(ctx: RequestContext, regionCode: string, year: number, q: RankingQuery = {}): Promise<Ranking> {
    requireJurisdiction(ctx, regionCode);
    return this.computeRanking(regionCode, year, ctx.now, q, { userId: ctx.user?.id ?? null });
  }

  /**
   * Every unit of the jurisdiction ranked by completion rate, then completed amount (ties share a rank), then name.
   * `reader`: the caller of a read that may be answered by a replica (see read()).
   */
  async computeRanking(
    regionCode: string,
    year: number,
    now: Date,
    q: RankingQuery = {},
    reader: { userId: string | null } | null = null,
  ): Promise<Ranking> {
    const prefix = trimRegion(regionCode);
    const synced = await this.targets.syncRegion(prefix, year);
    const { pace } = yearPace(now, year);
    const collate = this.nameCollation;
    const sortCol = SORT_SQL[q.sort ?? 'rank'] ?? 'rank';
    const order = `${sortCol}${sortCol === 'name' ? collate : ''} ${q.descending ? 'DESC' : 'ASC'}, rank ASC, name${collate} ASC, unit_id ASC`;
    const search = q.search?.trim() || null;
    const rows = await this.read<RankingSqlRow>(
      synced > 0 ? null : reader,
      `WITH base AS (
         SELECT t.unit_id, t.unit_name AS name, t.parent_name, t.has_canteen, t.target_fen, t.provisional, t.filing_status,
                (t.filing_closes_at IS NOT NULL AND $3::timestamptz > t.filing_closes_at AND t.filing_status <> 'approved') AS overdue,
                COALESCE(u.ordered_fen, 0) AS ordered_fen, COALESCE(u.completed_fen, 0) AS completed_fen,
                CASE WHEN t.target_fen > 0 THEN COALESCE(u.completed_fen, 0)::float8 / t.target_fen ELSE 1 END AS rate
           FROM quota_unit_target t
           LEFT JOIN quota_unit_total u ON u.unit_id = t.unit_id AND u.year = t.year
          WHERE t.year = $1 AND t.region_code LIKE $2
       ), ranked AS (
         SELECT b.*, rank() OVER (ORDER BY rate DESC, completed_fen DESC) AS rank,
                count(*) OVER (PARTITION BY rate, completed_fen) > 1 AS tied,
                CASE WHEN rate >= $4::float8 THEN 'green' WHEN rate >= $4::float8 * 0.75 THEN 'amber' ELSE 'red' END AS status
           FROM base b
       ), filtered AS (
         SELECT * FROM ranked
          WHERE ($5::text IS NULL OR status = $5) AND ($6::text IS NULL OR strpos(name, $6) > 0 OR strpos(COALESCE(parent_name, ''), $6) > 0)
       ), page AS (
         SELECT * FROM filtered ORDER BY ${order} OFFSET $7 LIMIT $8
       )
       SELECT a.total_count, a.all_target, a.all_ordered, a.all_completed, p.*
         FROM (SELECT (SELECT count(*) FROM filtered) AS total_count, COALESCE(sum(target_fen), 0) AS all_target,
                      COALESCE(sum(ordered_fen), 0) AS all_ordered, COALESCE(sum(completed_fen), 0) AS all_completed FROM base) a
         LEFT JOIN page p ON true
        ORDER BY ${order}`,
      [year, `${prefix}%`, now, pace, q.status ?? null, search, q.offset ?? 0, q.limit ?? null],
    );
    const head = rows[0];
    const totals = {
      targetFen: Number(head.all_target),
      orderedFen: Number(head.all_ordered),
      completedFen: Number(head.all_completed),
      rate: 0,
    };
    const totalCount = Number(head.total_count);
    totals.rate = rateOf(totals.completedFen, totals.targetFen);
    const out: RankingRow[] = rows
      .filter((r) => r.unit_id !== null)
      .map((r) => ({
        unitId: r.unit_id,
        name: r.name,
        parentName: r.parent_name,
        hasCanteen: r.has_canteen,
        targetFen: Number(r.target_fen),
        targetProvisional: r.provisional,
        filingStatus: r.filing_status,
        filingOverdue: r.overdue,
        orderedFen: Number(r.ordered_fen),
        completedFen: Number(r.completed_fen),
        rate: r.rate,
        rank: Number(r.rank),
        tied: r.tied,
        status: r.status,
      }));
    return { regionCode, year, pace, rows: out, totalCount, totals };
  }

  /**
   * Each unit's figures with its subordinates' (the whole subtree, by a
   * recursive walk of the stored parent links), for a page of rows.
   */
  async rollUps(
    unitIds: readonly string[],
    year: number,
    reader: { userId: string | null } | null = null,
  ): Promise<Map<string, RankingRollUp>> {
    if (!unitIds.length) return new Map();
    const rows = await this.read<{ root: string; n: number; target: string; ordered: string; completed: string }>(
      reader,
      `WITH RECURSIVE sub(root, unit_id, depth) AS (
         SELECT unit_id, unit_id, 0 FROM quota_unit_target WHERE year = $1 AND unit_id = ANY($2::uuid[])
         UNION ALL
         SELECT s.root, t.unit_id, s.depth + 1 FROM sub s JOIN quota_unit_target t ON t.year = $1 AND t.parent_id = s.unit_id WHERE s.depth < 20
       )
       SELECT s.root, count(*)::int AS n, sum(t.target_fen) AS target, sum(COALESCE(u.ordered_fen, 0)) AS ordered, sum(COALESCE(u.completed_fen, 0)) AS completed
         FROM sub s JOIN quota_unit_target t ON t.unit_id = s.unit_id AND t.year = $1
         LEFT JOIN quota_unit_total u ON u.unit_id = s.unit_id AND u.year = $1
        GROUP BY s.root`,
      [year, unitIds],
    );
    return new Map(
      rows.map((r) => {
        const targetFen = Number(r.target);
        const completedFen = Number(r.completed);
        return [r.root, { unitCount: r.n, targetFen, orderedFen: Number(r.ordered), completedFen, rate: rateOf(completedFen, targetFen) }];
      }),
    );
  }
}
