import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { AttributionRule, BenefitLink, BenefitLinkType, Household, IdNumberCipher } from '@yigou/server/attribution';
import { Product, ProductCertification, ProductImage, ProductSku, searchColumnsFor, Supplier } from '@yigou/server/catalog';
import { WorkUnit } from '@yigou/server/identity';
import { LiveOfferRequest, LiveSession, LiveSessionProduct } from '@yigou/server/livestream';
import { QuotaRule } from '@yigou/server/quota';
import { Region } from '@yigou/server/regions';
import { REGION_LEVELS } from '@yigou/shared/domain';
import { DemoData, readDemoData } from './demo-data.types';
import { GeneratedHousehold, HouseholdGenerator } from './household-generator';
import { Prng } from './prng';

/** Live stock cap of demo offers whose data names none (the supplier approved this many). */
const DEMO_LIVE_STOCK_CAP = 1000;

export interface DemoIds {
  suppliers: Map<string, string>;
  products: Map<string, string>;
  units: Map<string, string>;
}

/** Key for pg_advisory_xact_lock: two processes starting at once load the demo data only once. */
const DEMO_LOCK_KEY = 72_026_141_034;
const CERT_VALID_FROM = '2026-01-01';
const CERT_VALID_TO = '2027-12-31';
const CERT_VERIFIED_AT = new Date('2026-01-15T10:00:00+08:00');
const LINKS_VALID_FROM = '2020-01-01';
const CHUNK = 500;

/**
 * Loads the demo catalogue into an empty database in one transaction:
 * regions, suppliers, products with SKUs, images and certifications, work
 * units, quota rules, attribution rules, synthetic households with benefit
 * links, and livestream sessions. Deterministic apart from row timestamps.
 */
@Injectable()
export class DemoDataLoader {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly cipher: IdNumberCipher,
  ) {}

  /** True when it loaded; false when the platform already serves regions (or another process loaded first). */
  async loadIfEmpty(now: Date = new Date(), data: DemoData = readDemoData()): Promise<boolean> {
    return this.db.transaction(async (m) => {
      await m.query('SELECT pg_advisory_xact_lock($1)', [DEMO_LOCK_KEY]);
      // the migrations load every GB/T 2260 county, so "empty" means no region the platform serves yet
      const [{ n }]: { n: number }[] = await m.query('SELECT count(*)::int AS n FROM region WHERE served');
      if (n > 0) return false;
      await new DemoLoadRun(m, data, now, this.cipher).run();
      return true;
    });
  }

  /** Of these names, the ones never seeded in this database (see DemoSeed). */
  async unseeded(names: string[]): Promise<string[]> {
    const rows: { name: string }[] = await this.db.query('SELECT name FROM demo_seed WHERE name = ANY($1)', [names]);
    const seeded = new Set(rows.map((r) => r.name));
    return names.filter((n) => !seeded.has(n));
  }

  /** Records names as seeded, so they are never created again. */
  async markSeeded(names: string[]): Promise<void> {
    if (names.length) await this.db.query('INSERT INTO demo_seed (name) SELECT unnest($1::varchar[]) ON CONFLICT DO NOTHING', [names]);
  }

  /** Ids of the demo suppliers, products and work units by their demo keys. */
  async demoIds(): Promise<DemoIds> {
    const rows = async (table: string): Promise<Map<string, string>> => {
      const r: { demo_key: string; id: string }[] = await this.db.query(`SELECT demo_key, id FROM ${table} WHERE demo_key IS NOT NULL`);
      return new Map(r.map((x) => [x.demo_key, x.id]));
    };
    return { suppliers: await rows('supplier'), products: await rows('product'), units: await rows('work_unit') };
  }
}

/** One load: keeps the key → id maps while inserting in dependency order. */
class DemoLoadRun {
  private readonly rng = new Prng(141034);
  private readonly supplierIds = new Map<string, string>();
  private readonly productIds = new Map<string, string>();
  private readonly skuIds = new Map<string, string>();
  private readonly regionNames = new Map<string, string>();

  constructor(
    private readonly m: EntityManager,
    private readonly data: DemoData,
    private readonly now: Date,
    private readonly cipher: IdNumberCipher,
  ) {}

  async run(): Promise<void> {
    await this.regions();
    await this.suppliers();
    await this.products();
    await this.workUnits();
    await this.quotaRules();
    await this.attribution();
    await this.livestreams();
  }

  private async insert<T extends ObjectLiteral>(target: EntityTarget<T>, rows: QueryDeepPartialEntity<T>[]): Promise<void> {
    for (let i = 0; i < rows.length; i += CHUNK) {
      await this.m.getRepository(target).insert(rows.slice(i, i + CHUNK));
    }
  }

  private async regions(): Promise<void> {
    const sorted = [...this.data.regions].sort((a, b) => REGION_LEVELS.indexOf(a.level) - REGION_LEVELS.indexOf(b.level));
    const fullNames = new Map<string, string>();
    const rows = sorted.map((r) => {
      const fullName = (r.parent ? (fullNames.get(r.parent) ?? '') : '') + r.name;
      fullNames.set(r.code, fullName);
      this.regionNames.set(r.code, r.name);
      return { code: r.code, name: r.name, level: r.level, parentCode: r.parent, fullName, served: true };
    });
    // provinces, cities and counties are there already (GB/T 2260, loaded by a migration): mark them served
    for (let i = 0; i < rows.length; i += CHUNK) {
      await this.m
        .createQueryBuilder()
        .insert()
        .into(Region)
        .values(rows.slice(i, i + CHUNK))
        .orUpdate(['served'], ['code'])
        .execute();
    }
  }

  private async suppliers(): Promise<void> {
    const rows = this.data.suppliers.map((s) => {
      const id = this.rng.uuid();
      this.supplierIds.set(s.key, id);
      return {
        id,
        name: s.name,
        kind: s.kind,
        enterpriseLevel: s.level ?? null,
        creditCode: s.creditCode,
        countyCode: s.county,
        villageCode: s.village ?? null,
        story: s.story,
        status: 'approved' as const,
        demoKey: s.key,
        createdAt: new Date(this.now.getTime() - 400 * 86_400_000),
      };
    });
    await this.insert(Supplier, rows);
  }

  private async products(): Promise<void> {
    const products: QueryDeepPartialEntity<Product>[] = [];
    const skus: QueryDeepPartialEntity<ProductSku>[] = [];
    const images: QueryDeepPartialEntity<ProductImage>[] = [];
    const certs: QueryDeepPartialEntity<ProductCertification>[] = [];
    const certSeq = new Map<string, number>();
    this.data.products.forEach((p, i) => {
      const supplier = this.data.suppliers.find((s) => s.key === p.supplier);
      if (!supplier) throw new Error(`demo product ${p.key}: unknown supplier ${p.supplier}`);
      const id = this.rng.uuid();
      const skuId = this.rng.uuid();
      this.productIds.set(p.key, id);
      this.skuIds.set(p.key, skuId);
      const created = new Date(this.now.getTime() - (i + 1) * 3 * 3_600_000);
      products.push({
        id,
        supplierId: this.supplierIds.get(p.supplier),
        name: p.name,
        category: p.category,
        originCode: supplier.village ?? supplier.county,
        description: p.description,
        status: 'on_sale',
        salesCount: p.salesCount,
        ...searchColumnsFor(p.name),
        demoKey: p.key,
        createdAt: created,
        updatedAt: created,
      });
      skus.push({
        id: skuId,
        productId: id,
        spec: p.spec,
        unit: p.unit,
        priceFen: p.priceFen,
        stockAvailable: p.stock,
        stockReserved: 0,
        weightGrams: p.weightGrams,
        sortOrder: 0,
      });
      const url = `/media/demo/${p.key}.svg`;
      images.push({ id: this.rng.uuid(), productId: id, url, thumbUrl: url, alt: `${p.name} ${p.spec}`, sortOrder: 0 });
      if (p.certified) {
        const seq = (certSeq.get(supplier.county) ?? 0) + 1;
        certSeq.set(supplier.county, seq);
        certs.push({
          id: this.rng.uuid(),
          productId: id,
          certificateNo: `晋扶认〔2026〕${supplier.county}-${String(seq).padStart(3, '0')}`,
          issuedBy: `${this.regionNames.get(supplier.county) ?? ''}乡村振兴局`,
          batch: '2026年第一批',
          validFrom: CERT_VALID_FROM,
          validTo: CERT_VALID_TO,
          verifiedAt: CERT_VERIFIED_AT,
          verifiedBy: null,
        });
      }
    });
    await this.insert(Product, products);
    await this.insert(ProductSku, skus);
    // The opening stock is a 'received' movement, so the ledger explains every figure.
    await this.m.query(
      `INSERT INTO stock_movement (sku_id, kind, available_delta, reserved_delta, reason)
       SELECT id, 'received', stock_available, 0, '演示数据：初始入库' FROM product_sku WHERE stock_available > 0`,
    );
    await this.insert(ProductImage, images);
    await this.insert(ProductCertification, certs);
  }

  private async workUnits(): Promise<void> {
    const ids = new Map(this.data.workUnits.map((u) => [u.key, this.rng.uuid()]));
    const rows = this.data.workUnits.map((u) => ({
      id: ids.get(u.key),
      name: u.name,
      regionCode: u.region,
      parentId: u.parent ? (ids.get(u.parent) ?? null) : null,
      headcount: u.headcount,
      hasCanteen: u.canteen,
      canteenBudgetFen: u.canteenBudgetFen ?? 0,
      kind: u.role ?? 'general',
      demoKey: u.key,
    }));
    await this.insert(WorkUnit, rows);
  }

  private async quotaRules(): Promise<void> {
    await this.insert(
      QuotaRule,
      this.data.quotaRules.map((r) => ({
        id: this.rng.uuid(),
        regionCode: r.region,
        year: r.year,
        kind: r.kind,
        amountPerPersonFen: r.amountPerPersonFen ?? null,
        ratioPercent: r.ratioPercent ?? null,
        fixedAmountFen: r.fixedAmountFen ?? null,
        note: r.note ?? null,
      })),
    );
  }

  /** Attribution rules, and households with benefit links; links with the same supplier and counts share households. */
  private async attribution(): Promise<void> {
    const generator = new HouseholdGenerator(20201231);
    const groups = new Map<string, { id: string; h: GeneratedHousehold }[]>();
    const households: QueryDeepPartialEntity<Household>[] = [];
    const links: QueryDeepPartialEntity<BenefitLink>[] = [];
    const rules: QueryDeepPartialEntity<AttributionRule>[] = [];
    for (const link of this.data.benefitLinks) {
      const supplier = this.data.suppliers.find((s) => s.key === link.supplier);
      const supplierId = this.supplierIds.get(link.supplier);
      const productId = this.productIds.get(link.product);
      if (!supplier || !supplierId || !productId) throw new Error(`demo benefit link ${link.supplier}/${link.product} is dangling`);
      rules.push({
        id: this.rng.uuid(),
        supplierId,
        productId,
        kind: link.rule,
        fenPerUnit: link.rule === 'per_unit' ? (link.householdFenPerUnit ?? null) : null,
        percent: link.rule === 'revenue_share' && link.percent !== undefined ? String(link.percent) : null,
        validFrom: LINKS_VALID_FROM,
        validTo: null,
      });
      const groupKey = `${link.supplier}:${link.households}:${link.people ?? ''}`;
      let group = groups.get(groupKey);
      if (!group) {
        group = generator
          .generate({
            count: link.households,
            people: link.people,
            countyCode: supplier.county,
            villageCodes: this.villagesFor(supplier.county, link.type, supplier.village),
            femaleHeads: link.supplier === 'chakou' ? true : undefined,
          })
          .map((h) => ({ id: this.rng.uuid(), h }));
        groups.set(groupKey, group);
        for (const { id, h } of group) {
          households.push({
            id,
            countyCode: h.countyCode,
            villageCode: h.villageCode,
            householdNo: h.householdNo,
            headName: h.headName,
            headIdNumberEnc: this.cipher.encrypt(h.headIdNumber),
            members: h.members,
            category: h.category,
            incomePerCapitaFen: h.incomePerCapitaFen,
          });
        }
      }
      for (const { id } of group) {
        links.push({
          id: this.rng.uuid(),
          supplierId,
          productId,
          householdId: id,
          type: link.type,
          weight: this.weightFor(link.type),
          validFrom: LINKS_VALID_FROM,
          validTo: null,
        });
      }
    }
    await this.insert(AttributionRule, rules);
    await this.insert(Household, households);
    await this.insert(BenefitLink, links);
  }

  /** Employees and pieceworkers live in the supplier's own village; other links spread over the county. */
  private villagesFor(countyCode: string, type: BenefitLinkType, supplierVillage?: string): string[] {
    if (type === 'employment' && supplierVillage) return [supplierVillage];
    return this.data.regions.filter((r) => r.level === 'village' && r.code.startsWith(countyCode)).map((r) => r.code);
  }

  /** A household's share: tonnage supplied, shares held, pieces made; one shed each for contract farming. */
  private weightFor(type: BenefitLinkType): number {
    switch (type) {
      case 'order_purchase':
        return this.rng.int(5_000, 60_000) / 10_000;
      case 'dividend':
        return this.rng.int(1, 10);
      case 'employment':
        return this.rng.int(1, 5);
      default:
        return 1;
    }
  }

  private async livestreams(): Promise<void> {
    const sessions: QueryDeepPartialEntity<LiveSession>[] = [];
    const pinned: QueryDeepPartialEntity<LiveSessionProduct>[] = [];
    const requests: QueryDeepPartialEntity<LiveOfferRequest>[] = [];
    const minute = 60_000;
    const base = Math.floor(this.now.getTime() / minute) * minute;
    for (const s of this.data.livestreams) {
      const id = this.rng.uuid();
      sessions.push({
        id,
        title: s.title,
        hostName: s.hostName,
        hostTitle: s.hostTitle,
        kind: s.kind,
        countyCode: s.county,
        status: s.status,
        startsAt: new Date(base + s.startOffsetMinutes * minute),
        streamUrl: null,
        replayUrl: s.replayUrl ?? null,
      });
      s.products.forEach((key, i) => {
        const product = this.data.products.find((p) => p.key === key);
        const productId = this.productIds.get(key);
        const skuId = this.skuIds.get(key);
        if (!product || !productId || !skuId) throw new Error(`demo livestream ${s.key}: unknown product ${key}`);
        const livePriceFen = s.livePriceFen?.[key] ?? product.priceFen;
        const stockCap = s.liveStockCap?.[key] ?? DEMO_LIVE_STOCK_CAP;
        // Live offers are the supplier's to give: every demo pin rests on an accepted request.
        requests.push({
          id: this.rng.uuid(),
          sessionId: id,
          supplierId: this.supplierIds.get(product.supplier),
          productId,
          skuId,
          requestedPriceFen: livePriceFen,
          requestedStockCap: stockCap,
          status: 'accepted',
          approvedPriceFen: livePriceFen,
          approvedStockCap: stockCap,
          requestedById: null,
          answeredAt: this.now,
        });
        pinned.push({
          id: this.rng.uuid(),
          sessionId: id,
          productId,
          skuId,
          livePriceFen,
          stockCap,
          perBuyerLimit: s.perBuyerLimit?.[key] ?? null,
          sortOrder: i,
        });
      });
    }
    await this.insert(LiveSession, sessions);
    await this.insert(LiveOfferRequest, requests);
    await this.insert(LiveSessionProduct, pinned);
  }
}
