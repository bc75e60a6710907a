import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { RequestContext, badInput, forbidden, notFound } from '@yigou/server/core';
import { CatalogService } from '@yigou/server/catalog';
import { BenefitLink, BenefitLinkType } from '../entities/benefit-link.entity';
import { AttributionRule, AttributionRuleKind } from '../entities/attribution-rule.entity';
import { HouseholdOtherIncome, OtherIncomeKind } from '../entities/other-income.entity';
import { HouseholdImport, ImportRowError } from '../entities/household-import.entity';
import { HouseholdService, mayAccessCounty } from './household.service';
import { LINK_TYPE_LABELS, fromLabel } from './attribution.labels';
import { readRegistrySheet, SheetFile } from './spreadsheet';
import { basisPointsToPercent, percentToBasisPoints } from './attribution-strategy';
import type { AttributionRuleInput, BenefitLinkInput, OtherIncomeInput } from '../dto/attribution.types';
import { queryNamed } from '@yigou/server/database';
import { REGISTRY_FIRST_YEAR } from '@yigou/shared/domain';
import { shanghaiYear } from '@yigou/shared/time';
import { isUuid } from '@yigou/shared/validation';
import { COUNTY_HOUSEHOLDS_BY_NO, LOCK_SUPPLIER_RULES, OVERLAPPING_RULE } from '../sql/benefit.sql';

/** A county links its households only to suppliers it oversees (its own county, or below a city/province grant). */
const OTHER_COUNTY_SUPPLIER = '只能与本县（本辖区）的供应商建立利益联结';
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const LINK_HEADERS = {
  no: '户编号',
  supplier: '供应商统一社会信用代码',
  product: '产品',
  type: '联结方式',
  weight: '权重',
  from: '起始日期',
  to: '截止日期',
};

function checkDates(from: string, to: string | null | undefined): void {
  if (!DATE.test(from) || Number.isNaN(Date.parse(from))) throw badInput('起始日期不正确', 'validFrom');
  if (to && (!DATE.test(to) || Number.isNaN(Date.parse(to)))) throw badInput('截止日期不正确', 'validTo');
  if (to && to < from) throw badInput('截止日期不能早于起始日期', 'validTo');
}

/** Benefit links (利益联结), attribution rules per product or supplier, and income outside sales. */
@Injectable()
export class BenefitService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly households: HouseholdService,
    private readonly catalog: CatalogService,
  ) {}

  async linksOfHousehold(ctx: RequestContext, householdId: string): Promise<BenefitLink[]> {
    await this.households.get(ctx, householdId);
    return this.db.getRepository(BenefitLink).find({ where: { householdId }, order: { validFrom: 'DESC' } });
  }

  async createLink(ctx: RequestContext, input: BenefitLinkInput): Promise<BenefitLink> {
    const h = await this.households.get(ctx, input.householdId);
    if (!(Number.isFinite(input.weight) && input.weight > 0)) throw badInput('权重必须大于零', 'weight');
    if (input.weight >= 1e10) throw badInput('权重过大', 'weight');
    checkDates(input.validFrom, input.validTo);
    const supplier = await this.catalog.supplierById(input.supplierId);
    if (!mayAccessCounty(ctx, supplier.countyCode)) throw forbidden(OTHER_COUNTY_SUPPLIER);
    if (input.productId) {
      const p = await this.catalog.productById(input.productId);
      if (p.supplierId !== supplier.id) throw badInput('该产品不属于此供应商', 'productId');
    }
    return this.db.getRepository(BenefitLink).save({
      supplierId: supplier.id,
      productId: input.productId ?? null,
      householdId: h.id,
      type: input.type as BenefitLinkType,
      weight: input.weight,
      validFrom: input.validFrom,
      validTo: input.validTo ?? null,
    });
  }

  /** Imports links by household number and supplier credit code; all rows or none. */
  async importLinks(ctx: RequestContext, input: SheetFile): Promise<HouseholdImport> {
    this.households.requireCounty(ctx, input.countyCode);
    const records = await readRegistrySheet(input);
    const rows = records.map((r) => r.values);
    const job = await this.households.startJob(ctx, input.countyCode, 'links', rows.length);
    const hh = await queryNamed(this.db, COUNTY_HOUSEHOLDS_BY_NO, {
      countyCode: input.countyCode,
      householdNos: rows.map((r) => r[LINK_HEADERS.no] ?? ''),
    });
    const byNo = new Map(hh.map((h) => [h.household_no, h.id]));
    // only the suppliers the sheet names, and their products (catalog's reads)
    const suppliers = await this.catalog.suppliersNamed(rows.map((r) => r[LINK_HEADERS.supplier] ?? r['供应商'] ?? ''));
    const products = await this.catalog.productsOfSuppliers(suppliers.map((s) => s.id));
    const errors: ImportRowError[] = [];
    const valid: Partial<BenefitLink>[] = [];
    rows.forEach((r, i) => {
      const rowNo = records[i].row;
      const before = errors.length;
      const err = (field: string, message: string) => errors.push({ row: rowNo, field, message });
      const householdId = byNo.get(r[LINK_HEADERS.no] ?? '');
      if (!householdId) err(LINK_HEADERS.no, `本县没有户编号为“${r[LINK_HEADERS.no] ?? ''}”的农户`);
      const sRaw = r[LINK_HEADERS.supplier] ?? r['供应商'] ?? '';
      const named = suppliers.filter((s) => s.creditCode === sRaw || s.name === sRaw);
      const supplier = named.find((s) => mayAccessCounty(ctx, s.countyCode)) ?? named[0];
      if (!supplier) err(LINK_HEADERS.supplier, `找不到供应商“${sRaw}”`);
      else if (!mayAccessCounty(ctx, supplier.countyCode)) err(LINK_HEADERS.supplier, `${OTHER_COUNTY_SUPPLIER}：${sRaw}`);
      const pRaw = r[LINK_HEADERS.product] ?? '';
      const product = pRaw ? products.find((p) => p.supplierId === supplier?.id && (p.name === pRaw || p.id === pRaw)) : null;
      if (pRaw && !product) err(LINK_HEADERS.product, `该供应商没有产品“${pRaw}”`);
      const type = fromLabel(LINK_TYPE_LABELS, r[LINK_HEADERS.type] ?? '');
      if (!type) err(LINK_HEADERS.type, `联结方式应为：${Object.values(LINK_TYPE_LABELS).join('、')}`);
      const weight = Number(r[LINK_HEADERS.weight]);
      if (!(r[LINK_HEADERS.weight] ?? '').trim() || !Number.isFinite(weight) || weight <= 0) err(LINK_HEADERS.weight, '权重必须大于零');
      const from = r[LINK_HEADERS.from] ?? '';
      const to = r[LINK_HEADERS.to] || null;
      try {
        checkDates(from, to);
      } catch (e) {
        err(LINK_HEADERS.from, (e as Error).message);
      }
      if (errors.length === before) {
        valid.push({
          householdId,
          supplierId: supplier?.id,
          productId: product?.id ?? null,
          type: type as BenefitLinkType,
          weight,
          validFrom: from,
          validTo: to,
        });
      }
    });
    if (errors.length)
      return this.households.progress(job, { status: 'failed', processedRows: rows.length, errors: errors.slice(0, 1000) });
    await this.db.transaction(async (em) => {
      for (let i = 0; i < valid.length; i += 500) await em.getRepository(BenefitLink).insert(valid.slice(i, i + 500));
    });
    return this.households.progress(job, { status: 'done', processedRows: rows.length, createdRows: valid.length });
  }

  /** The rule as the API shows it: the percentage exact, as basis points and as text. */
  static view(r: AttributionRule): AttributionRule & { basisPoints: number | null; percentText: string | null } {
    const bp = r.percent === null ? null : percentToBasisPoints(String(r.percent));
    return { ...r, basisPoints: bp, percentText: bp === null ? null : basisPointsToPercent(bp) };
  }

  async rules(ctx: RequestContext, supplierId: string): Promise<AttributionRule[]> {
    const supplier = await this.catalog.supplierById(supplierId);
    this.households.requireCounty(ctx, supplier.countyCode);
    return this.db.getRepository(AttributionRule).find({ where: { supplierId }, order: { validFrom: 'DESC' } });
  }

  /** A rule for a product (or the supplier's default): refused when it overlaps another for the same product and dates. */
  async createRule(ctx: RequestContext, input: AttributionRuleInput): Promise<AttributionRule> {
    const supplier = await this.catalog.supplierById(input.supplierId);
    this.households.requireCounty(ctx, supplier.countyCode);
    if (input.productId) {
      const p = await this.catalog.productById(input.productId);
      if (p.supplierId !== supplier.id) throw badInput('该产品不属于此供应商', 'productId');
    }
    const kind = input.kind as AttributionRuleKind;
    let basisPoints = 0;
    if (kind === 'per_unit') {
      if (!Number.isSafeInteger(input.fenPerUnit) || (input.fenPerUnit ?? 0) <= 0) throw badInput('每件金额必须大于零', 'fenPerUnit');
    } else {
      basisPoints = ruleBasisPoints(input);
    }
    checkDates(input.validFrom, input.validTo);
    return this.db.transaction(async (em) => {
      await queryNamed(em, LOCK_SUPPLIER_RULES, { supplierId: supplier.id });
      const overlap = await queryNamed(em, OVERLAPPING_RULE, {
        supplierId: supplier.id,
        productId: input.productId ?? null,
        validFrom: input.validFrom,
        validTo: input.validTo ?? null,
      });
      if (overlap.length) throw badInput('同一产品在这段日期内已有归因规则，日期不能重叠', 'validFrom');
      return em.getRepository(AttributionRule).save({
        supplierId: supplier.id,
        productId: input.productId ?? null,
        kind,
        fenPerUnit: kind === 'per_unit' ? (input.fenPerUnit as number) : null,
        percent: kind === 'revenue_share' ? basisPointsToPercent(basisPoints) : null,
        validFrom: input.validFrom,
        validTo: input.validTo ?? null,
      });
    });
  }

  /**
   * Income a household got outside counted sales, in a year from the registry's first (建档立卡) to this one; when a
   * supplier paid it (wages, land rent, dividends), a supplier linked to the household (利益联结), which also keeps it
   * within the county's own suppliers (links are made only to those).
   */
  async recordOtherIncome(ctx: RequestContext, input: OtherIncomeInput): Promise<HouseholdOtherIncome> {
    const h = await this.households.get(ctx, input.householdId);
    if (!Number.isSafeInteger(input.amountFen) || input.amountFen <= 0) throw badInput('金额必须大于零', 'amountFen');
    const thisYear = shanghaiYear(ctx.now);
    if (!Number.isInteger(input.year) || input.year < REGISTRY_FIRST_YEAR || input.year > thisYear)
      throw badInput(`年份应在 ${REGISTRY_FIRST_YEAR} 年（建档立卡）至 ${thisYear} 年之间`, 'year');
    if (input.supplierId) {
      if (!isUuid(input.supplierId) || (await this.catalog.suppliersByIds([input.supplierId])).length === 0)
        throw badInput('供应商不存在', 'supplierId');
      if (!(await this.db.getRepository(BenefitLink).existsBy({ householdId: h.id, supplierId: input.supplierId })))
        throw badInput('该供应商与此农户没有利益联结，请先建立利益联结', 'supplierId');
    }
    return this.db.getRepository(HouseholdOtherIncome).save({
      householdId: h.id,
      year: input.year,
      kind: input.kind as OtherIncomeKind,
      amountFen: input.amountFen,
      supplierId: input.supplierId ?? null,
      note: input.note?.trim() ?? '',
      createdBy: ctx.requireUser().id,
    });
  }

  async otherIncome(householdId: string, year: number): Promise<HouseholdOtherIncome[]> {
    return this.db.getRepository(HouseholdOtherIncome).find({ where: { householdId, year }, order: { createdAt: 'DESC' } });
  }

  async linkById(id: string): Promise<BenefitLink> {
    const l = await this.db.getRepository(BenefitLink).findOne({ where: { id } });
    if (!l) throw notFound();
    return l;
  }
}

/**
 * The rule's percentage as integer basis points, from whichever exact form the
 * caller gave: basis points, decimal text, or a number read by its decimal
 * digits (String(8.2) is "8.2"), never by multiplying a float.
 */
export function ruleBasisPoints(input: { percent?: number | null; percentText?: string | null; basisPoints?: number | null }): number {
  const given = [input.percent, input.percentText, input.basisPoints].filter((x) => x !== null && x !== undefined);
  if (given.length === 0) throw badInput('请填写比例', 'percent');
  if (given.length > 1) throw badInput('比例请只用一种写法填写', 'percent');
  let bp: number | null;
  if (input.basisPoints !== null && input.basisPoints !== undefined)
    bp = Number.isSafeInteger(input.basisPoints) ? input.basisPoints : null;
  else if (input.percentText !== null && input.percentText !== undefined) bp = percentToBasisPoints(input.percentText);
  else bp = Number.isFinite(input.percent) ? percentToBasisPoints(String(input.percent)) : null;
  if (bp === null) throw badInput('比例必须是最多两位小数的数字', 'percent');
  if (bp <= 0) throw badInput('比例必须大于零', 'percent');
  if (bp > 10_000) throw badInput('比例不能超过 100%', 'percent');
  return bp;
}
