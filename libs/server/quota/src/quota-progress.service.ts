import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { forbidden, RequestContext, trimRegion } from '@yigou/server/core';
import { CatalogService } from '@yigou/server/catalog';
import { WorkUnit, WorkUnitService } from '@yigou/server/identity';
import { QuotaFilingService, UnitTarget } from './quota-filing.service';
import { QuotaReminder } from './quota-entities';

export type PaceStatus = 'green' | 'amber' | 'red';
export type RankingSort = 'rank' | 'name' | 'target' | 'ordered' | 'completed' | 'rate';

export interface RankingRow {
  unitId: string;
  name: string;
  parentName: string | null;
  hasCanteen: boolean;
  targetFen: number;
  targetProvisional: boolean;
  filingStatus: string;
  filingOverdue: boolean;
  orderedFen: number;
  completedFen: number;
  /** completed / target, 0–1+ (1 when the target is 0) */
  rate: number;
  rank: number;
  status: PaceStatus;
}

export interface Ranking {
  regionCode: string;
  year: number;
  pace: number;
  rows: RankingRow[];
  totals: { targetFen: number; orderedFen: number; completedFen: number; rate: number };
}

const DAY = 86400_000;
const CN = 8 * 3600_000;

/** Days elapsed / total in the Beijing calendar year, and days left. */
export function yearPace(now: Date, year: number): { pace: number; daysLeft: number } {
  const start = Date.UTC(year, 0, 1) - CN;
  const end = Date.UTC(year + 1, 0, 1) - CN;
  const t = now.getTime();
  if (t < start) return { pace: 0, daysLeft: Math.round((end - start) / DAY) };
  if (t >= end) return { pace: 1, daysLeft: 0 };
  return { pace: (t - start) / (end - start), daysLeft: Math.ceil((end - t) / DAY) };
}

/** Green at or ahead of the year's pace, amber within three quarters of it, red behind that. */
export function paceStatus(rate: number, pace: number): PaceStatus {
  if (rate >= pace) return 'green';
  if (rate >= pace * 0.75) return 'amber';
  return 'red';
}

const collator = new Intl.Collator('zh-CN');
const RANKING_CACHE_MS = 30_000;
const rateOf = (completed: number, target: number) => (target > 0 ? completed / target : 1);

/** Progress against the target: the unit dashboard, the jurisdiction ranking, reminders. */
@Injectable()
export class QuotaProgressService {
  private readonly rankingCache = new Map<string, { at: number; stamp: string; ranking: Ranking }>();
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly units: WorkUnitService,
    private readonly filings: QuotaFilingService,
    private readonly catalog: CatalogService,
  ) {}

  requireJurisdiction(ctx: RequestContext, regionCode: string): void {
    ctx.requireUser();
    if (!ctx.canActInRegion('finance_reviewer', regionCode) && !ctx.canActInRegion('county_admin', regionCode)) {
      throw forbidden('只有本辖区的财政或乡村振兴部门可以查看排名');
    }
  }

  async requireUnitReader(ctx: RequestContext, unit: WorkUnit): Promise<void> {
    const user = ctx.requireUser();
    if (this.units.isUnitAdmin(ctx, unit.id) || user.unitId === unit.id) return;
    if (ctx.canActInRegion('finance_reviewer', unit.regionCode) || ctx.canActInRegion('county_admin', unit.regionCode)) return;
    throw forbidden('您无权查看该单位的进度');
  }

  async totals(unitIds: readonly string[], year: number): Promise<Map<string, { orderedFen: number; completedFen: number }>> {
    if (!unitIds.length) return new Map();
    const rows: { unit_id: string; ordered_fen: string; completed_fen: string }[] = await this.db.query(
      `SELECT unit_id, ordered_fen, completed_fen FROM quota_unit_total WHERE year = $1 AND unit_id = ANY($2::uuid[])`,
      [year, unitIds],
    );
    return new Map(rows.map((r) => [r.unit_id, { orderedFen: Number(r.ordered_fen), completedFen: Number(r.completed_fen) }]));
  }

  /** Totals of every counted unit whose region starts with the prefix (one index range, no id list). */
  async totalsInRegion(regionPrefix: string, year: number): Promise<Map<string, { orderedFen: number; completedFen: number }>> {
    const rows: { unit_id: string; ordered_fen: string; completed_fen: string }[] = await this.db.query(
      `SELECT unit_id, ordered_fen, completed_fen FROM quota_unit_total WHERE year = $1 AND region_code LIKE $2`,
      [year, `${regionPrefix}%`],
    );
    return new Map(rows.map((r) => [r.unit_id, { orderedFen: Number(r.ordered_fen), completedFen: Number(r.completed_fen) }]));
  }

  async ranking(ctx: RequestContext, regionCode: string, year: number): Promise<Ranking> {
    this.requireJurisdiction(ctx, regionCode);
    return this.cachedRanking(regionCode, year, ctx.now);
  }

  /**
   * The ranking, reused while nothing it depends on has changed: the stamp is the
   * newest ledger row and the jurisdiction's filings (one index lookup each), so
   * a counted order or a review shows at once; unit and rule edits within a
   * short TTL. Pace and status are recomputed for the current moment.
   */
  private async cachedRanking(regionCode: string, year: number, now: Date): Promise<Ranking> {
    const [{ stamp }]: { stamp: string }[] = await this.db.query(
      `SELECT (SELECT COALESCE(max(id), 0) FROM quota_ledger)::text || '|' ||
              (SELECT count(*) || ':' || COALESCE(max(GREATEST(filed_at, reviewed_at))::text, '') FROM quota_filing WHERE year IN ($1, $1 - 1) AND region_code LIKE $2) AS stamp`,
      [year, `${trimRegion(regionCode)}%`],
    );
    const key = `${regionCode}:${year}`;
    const hit = this.rankingCache.get(key);
    if (hit && hit.stamp === stamp && now.getTime() - hit.at < RANKING_CACHE_MS) {
      const { pace } = yearPace(now, year);
      return { ...hit.ranking, pace, rows: hit.ranking.rows.map((r) => ({ ...r, status: paceStatus(r.rate, pace) })) };
    }
    const ranking = await this.computeRanking(regionCode, year, now);
    if (this.rankingCache.size >= 64) this.rankingCache.delete(this.rankingCache.keys().next().value as string);
    this.rankingCache.set(key, { at: now.getTime(), stamp, ranking });
    return ranking;
  }

  /** Every unit of the jurisdiction ranked by completion rate, then completed amount, then name. */
  async computeRanking(regionCode: string, year: number, now: Date): Promise<Ranking> {
    const prefix = trimRegion(regionCode);
    const units = await this.units.unitsInRegion(prefix);
    const [targets, totals] = await Promise.all([
      this.filings.targetsFor(units, year, now, prefix),
      this.totalsInRegion(prefix, year),
    ]);
    const names = new Map(units.map((u) => [u.id, u.name]));
    const missingParents = units.map((u) => u.parentId).filter((p): p is string => !!p && !names.has(p));
    for (const p of await this.units.unitsByIds([...new Set(missingParents)])) names.set(p.id, p.name);
    const { pace } = yearPace(now, year);
    const rows: RankingRow[] = units.map((u) => {
      const t = targets.get(u.id) as UnitTarget;
      const c = totals.get(u.id) ?? { orderedFen: 0, completedFen: 0 };
      const rate = rateOf(c.completedFen, t.targetFen);
      return {
        unitId: u.id,
        name: u.name,
        parentName: u.parentId ? (names.get(u.parentId) ?? null) : null,
        hasCanteen: u.hasCanteen,
        targetFen: t.targetFen,
        targetProvisional: t.provisional,
        filingStatus: t.filingStatus,
        filingOverdue: t.overdue,
        orderedFen: c.orderedFen,
        completedFen: c.completedFen,
        rate,
        rank: 0,
        status: paceStatus(rate, pace),
      };
    });
    rows.sort((a, b) => b.rate - a.rate || b.completedFen - a.completedFen || collator.compare(a.name, b.name));
    rows.forEach((r, i) => (r.rank = i > 0 && rows[i - 1].rate === r.rate && rows[i - 1].completedFen === r.completedFen ? rows[i - 1].rank : i + 1));
    const sum = (f: (r: RankingRow) => number) => rows.reduce((s, r) => s + f(r), 0);
    const target = sum((r) => r.targetFen);
    const completed = sum((r) => r.completedFen);
    return { regionCode, year, pace, rows, totals: { targetFen: target, orderedFen: sum((r) => r.orderedFen), completedFen: completed, rate: rateOf(completed, target) } };
  }

  async unitDashboard(ctx: RequestContext, unitId: string, year: number) {
    const unit = await this.units.unitById(unitId);
    await this.requireUnitReader(ctx, unit);
    const subtree = await this.units.subtreeIds(unitId);
    const subUnits = subtree.length > 1 ? await this.units.unitsByIds(subtree) : [unit];
    const [targets, totals, months, products, suppliers] = await Promise.all([
      this.filings.targetsFor(subUnits, year, ctx.now),
      this.totals(subtree, year),
      this.db.query(
        `SELECT extract(month FROM occurred_at AT TIME ZONE 'Asia/Shanghai')::int AS month,
                COALESCE(SUM(amount_fen) FILTER (WHERE kind = 'ordered'), 0) AS ordered,
                COALESCE(SUM(amount_fen) FILTER (WHERE kind = 'completed'), 0) AS completed
           FROM quota_ledger WHERE unit_id = $1 AND year = $2 GROUP BY 1 ORDER BY 1`,
        [unitId, year],
      ) as Promise<{ month: number; ordered: string; completed: string }[]>,
      this.topBy('product_id', unitId, year),
      this.topBy('supplier_id', unitId, year),
    ]);
    const own = totals.get(unitId) ?? { orderedFen: 0, completedFen: 0 };
    const target = targets.get(unitId) as UnitTarget;
    const rolled = subtree.reduce(
      (s, id) => {
        const c = totals.get(id);
        return { orderedFen: s.orderedFen + (c?.orderedFen ?? 0), completedFen: s.completedFen + (c?.completedFen ?? 0), targetFen: s.targetFen + (targets.get(id)?.targetFen ?? 0) };
      },
      { orderedFen: 0, completedFen: 0, targetFen: 0 },
    );
    const { pace, daysLeft } = yearPace(ctx.now, year);
    const rate = rateOf(own.completedFen, target.targetFen);
    const [productNames, supplierNames] = await Promise.all([
      this.catalog.productNames(products.map((p) => p.id)),
      this.catalog.supplierNames(suppliers.map((s) => s.id)),
    ]);
    let members: { userId: string; displayName: string; orderedFen: number; completedFen: number }[] | null = null;
    if (this.units.isUnitAdmin(ctx, unitId)) {
      const rows: { buyer_id: string; ordered: string; completed: string }[] = await this.db.query(
        `SELECT buyer_id, COALESCE(SUM(amount_fen) FILTER (WHERE kind = 'ordered'), 0) AS ordered,
                COALESCE(SUM(amount_fen) FILTER (WHERE kind = 'completed'), 0) AS completed
           FROM quota_ledger WHERE unit_id = $1 AND year = $2 GROUP BY buyer_id ORDER BY 2 DESC LIMIT 100`,
        [unitId, year],
      );
      const users = new Map((await this.units.usersByIds(rows.map((r) => r.buyer_id))).map((u) => [u.id, u.displayName]));
      members = rows.map((r) => ({ userId: r.buyer_id, displayName: users.get(r.buyer_id) ?? '（已注销用户）', orderedFen: Number(r.ordered), completedFen: Number(r.completed) }));
    }
    const byMonth = new Map(months.map((m) => [m.month, m]));
    return {
      unitId,
      unitName: unit.name,
      year,
      targetFen: target.targetFen,
      targetProvisional: target.provisional,
      filingStatus: target.filingStatus,
      orderedFen: own.orderedFen,
      completedFen: own.completedFen,
      remainingFen: Math.max(0, target.targetFen - own.completedFen),
      rate,
      pace,
      status: paceStatus(rate, pace),
      daysLeft,
      rolledUp: { unitCount: subtree.length, ...rolled },
      months: Array.from({ length: 12 }, (_, i) => ({ month: i + 1, orderedFen: Number(byMonth.get(i + 1)?.ordered ?? 0), completedFen: Number(byMonth.get(i + 1)?.completed ?? 0) })),
      topProducts: products.map((p) => ({ id: p.id, name: productNames.get(p.id) ?? '—', orderedFen: p.amount })),
      topSuppliers: suppliers.map((s) => ({ id: s.id, name: supplierNames.get(s.id) ?? '—', orderedFen: s.amount })),
      members,
    };
  }

  private async topBy(column: 'product_id' | 'supplier_id', unitId: string, year: number): Promise<{ id: string; amount: number }[]> {
    const rows: { id: string; amount: string }[] = await this.db.query(
      `SELECT ${column} AS id, SUM(amount_fen) AS amount FROM quota_ledger
        WHERE unit_id = $1 AND year = $2 AND kind = 'ordered' GROUP BY 1 HAVING SUM(amount_fen) > 0 ORDER BY 2 DESC LIMIT 5`,
      [unitId, year],
    );
    return rows.map((r) => ({ id: r.id, amount: Number(r.amount) }));
  }

  /** Sends an in-app reminder to every unit behind the pace (red or amber), at most one a day per unit. */
  async sendReminders(ctx: RequestContext, regionCode: string, year: number): Promise<number> {
    const user = ctx.requireUser();
    if (!ctx.canActInRegion('finance_reviewer', regionCode)) throw forbidden('只有本辖区的财政审核人员可以发送提醒');
    const ranking = await this.computeRanking(regionCode, year, ctx.now);
    const behind = ranking.rows.filter((r) => r.status !== 'green');
    if (!behind.length) return 0;
    const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
    const res: unknown[] = await this.db.query(
      `INSERT INTO quota_reminder (unit_id, year, message, sent_by)
       SELECT x.unit_id, $2, x.message, $3 FROM unnest($1::uuid[], $4::text[]) AS x(unit_id, message)
        WHERE NOT EXISTS (SELECT 1 FROM quota_reminder r WHERE r.unit_id = x.unit_id AND r.created_at > now() - interval '1 day')
       RETURNING id`,
      [behind.map((r) => r.unitId), year, user.id, behind.map((r) => `${year} 年以购代捐完成率 ${pct(r.rate)}，低于全年进度 ${pct(ranking.pace)}，请抓紧采购`)],
    );
    return res.length;
  }

  async myReminders(ctx: RequestContext): Promise<QuotaReminder[]> {
    const user = ctx.requireUser();
    const unitIds = [...new Set([user.unitId, ...ctx.grantsFor('unit_admin').map((g) => g.unitId)].filter((x): x is string => !!x))];
    if (!unitIds.length) return [];
    return this.db.query(
      `SELECT id, unit_id AS "unitId", year, message, sent_by AS "sentBy", read_at AS "readAt", created_at AS "createdAt"
         FROM quota_reminder WHERE unit_id = ANY($1::uuid[]) ORDER BY created_at DESC LIMIT 20`,
      [unitIds],
    );
  }
}
