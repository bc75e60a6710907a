import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { forbidden, notFound, RequestContext } from '@yigou/server/core';
import { CatalogService } from '@yigou/server/catalog';
import { WorkUnit, WorkUnitService } from '@yigou/server/identity';
import { QuotaFilingService, UnitTarget } from './quota-filing.service';
import { QuotaReminder } from './quota-entities';
import { paceStatus, requireJurisdiction, yearPace } from './quota-pace';
import { QuotaRankingService, Ranking } from './quota-ranking.service';

export { paceStatus, yearPace } from './quota-pace';
export type { PaceStatus, RankingSort } from './quota-pace';

const rateOf = (completed: number, target: number) => (target > 0 ? completed / target : 1);

/** Progress against the target: the unit dashboard, the jurisdiction ranking, reminders. */
@Injectable()
export class QuotaProgressService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly units: WorkUnitService,
    private readonly filings: QuotaFilingService,
    private readonly catalog: CatalogService,
    private readonly rankings: QuotaRankingService,
  ) {}

  requireJurisdiction(ctx: RequestContext, regionCode: string): void {
    requireJurisdiction(ctx, regionCode);
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

  /** The whole ranking of a jurisdiction (every row): the bulletin. */
  ranking(ctx: RequestContext, regionCode: string, year: number): Promise<Ranking> {
    return this.rankings.ranking(ctx, regionCode, year);
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
    const ranking = await this.rankings.computeRanking(regionCode, year, ctx.now);
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

  /** The units whose reminders the user reads: their own unit and the units they administer. */
  private reminderUnits(ctx: RequestContext): string[] {
    const user = ctx.requireUser();
    return [...new Set([user.unitId, ...ctx.grantsFor('unit_admin').map((g) => g.unitId)].filter((x): x is string => !!x))];
  }

  async myReminders(ctx: RequestContext): Promise<QuotaReminder[]> {
    const unitIds = this.reminderUnits(ctx);
    if (!unitIds.length) return [];
    return this.db.query(
      `SELECT id, unit_id AS "unitId", year, message, sent_by AS "sentBy", read_at AS "readAt", created_at AS "createdAt"
         FROM quota_reminder WHERE unit_id = ANY($1::uuid[]) ORDER BY created_at DESC LIMIT 20`,
      [unitIds],
    );
  }

  async unreadReminderCount(ctx: RequestContext): Promise<number> {
    const unitIds = this.reminderUnits(ctx);
    if (!unitIds.length) return 0;
    const [{ n }]: { n: number }[] = await this.db.query(`SELECT count(*)::int AS n FROM quota_reminder WHERE unit_id = ANY($1::uuid[]) AND read_at IS NULL`, [unitIds]);
    return n;
  }

  /** Marks one reminder of the user's units as read (already read: unchanged). */
  async markReminderRead(ctx: RequestContext, reminderId: string): Promise<QuotaReminder> {
    const unitIds = this.reminderUnits(ctx);
    // an UPDATE … RETURNING comes back from TypeORM as [rows, affected]
    const [rows]: [QuotaReminder[], number] = await this.db.query(
      `UPDATE quota_reminder SET read_at = COALESCE(read_at, $3) WHERE id = $1 AND unit_id = ANY($2::uuid[])
       RETURNING id, unit_id AS "unitId", year, message, sent_by AS "sentBy", read_at AS "readAt", created_at AS "createdAt"`,
      [reminderId, unitIds, ctx.now],
    );
    if (!rows.length) throw notFound('找不到该提醒');
    return rows[0];
  }

  /** Marks every unread reminder of the user's units as read; returns how many. */
  async markAllRemindersRead(ctx: RequestContext): Promise<number> {
    const unitIds = this.reminderUnits(ctx);
    if (!unitIds.length) return 0;
    const [, affected]: [unknown[], number] = await this.db.query(`UPDATE quota_reminder SET read_at = $2 WHERE unit_id = ANY($1::uuid[]) AND read_at IS NULL`, [unitIds, ctx.now]);
    return affected;
  }
}
