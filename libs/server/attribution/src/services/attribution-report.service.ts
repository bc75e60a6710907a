import { HOUSEHOLD_ENTRIES } from '../sql/attribution-movement.sql';
import {
  ALERTS_COUNT,
  alertsPageSql,
  type AlertRow,
  HOUSEHOLD_YEAR_SUMS,
  REGION_BUCKETS,
  type RegionBucketRow,
  UNIT_REACH,
} from '../sql/attribution-report.sql';
import { Injectable } from '@nestjs/common';
import { namedValues, queryNamed, ReadReplicas } from '@yigou/server/database';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  Connection,
  RequestContext,
  badInput,
  forbidden,
  type KeysetColumns,
  keysetConnection,
  pageSize,
  SortDirection,
  sqlKeyset,
  trimRegion,
} from '@yigou/server/core';
import { RegionService } from '@yigou/server/regions';
import { CatalogService } from '@yigou/server/catalog';
import { UserService } from '@yigou/server/identity';
import { LiveSessionTitles } from '@yigou/server/livestream';
import { Fen } from '@yigou/shared/money';
import { Household } from '../entities/household.entity';
import { HouseholdService } from './household.service';
import { BenefitService } from './benefit.service';
import { CATEGORY_LABELS, MONITORING_LINE_FEN, POVERTY_LINE_FEN } from './attribution.labels';
import { writeWorkbook } from '@yigou/server/spreadsheet';
import type { AttributionReport, HouseholdIncome, IncomeAlert, ReportRow } from '../dto/attribution.types';

const DIM_FIELDS: Record<string, keyof AttributionReport> = {
  category: 'byCategory',
  village: 'byVillage',
  supplier: 'bySupplier',
  product: 'byProduct',
  unit: 'byUnit',
  session: 'bySession',
  month: 'byMonth',
};

export function incomeStatus(perCapitaFen: Fen): 'under_line' | 'in_band' | 'above' {
  if (perCapitaFen < POVERTY_LINE_FEN) return 'under_line';
  if (perCapitaFen < MONITORING_LINE_FEN) return 'in_band';
  return 'above';
}

const yuanText = (fen: Fen) => (fen / 100).toFixed(2).replace(/\.00$/, '');

/**
 * 带动脱贫户 X 户 Y 人，平台销售归因 T 元，户均增收 Z 元: the average always beside its base (the total and the
 * households it is spread over), so a small figure after a few orders reads as what it is.
 */
export function reportSentence(households: number, people: number, averageFen: Fen, totalFen: Fen): string {
  return `带动脱贫户 ${households} 户 ${people} 人，平台销售归因 ${yuanText(totalFen)} 元，户均增收 ${yuanText(averageFen)} 元`;
}

/** What the report's income figures count. */
export const REPORT_BASIS = '户均增收只计本平台销售归因到农户的收入，不含务工、土地流转、分红等其他收入。';
/** What a household's yearly income per person is made of (alerts and the household page). */
export const INCOME_BASIS = '人均收入 = 建档登记的人均纯收入 + 本年平台销售归因收入与登记的其他收入之和 ÷ 家庭人口';

/** Income alerts' order: lowest income per person first, then id; the cursor is [per capita, id] (old numeric ones still read). */
const LOWEST_FIRST = { column: 'x.per_capita', cast: 'bigint', idColumn: 'x.id', direction: SortDirection.ASC } as const;

/** County reports from the summary rows kept with the ledger; rolled up to city and province by code prefix. */
@Injectable()
export class AttributionReportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly replicas: ReadReplicas,
    private readonly households: HouseholdService,
    private readonly benefits: BenefitService,
    private readonly regions: RegionService,
    private readonly catalog: CatalogService,
    private readonly users: UserService,
    private readonly sessionTitles: LiveSessionTitles,
  ) {}

  private requireRegion(ctx: RequestContext, regionCode: string): void {
    ctx.requireUser();
    if (!/^\d{6}$/.test(regionCode)) throw badInput('地区代码应为 6 位（省、市或县）', 'regionCode');
    if (!ctx.canActInRegion('county_admin', regionCode) && !ctx.canActInRegion('auditor', regionCode))
      throw forbidden('您无权查看其他地区的归因报表');
  }

  async report(ctx: RequestContext, regionCode: string, year: number): Promise<AttributionReport> {
    this.requireRegion(ctx, regionCode);
    const prefix = trimRegion(regionCode);
    // A report may lag the primary by the replication delay (never the caller's own writes): a replica's job.
    const rows = await this.replicas.query<RegionBucketRow>(
      ctx.user?.id ?? null,
      REGION_BUCKETS.text,
      namedValues(REGION_BUCKETS, { countyPrefix: `${prefix}%`, year }),
    );
    const total = rows.find((r) => r.dim === 'total');
    const report: AttributionReport = {
      regionCode,
      regionName: (await this.regions.getByCode(regionCode))?.name ?? regionCode,
      year,
      households: total?.households ?? 0,
      people: total?.people ?? 0,
      totalFen: Number(total?.amount ?? 0),
      averagePerHouseholdFen: 0,
      sentence: '',
      basis: REPORT_BASIS,
      byCategory: [],
      byVillage: [],
      bySupplier: [],
      byProduct: [],
      byUnit: [],
      bySession: [],
      byMonth: [],
    };
    report.averagePerHouseholdFen = report.households ? Math.round(report.totalFen / report.households) : 0;
    report.sentence = reportSentence(report.households, report.people, report.averagePerHouseholdFen, report.totalFen);
    const labels = await this.labels(rows);
    for (const r of rows) {
      const field = DIM_FIELDS[r.dim];
      if (!field) continue;
      (report[field] as ReportRow[]).push({
        key: r.key,
        label: labels.get(`${r.dim}:${r.key}`) ?? r.key,
        households: r.households,
        people: r.people,
        amountFen: Number(r.amount),
      });
    }
    for (const field of Object.values(DIM_FIELDS)) {
      const list = report[field] as ReportRow[];
      if (field === 'byMonth') list.sort((a, b) => a.key.localeCompare(b.key));
      else list.sort((a, b) => b.amountFen - a.amountFen || a.key.localeCompare(b.key));
    }
    return report;
  }

  private async labels(rows: { dim: string; key: string }[]): Promise<Map<string, string>> {
    const keys = (dim: string) => [...new Set(rows.filter((r) => r.dim === dim).map((r) => r.key))];
    const out = new Map<string, string>();
    for (const k of keys('category')) out.set(`category:${k}`, CATEGORY_LABELS[k] ?? k);
    for (const k of keys('month')) out.set(`month:${k}`, `${k.slice(0, 4)}年${Number(k.slice(5, 7))}月`);
    const [villages, suppliers, units] = await Promise.all([
      this.regions.regionNames(keys('village')),
      this.catalog.supplierNames(keys('supplier')),
      this.users.unitsByIds(keys('unit')),
    ]);
    for (const [k, v] of villages) out.set(`village:${k}`, v);
    for (const [k, v] of suppliers) out.set(`supplier:${k}`, v);
    for (const u of units) out.set(`unit:${u.id}`, u.name);
    for (const k of keys('product')) {
      const p = await this.catalog.productById(k).catch(() => null);
      if (p) out.set(`product:${k}`, p.name);
    }
    for (const [id, title] of await this.sessionTitles.titles(keys('session'))) out.set(`session:${id}`, title);
    return out;
  }

  /** "Your unit's purchases reached N households": a unit admin's (or platform admin's) view of one work unit, all counties. */
  async unitReach(ctx: RequestContext, unitId: string, year: number): Promise<ReportRow> {
    ctx.requireUser();
    const own =
      ctx.grantsFor('unit_admin').some((g) => g.unitId === unitId) || ctx.grantsFor('unit_purchaser').some((g) => g.unitId === unitId);
    if (!own && !ctx.hasRole('platform_admin')) throw forbidden('您只能查看本单位的帮扶成效');
    const rows = await queryNamed(this.db, UNIT_REACH, { unitId, year });
    const [unit] = await this.users.unitsByIds([unitId]);
    return {
      key: unitId,
      label: unit?.name ?? unitId,
      households: rows[0]?.households ?? 0,
      people: rows[0]?.people ?? 0,
      amountFen: Number(rows[0]?.amount ?? 0),
    };
  }

  async householdIncome(ctx: RequestContext, householdId: string, year: number): Promise<HouseholdIncome> {
    const h = await this.households.get(ctx, householdId);
    const [sums, entries, other] = await Promise.all([
      queryNamed(this.db, HOUSEHOLD_YEAR_SUMS, { householdId: h.id, year }),
      queryNamed(this.db, HOUSEHOLD_ENTRIES, { householdId: h.id, year, limit: 50 }),
      this.benefits.otherIncome(h.id, year),
    ]);
    const attributedFen = Number(sums.find((s) => s.dim === 'total')?.amount ?? 0);
    const otherIncomeFen = other.reduce((a, o) => a + o.amountFen, 0);
    const totalFen = attributedFen + otherIncomeFen;
    // The registry's income per person (recorded when the household was registered) plus what this year added.
    const addedPerCapitaFen = Math.floor(totalFen / h.members);
    const perCapitaFen = h.incomePerCapitaFen + addedPerCapitaFen;
    return {
      household: (await this.households.views([h]))[0],
      year,
      attributedFen,
      otherIncomeFen,
      totalFen,
      recordedPerCapitaFen: h.incomePerCapitaFen,
      addedPerCapitaFen,
      perCapitaFen,
      basis: INCOME_BASIS,
      povertyLinePerCapitaFen: POVERTY_LINE_FEN,
      monitoringLinePerCapitaFen: MONITORING_LINE_FEN,
      status: incomeStatus(perCapitaFen),
      byMonth: sums
        .filter((s) => s.dim === 'month')
        .sort((a, b) => a.key.localeCompare(b.key))
        .map((s) => ({ key: s.key, label: s.key, households: 1, people: h.members, amountFen: Number(s.amount) })),
      recentEntries: entries.map((e) => ({
        id: e.id,
        orderNo: e.order_no,
        productId: e.product_id,
        supplierId: e.supplier_id,
        amountFen: Number(e.amount),
        reversesId: e.reverses_id,
        month: e.month,
        occurredAt: e.occurred_at,
      })),
      otherIncome: other,
    };
  }

  /**
   * Households whose income per person — the registry's recorded income plus this year's attributed and other
   * income per person — is under the poverty line or inside the monitoring band.
   */
  async alerts(
    ctx: RequestContext,
    countyCode: string,
    year: number,
    first?: number | null,
    after?: string | null,
  ): Promise<Connection<IncomeAlert>> {
    this.households.requireCounty(ctx, countyCode);
    const n = pageSize(first);
    // the keyset's placeholders follow the statement's three names (alertsPageSql)
    const keyset = sqlKeyset(LOWEST_FIRST, after, 4);
    const pageSql = alertsPageSql(keyset, n + 1);
    const params = { countyCode, year, line: MONITORING_LINE_FEN };
    const [rows, count] = await Promise.all([
      this.db.query(pageSql.text, [...namedValues(pageSql, params), ...keyset.params]) as Promise<(AlertRow & KeysetColumns)[]>,
      queryNamed(this.db, ALERTS_COUNT, params),
    ]);
    const page = rows.slice(0, n);
    const hs = await this.db.getRepository(Household).findByIds(page.map((r) => r.id));
    const views = new Map((await this.households.views(hs)).map((v) => [v.id, v]));
    const nodes = page.map((r) => ({
      household: views.get(r.id) as IncomeAlert['household'],
      attributedFen: Number(r.attributed),
      otherIncomeFen: Number(r.other),
      recordedPerCapitaFen: Number(r.recorded),
      perCapitaFen: Number(r.per_capita),
      status: incomeStatus(Number(r.per_capita)),
    }));
    return keysetConnection(nodes, rows, n, count[0].n);
  }

  /** Every table of the report as one XLSX file; the export is logged. */
  async exportReport(ctx: RequestContext, regionCode: string, year: number): Promise<{ filename: string; contentBase64: string }> {
    const r = await this.report(ctx, regionCode, year);
    const columns = [
      { header: '项目', key: 'label', width: 28 },
      { header: '带动户数', key: 'households' },
      { header: '带动人数', key: 'people' },
      { header: '归因金额(元)', key: 'amount' },
    ];
    const table = (name: string, list: ReportRow[]) => ({
      name,
      columns,
      rows: list.map((x) => ({ label: x.label, households: x.households, people: x.people, amount: x.amountFen / 100 })),
    });
    const file = await writeWorkbook([
      {
        name: '汇总',
        columns: [
          { header: '地区', key: 'region', width: 16 },
          { header: '年度', key: 'year' },
          { header: '带动户数', key: 'households' },
          { header: '带动人数', key: 'people' },
          { header: '归因总额(元)', key: 'total' },
          { header: '户均增收(元)', key: 'avg' },
          { header: '表述', key: 'sentence', width: 40 },
        ],
        rows: [
          {
            region: r.regionName,
            year,
            households: r.households,
            people: r.people,
            total: r.totalFen / 100,
            avg: r.averagePerHouseholdFen / 100,
            sentence: r.sentence,
          },
        ],
      },
      table('按户类别', r.byCategory),
      table('按村', r.byVillage),
      table('按供应商', r.bySupplier),
      table('按产品', r.byProduct),
      table('按采购单位', r.byUnit),
      table('按直播场次', r.bySession),
      table('按月份', r.byMonth),
    ]);
    await this.households.log(this.db.manager, ctx, 'export', regionCode, null, `归因报表 ${regionCode} ${year}`);
    return { filename: `帮扶归因报表-${r.regionName}-${year}.xlsx`, contentBase64: file.toString('base64') };
  }
}
