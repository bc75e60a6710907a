import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { RequestContext, trimRegion } from '@yigou/server/core';
import { type NamedSql, namedValues, queryNamed, ReadReplicas } from '@yigou/server/database';
import { QuotaTargetService } from './quota-target.service';
import { PaceStatus, RankingSort, requireJurisdiction, yearPace } from './quota-pace';
import { HAS_ZH_COLLATION, rankingOrderSql, rankingSql, ROLL_UPS } from '../sql/quota-ranking.sql';

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
  private read<P extends string, T>(
    reader: { userId: string | null } | null,
    sql: NamedSql<P, T>,
    params: Readonly<Record<P, unknown>>,
  ): Promise<T[]> {
    return reader ? this.replicas.query<T>(reader.userId, sql.text, namedValues(sql, params)) : queryNamed(this.db, sql, params);
  }

  async onModuleInit(): Promise<void> {
    const rows: unknown[] = await queryNamed(this.db, HAS_ZH_COLLATION, {}).catch(() => []);
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
    const search = q.search?.trim() || null;
    const rows = await this.read(synced > 0 ? null : reader, rankingSql(rankingOrderSql(q.sort, q.descending, collate)), {
      year,
      regionPrefix: `${prefix}%`,
      now,
      pace,
      status: q.status ?? null,
      search,
      offset: q.offset ?? 0,
      limit: q.limit ?? null,
    });
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
    const rows = await this.read(reader, ROLL_UPS, { year, unitIds });
    return new Map(
      rows.map((r) => {
        const targetFen = Number(r.target);
        const completedFen = Number(r.completed);
        return [r.root, { unitCount: r.n, targetFen, orderedFen: Number(r.ordered), completedFen, rate: rateOf(completedFen, targetFen) }];
      }),
    );
  }
}
