import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Connection, RequestContext, badInput, decodeCursor, encodeCursor, forbidden, notFound, pageSize } from '@yigou/server/core';
import { RegionService } from '@yigou/server/regions';
import { isUuid, isValidIdNumber, maskIdNumber, maskPersonName } from '@yigou/shared/validation';
import { Fen, MoneyError, yuanToFen } from '@yigou/shared/money';
import { Household, HouseholdCategory } from '../entities/household.entity';
import { HouseholdRevision } from '../entities/household-revision.entity';
import { HouseholdAccessLog, HouseholdAccessAction } from '../entities/household-access-log.entity';
import { HouseholdImport, ImportRowError } from '../entities/household-import.entity';
import { revealsTooOften } from '../errors';
import { IdNumberCipher } from './id-number-cipher';
import { CATEGORY_LABELS, fromLabel } from './attribution.labels';
import { writeWorkbook } from '@yigou/server/spreadsheet';
import { readRegistrySheet, SheetFile } from './spreadsheet';
import type { HouseholdInput, HouseholdView, UpdateHouseholdInput } from '../dto/attribution.types';
import { queryNamed } from '@yigou/server/database';
import { LOCK_HOUSEHOLD_NO, LOCK_USER_REVEALS, REVEALS_LAST_HOUR, TAKEN_HOUSEHOLD_NOS } from '../sql/household.sql';

const HEADERS = {
  no: '户编号',
  village: '村',
  name: '户主姓名',
  id: '身份证号',
  members: '家庭人口',
  category: '户类别',
  income: '上年人均纯收入(元)',
  helpers: '帮扶责任人',
};
const PROGRESS_EVERY = 200;
/** Plain-text reveals of a household's head name and ID number, per person per hour. */
export const REVEALS_PER_HOUR = 20;
export const REVEAL_REASON_MIN = 2;
export const REVEAL_REASON_MAX = 200;

/**
 * Who may work in a county's registry (households, benefit links, import jobs, exports): its county admins,
 * those of a city or province above it, and platform admins. Asked by a public county code the answer is FORBIDDEN (`requireCounty`);
 * asked by a record's id it is NOT_FOUND, so an id from another county tells a stranger nothing.
 */
export function mayAccessCounty(ctx: RequestContext, countyCode: string): boolean {
  return ctx.canActInRegion('county_admin', countyCode);
}

/**
 * The household registry (建档立卡户) of a county: visible only to that
 * county's admins and platform admins; names and ID numbers leave the server
 * masked, except through `reveal`, which is logged.
 */
@Injectable()
export class HouseholdService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly cipher: IdNumberCipher,
    private readonly regions: RegionService,
  ) {}

  /** For lists and exports by county code: see `mayAccessCounty`. */
  requireCounty(ctx: RequestContext, countyCode: string): void {
    ctx.requireUser();
    if (!mayAccessCounty(ctx, countyCode)) throw forbidden('您无权查看其他县的农户信息');
  }

  toView(h: Household, villageNames?: Map<string, string>): HouseholdView {
    let idMasked: string;
    try {
      idMasked = maskIdNumber(this.cipher.decrypt(h.headIdNumberEnc));
    } catch {
      idMasked = '******************';
    }
    return {
      id: h.id,
      countyCode: h.countyCode,
      villageCode: h.villageCode,
      villageName: villageNames?.get(h.villageCode) ?? null,
      householdNo: h.householdNo,
      headNameMasked: maskPersonName(h.headName),
      idNumberMasked: idMasked,
      members: h.members,
      category: h.category,
      incomePerCapitaFen: h.incomePerCapitaFen,
      helpers: h.helpers ?? [],
      version: h.version,
      updatedAt: h.updatedAt,
    };
  }

  async views(households: Household[]): Promise<HouseholdView[]> {
    const names = await this.regions.regionNames([...new Set(households.map((h) => h.villageCode))]);
    return households.map((h) => this.toView(h, names));
  }

  async get(ctx: RequestContext, id: string): Promise<Household> {
    ctx.requireUser();
    const h = isUuid(id) ? await this.db.getRepository(Household).findOne({ where: { id } }) : null;
    if (!h || !mayAccessCounty(ctx, h.countyCode)) throw notFound('找不到该农户');
    return h;
  }

  async list(
    ctx: RequestContext,
    args: {
      countyCode: string;
      search?: string | null;
      category?: string | null;
      villageCode?: string | null;
      first?: number | null;
      after?: string | null;
    },
  ): Promise<Connection<HouseholdView>> {
    this.requireCounty(ctx, args.countyCode);
    const n = pageSize(args.first);
    const qb = this.db.getRepository(Household).createQueryBuilder('h').where('h.county_code = :c', { c: args.countyCode });
    if (args.category) qb.andWhere('h.category = :cat', { cat: args.category });
    if (args.villageCode) qb.andWhere('h.village_code = :v', { v: args.villageCode });
    if (args.search?.trim()) qb.andWhere('h.household_no LIKE :s', { s: `%${args.search.trim().replace(/[%_\\]/g, '')}%` });
    const totalCount = await qb.clone().getCount();
    if (args.after) {
      const [no] = decodeCursor(args.after, 1);
      qb.andWhere('h.household_no > :after', { after: String(no) });
    }
    const rows = await qb
      .orderBy('h.household_no', 'ASC')
      .take(n + 1)
      .getMany();
    const page = rows.slice(0, n);
    const views = await this.views(page);
    return {
      edges: views.map((v) => ({ cursor: encodeCursor([v.householdNo]), node: v })),
      pageInfo: { hasNextPage: rows.length > n, endCursor: page.length ? encodeCursor([page[page.length - 1].householdNo]) : null },
      totalCount,
    };
  }

  private async villageCodes(countyCode: string): Promise<{ byCode: Set<string>; byName: Map<string, string> }> {
    const villages = await this.regions.descendants(countyCode, 'village');
    return { byCode: new Set(villages.map((v) => v.code)), byName: new Map(villages.map((v) => [v.name, v.code])) };
  }

  private validateId(raw: string, field = 'idNumber'): string {
    const id = raw.trim().toUpperCase();
    if (!isValidIdNumber(id)) throw badInput('身份证号不正确（校验位不符或格式错误）', field);
    return id;
  }

  async create(ctx: RequestContext, countyCode: string, input: HouseholdInput): Promise<HouseholdView> {
    this.requireCounty(ctx, countyCode);
    const villages = await this.villageCodes(countyCode);
    if (!villages.byCode.has(input.villageCode)) throw badInput('该村不属于本县', 'villageCode');
    const id = this.validateId(input.idNumber);
    if (!Number.isSafeInteger(input.incomePerCapitaFen) || input.incomePerCapitaFen < 0)
      throw badInput('上年人均纯收入不能为负数', 'incomePerCapitaFen');
    const householdNo = input.householdNo.trim();
    return this.db.transaction(async (em) => {
      await queryNamed(em, LOCK_HOUSEHOLD_NO, { householdNo });
      const taken = await em.getRepository(Household).exists({ where: { householdNo } });
      if (taken) throw badInput(`户编号 ${householdNo} 已被使用`, 'householdNo');
      const h = await em.getRepository(Household).save(
        em.getRepository(Household).create({
          countyCode,
          villageCode: input.villageCode,
          householdNo,
          headName: input.headName.trim(),
          headIdNumberEnc: this.cipher.encrypt(id),
          members: input.members,
          category: input.category as HouseholdCategory,
          incomePerCapitaFen: input.incomePerCapitaFen,
          helpers: cleanHelpers(input.helpers),
          version: 1,
        }),
      );
      return (await this.views([h]))[0];
    });
  }

  /** One edit: a conditional version bump and a revision row with the values before and after. */
  async update(ctx: RequestContext, id: string, input: UpdateHouseholdInput): Promise<HouseholdView> {
    const current = await this.get(ctx, id);
    const patch: Partial<Household> = {};
    if (input.villageCode != null) {
      const villages = await this.villageCodes(current.countyCode);
      if (!villages.byCode.has(input.villageCode)) throw badInput('该村不属于本县', 'villageCode');
      patch.villageCode = input.villageCode;
    }
    if (input.headName != null) patch.headName = input.headName.trim();
    if (input.idNumber != null) patch.headIdNumberEnc = this.cipher.encrypt(this.validateId(input.idNumber));
    if (input.members != null) patch.members = input.members;
    if (input.category != null) patch.category = input.category as HouseholdCategory;
    if (input.incomePerCapitaFen != null) {
      if (!Number.isSafeInteger(input.incomePerCapitaFen) || input.incomePerCapitaFen < 0)
        throw badInput('上年人均纯收入不能为负数', 'incomePerCapitaFen');
      patch.incomePerCapitaFen = input.incomePerCapitaFen;
    }
    if (input.helpers != null) patch.helpers = cleanHelpers(input.helpers);
    const fields = Object.keys(patch) as (keyof Household)[];
    if (fields.length === 0) return (await this.views([current]))[0];
    return this.db.transaction(async (em) => {
      const before = Object.fromEntries(fields.map((f) => [f, current[f]]));
      const res = await em
        .createQueryBuilder()
        .update(Household)
        .set({ ...patch, version: () => 'version + 1' })
        .where('id = :id AND version = :v', { id, v: current.version })
        .execute();
      if (!res.affected) throw badInput('该农户刚被其他人修改，请刷新后重试', 'version');
      await em.getRepository(HouseholdRevision).insert({
        householdId: id,
        version: current.version + 1,
        changedBy: ctx.user?.id ?? null,
        before,
        after: Object.fromEntries(fields.map((f) => [f, patch[f]])),
      });
      const h = await em.getRepository(Household).findOneOrFail({ where: { id } });
      return (await this.views([h]))[0];
    });
  }

  async revisions(ctx: RequestContext, id: string): Promise<HouseholdRevision[]> {
    await this.get(ctx, id);
    return this.db.getRepository(HouseholdRevision).find({ where: { householdId: id }, order: { version: 'DESC' }, take: 100 });
  }

  /**
   * Shows the head's name and ID number in the clear, once, and logs who asked and why.
   * At most REVEALS_PER_HOUR per person in any hour, counted from the log itself under a
   * per-person lock, so the limit holds across API processes and parallel requests.
   */
  async reveal(ctx: RequestContext, id: string, rawReason: string): Promise<{ id: string; headName: string; idNumber: string }> {
    const user = ctx.requireUser();
    const reason = rawReason.trim();
    if ([...reason].length < REVEAL_REASON_MIN) throw badInput(`请说明查看原因（至少 ${REVEAL_REASON_MIN} 个字）`, 'reason');
    if ([...reason].length > REVEAL_REASON_MAX) throw badInput(`查看原因最多 ${REVEAL_REASON_MAX} 个字`, 'reason');
    const h = await this.get(ctx, id);
    return this.db.transaction(async (em) => {
      await queryNamed(em, LOCK_USER_REVEALS, { userId: user.id });
      const [{ n, oldest }] = await queryNamed(em, REVEALS_LAST_HOUR, { userId: user.id });
      if (n >= REVEALS_PER_HOUR) {
        const retryAfterSeconds = oldest ? Math.max(1, Math.ceil((oldest.getTime() + 3_600_000 - Date.now()) / 1000)) : 3600;
        throw revealsTooOften(REVEALS_PER_HOUR, retryAfterSeconds);
      }
      await this.log(em, ctx, 'reveal', h.countyCode, h.id, reason);
      return { id: h.id, headName: h.headName, idNumber: this.cipher.decrypt(h.headIdNumberEnc) };
    });
  }

  async log(
    em: EntityManager,
    ctx: RequestContext,
    action: HouseholdAccessAction,
    countyCode: string,
    householdId: string | null,
    detail: string,
  ): Promise<void> {
    await em
      .getRepository(HouseholdAccessLog)
      .insert({ userId: ctx.requireUser().id, action, countyCode, householdId, detail, ip: ctx.ip });
  }

  async importJob(ctx: RequestContext, id: string): Promise<HouseholdImport> {
    const job = isUuid(id) ? await this.db.getRepository(HouseholdImport).findOne({ where: { id } }) : null;
    if (!job || !mayAccessCounty(ctx, job.countyCode)) throw notFound('找不到该导入任务');
    return job;
  }

  async startJob(ctx: RequestContext, countyCode: string, kind: string, total: number): Promise<HouseholdImport> {
    return this.db.getRepository(HouseholdImport).save({
      countyCode,
      kind,
      status: 'running',
      totalRows: total,
      processedRows: 0,
      createdRows: 0,
      errors: [],
      createdBy: ctx.requireUser().id,
    });
  }

  async progress(
    job: HouseholdImport,
    patch: Partial<Pick<HouseholdImport, 'status' | 'processedRows' | 'createdRows' | 'errors'>>,
  ): Promise<HouseholdImport> {
    Object.assign(job, patch);
    await this.db.getRepository(HouseholdImport).update(job.id, patch as never);
    return job;
  }

  /**
   * Imports households from a spreadsheet. Every row is checked first; if any
   * row is wrong nothing is written and the job lists each row's problems.
   * Otherwise all rows are written in one transaction.
   */
  async importHouseholds(ctx: RequestContext, input: SheetFile): Promise<HouseholdImport> {
    this.requireCounty(ctx, input.countyCode);
    const records = await readRegistrySheet(input);
    const rows = records.map((r) => r.values);
    const job = await this.startJob(ctx, input.countyCode, 'households', rows.length);
    const villages = await this.villageCodes(input.countyCode);
    const errors: ImportRowError[] = [];
    const seen = new Map<string, number>();
    const nos = rows.map((r) => (r[HEADERS.no] ?? '').trim()).filter(Boolean);
    const existing = new Set((await queryNamed(this.db, TAKEN_HOUSEHOLD_NOS, { householdNos: nos })).map((r) => r.household_no));
    const valid: Partial<Household>[] = [];
    for (let i = 0; i < rows.length; i++) {
      const r = rows[i];
      const rowNo = records[i].row;
      const err = (field: string, message: string) => errors.push({ row: rowNo, field, message });
      const before = errors.length;
      const no = (r[HEADERS.no] ?? '').trim();
      if (!no) err(HEADERS.no, '户编号不能为空');
      else if (no.length > 32) err(HEADERS.no, '户编号最多 32 个字符');
      else if (existing.has(no)) err(HEADERS.no, `户编号 ${no} 已被使用`);
      else if (seen.has(no)) err(HEADERS.no, `户编号 ${no} 与第 ${seen.get(no)} 行重复`);
      else seen.set(no, rowNo);
      const villageRaw = (r[HEADERS.village] ?? r['村代码'] ?? '').trim();
      const village = villages.byCode.has(villageRaw) ? villageRaw : villages.byName.get(villageRaw);
      if (!village) err(HEADERS.village, `“${villageRaw}”不是本县的村`);
      const name = (r[HEADERS.name] ?? '').trim();
      if (!name) err(HEADERS.name, '户主姓名不能为空');
      const idRaw = (r[HEADERS.id] ?? '').trim().toUpperCase();
      if (!isValidIdNumber(idRaw)) err(HEADERS.id, '身份证号不正确（校验位不符或格式错误）');
      const members = Number(r[HEADERS.members]);
      if (!Number.isInteger(members) || members < 1) err(HEADERS.members, '家庭人口必须是正整数');
      const category = fromLabel(CATEGORY_LABELS, r[HEADERS.category] ?? '');
      if (!category) err(HEADERS.category, `户类别应为：${Object.values(CATEGORY_LABELS).join('、')}`);
      let income: Fen = 0;
      try {
        income = yuanToFen(r[HEADERS.income] || '0');
        if (income < 0) err(HEADERS.income, '人均纯收入不能为负数');
      } catch (e) {
        err(HEADERS.income, e instanceof MoneyError ? e.message : '金额格式不正确');
      }
      if (errors.length === before) {
        valid.push({
          countyCode: input.countyCode,
          villageCode: village as string,
          householdNo: no,
          headName: name,
          headIdNumberEnc: this.cipher.encrypt(idRaw),
          members,
          category: category as HouseholdCategory,
          incomePerCapitaFen: income,
          helpers: cleanHelpers((r[HEADERS.helpers] ?? '').split(/[、,，;；]/)),
          version: 1,
        });
      }
      if ((i + 1) % PROGRESS_EVERY === 0) await this.progress(job, { processedRows: i + 1 });
    }
    if (errors.length) return this.progress(job, { status: 'failed', processedRows: rows.length, errors: errors.slice(0, 1000) });
    try {
      await this.db.transaction(async (em) => {
        for (let i = 0; i < valid.length; i += 500) await em.getRepository(Household).insert(valid.slice(i, i + 500));
      });
    } catch (e) {
      if ((e as { code?: string }).code === '23505') {
        return this.progress(job, {
          status: 'failed',
          processedRows: rows.length,
          errors: [{ row: 0, field: HEADERS.no, message: '户编号与已有农户重复，请重新导入' }],
        });
      }
      throw e;
    }
    return this.progress(job, { status: 'done', processedRows: rows.length, createdRows: valid.length });
  }

  /** The county's registry as XLSX, masked; the export is logged. */
  async exportHouseholds(ctx: RequestContext, countyCode: string): Promise<{ filename: string; contentBase64: string }> {
    this.requireCounty(ctx, countyCode);
    const rows = await this.db.getRepository(Household).find({ where: { countyCode }, order: { householdNo: 'ASC' } });
    const views = await this.views(rows);
    const file = await writeWorkbook([
      {
        name: '农户名册',
        columns: [
          { header: HEADERS.no, key: 'no', width: 18 },
          { header: '村', key: 'village', width: 16 },
          { header: HEADERS.name, key: 'name' },
          { header: HEADERS.id, key: 'id', width: 22 },
          { header: HEADERS.members, key: 'members' },
          { header: HEADERS.category, key: 'category' },
          { header: HEADERS.income, key: 'income' },
          { header: HEADERS.helpers, key: 'helpers', width: 20 },
        ],
        rows: views.map((v) => ({
          no: v.householdNo,
          village: v.villageName ?? v.villageCode,
          name: v.headNameMasked,
          id: v.idNumberMasked,
          members: v.members,
          category: CATEGORY_LABELS[v.category] ?? v.category,
          income: v.incomePerCapitaFen / 100,
          helpers: v.helpers.join('、'),
        })),
      },
    ]);
    await this.log(this.db.manager, ctx, 'export', countyCode, null, `农户名册 ${views.length} 户`);
    return { filename: `households-${countyCode}.xlsx`, contentBase64: file.toString('base64') };
  }
}

function cleanHelpers(list: readonly string[] | null | undefined): string[] {
  return (list ?? [])
    .map((s) => s.trim())
    .filter(Boolean)
    .slice(0, 20);
}
