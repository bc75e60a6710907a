import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';
import {
  byKeys,
  Connection,
  groupByKeys,
  keysetPage,
  keysetSort,
  notFound,
  pageSize,
  RequestContext,
  SortDirection,
} from '@yigou/server/core';
import { namedValues, preparedStatement, queryNamed, runPrepared } from '@yigou/server/database';
import { RegionService } from '@yigou/server/regions';
import { PRODUCT_CATEGORIES, ProductCategory } from '@yigou/shared/domain';
import { isUuid } from '@yigou/shared/validation';
import { shanghaiDate } from '@yigou/shared/time';
import { ProductCertification } from '../entities/product-certification.entity';
import { ProductImage } from '../entities/product-image.entity';
import { ProductSku } from '../entities/product-sku.entity';
import { Product } from '../entities/product.entity';
import { Supplier } from '../entities/supplier.entity';
import { LISTED_PER_CATEGORY, LISTED_PER_COUNTY, LISTED_PER_SUPPLIER } from '../sql/catalog.sql';
import { SKUS_FOR_CHECKOUT_SQL } from '../sql/checkout-sku.sql';

/** Read by the cart and the product editor (checkout reads SKUs inside its own statement): prepared. */
const SKUS_FOR_CHECKOUT = preparedStatement(SKUS_FOR_CHECKOUT_SQL.text);

/** What checkout needs to know about a SKU, read in one statement. */
export interface SkuForCheckout {
  skuId: string;
  productId: string;
  supplierId: string;
  productName: string;
  spec: string;
  priceFen: number;
  /** On sale and its supplier approved. */
  sellable: boolean;
  /** A verified certification valid on the given day. */
  certified: boolean;
}

export interface CategoryCount {
  category: ProductCategory;
  productCount: number;
}

/** Products and suppliers as shoppers see them, plus the batch reads behind the relation fields. */
@Injectable()
export class CatalogService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectRepository(Supplier) private readonly suppliers: Repository<Supplier>,
    @InjectRepository(Product) private readonly products: Repository<Product>,
    @InjectRepository(ProductSku) private readonly skus: Repository<ProductSku>,
    @InjectRepository(ProductImage) private readonly images: Repository<ProductImage>,
    @InjectRepository(ProductCertification) private readonly certifications: Repository<ProductCertification>,
    private readonly regions: RegionService,
  ) {}

  /** SKUs with their product, supplier and certification as of `ctx.now` (for checkout and the cart). */
  async skusForCheckout(ctx: RequestContext, skuIds: readonly string[]): Promise<SkuForCheckout[]> {
    const ids = [...new Set(skuIds)].filter(isUuid);
    if (ids.length === 0) return [];
    const rows = await runPrepared<{
      sku_id: string;
      product_id: string;
      supplier_id: string;
      name: string;
      spec: string;
      price_fen: string;
      sellable: boolean;
      certified: boolean;
    }>(this.db, SKUS_FOR_CHECKOUT, namedValues(SKUS_FOR_CHECKOUT_SQL, { skuIds: ids, day: shanghaiDate(ctx.now) }));
    return rows.map((r) => ({
      skuId: r.sku_id,
      productId: r.product_id,
      supplierId: r.supplier_id,
      productName: r.name,
      spec: r.spec,
      priceFen: Number(r.price_fen),
      sellable: r.sellable,
      certified: r.certified,
    }));
  }

  /** A listed product (on sale, approved supplier); anything else is NOT_FOUND, including malformed ids. */
  async productById(id: string): Promise<Product> {
    if (!isUuid(id)) throw notFound('商品不存在');
    const product = await this.products
      .createQueryBuilder('p')
      .innerJoin(Supplier, 'su', 'su.id = p.supplier_id')
      .where('p.id = :id', { id })
      .andWhere(`p.status = 'on_sale'`)
      .andWhere(`su.status = 'approved'`)
      .getOne();
    if (!product) throw notFound('商品不存在');
    return product;
  }

  /** An approved supplier; anything else is NOT_FOUND. */
  async supplierById(id: string): Promise<Supplier> {
    if (!isUuid(id)) throw notFound('供应商不存在');
    const supplier = await this.suppliers.findOneBy({ id, status: 'approved' });
    if (!supplier) throw notFound('供应商不存在');
    return supplier;
  }

  /** Approved suppliers, by name then id, optionally in one county. */
  async listSuppliers(input: { countyCode?: string | null; first?: number | null; after?: string | null }): Promise<Connection<Supplier>> {
    const limit = pageSize(input.first);
    if (input.countyCode) await this.regions.requireCounty(input.countyCode);
    const qb = this.suppliers.createQueryBuilder('s').where(`s.status = 'approved'`);
    if (input.countyCode) qb.andWhere('s.county_code = :county', { county: input.countyCode.trim() });
    return keysetPage(qb, keysetSort('s', 'name', 'text', SortDirection.ASC), limit, input.after);
  }

  /** Every category in canonical order with how many listed products it has (0 included). */
  async categories(): Promise<CategoryCount[]> {
    const rows = await queryNamed(this.db, LISTED_PER_CATEGORY, {});
    const counts = new Map(rows.map((r) => [r.category, r.n]));
    return PRODUCT_CATEGORIES.map((category) => ({ category, productCount: counts.get(category) ?? 0 }));
  }

  /** A demo supplier by its stable key (e.g. "gaohan"), any status. */
  async supplierByDemoKey(key: string): Promise<Supplier | null> {
    return this.suppliers.findOneBy({ demoKey: key });
  }

  /** id → name, for role scope labels. */
  async supplierNames(ids: readonly string[]): Promise<Map<string, string>> {
    const valid = [...new Set(ids.filter(isUuid))];
    const rows = valid.length ? await this.suppliers.find({ select: { id: true, name: true }, where: { id: In(valid) } }) : [];
    return new Map(rows.map((s) => [s.id, s.name]));
  }

  /** id → product name, e.g. for the products a unit bought. */
  async productNames(ids: readonly string[]): Promise<Map<string, string>> {
    const valid = [...new Set(ids.filter(isUuid))];
    const rows = valid.length ? await this.products.find({ select: { id: true, name: true }, where: { id: In(valid) } }) : [];
    return new Map(rows.map((p) => [p.id, p.name]));
  }

  /** The suppliers, any status, whose credit code or name is one of `keys` (a spreadsheet's supplier column). */
  async suppliersNamed(keys: readonly string[]): Promise<Pick<Supplier, 'id' | 'creditCode' | 'name' | 'countyCode'>[]> {
    const unique = [...new Set(keys.filter(Boolean))];
    if (unique.length === 0) return [];
    return this.suppliers.find({
      select: { id: true, creditCode: true, name: true, countyCode: true },
      where: [{ creditCode: In(unique) }, { name: In(unique) }],
    });
  }

  /** Every product (any status) of these suppliers: id, supplier and name. */
  async productsOfSuppliers(supplierIds: readonly string[]): Promise<Pick<Product, 'id' | 'supplierId' | 'name'>[]> {
    const valid = [...new Set(supplierIds.filter(isUuid))];
    return valid.length ? this.products.find({ select: { id: true, supplierId: true, name: true }, where: { supplierId: In(valid) } }) : [];
  }

  // ---- batch reads for DataLoader (one query per relation per request) ----

  /** The suppliers that exist among these ids, any status (malformed ids are left out; order not guaranteed). */
  async suppliersByIds(ids: readonly string[]): Promise<Supplier[]> {
    const valid = [...new Set(ids.filter(isUuid))];
    return valid.length ? this.suppliers.findBy({ id: In(valid) }) : [];
  }

  async skusByProductIds(ids: readonly string[]): Promise<ProductSku[][]> {
    const rows = await this.skus.find({
      where: { productId: In([...new Set(ids)]) },
      order: { sortOrder: 'ASC', priceFen: 'ASC', id: 'ASC' },
    });
    return groupByKeys(ids, rows, (s) => s.productId);
  }

  async imagesByProductIds(ids: readonly string[]): Promise<ProductImage[][]> {
    const rows = await this.images.find({ where: { productId: In([...new Set(ids)]) }, order: { sortOrder: 'ASC', id: 'ASC' } });
    return groupByKeys(ids, rows, (i) => i.productId);
  }

  /** The verified certification valid today (the one valid longest when several are). */
  async currentCertificationsByProductIds(ctx: RequestContext, ids: readonly string[]): Promise<(ProductCertification | null)[]> {
    const today = shanghaiDate(ctx.now);
    const rows = await this.certifications
      .createQueryBuilder('c')
      .where('c.product_id IN (:...ids)', { ids: [...new Set(ids)] })
      .andWhere('c.verified_at IS NOT NULL')
      .andWhere('c.valid_from <= CAST(:today AS date) AND c.valid_to >= CAST(:today AS date)', { today })
      .orderBy('c.valid_to', 'ASC')
      .getMany();
    // ascending, so the last row per product (the longest-valid) wins in byKeys
    return byKeys(ids, rows, (c) => c.productId);
  }

  /** Listed products per supplier (on sale, supplier approved: none while it is suspended), best-selling first. */
  async listedProductsBySupplierIds(ids: readonly string[]): Promise<Product[][]> {
    const rows = await this.products.find({
      where: { supplierId: In([...new Set(ids)]), listed: true },
      order: { salesCount: 'DESC', id: 'ASC' },
    });
    return groupByKeys(ids, rows, (p) => p.supplierId);
  }

  /** How many listed products each supplier has (0 while it is suspended or not yet approved). */
  async listedProductCountsBySupplierIds(ids: readonly string[]): Promise<number[]> {
    const rows = await queryNamed(this.db, LISTED_PER_SUPPLIER, { supplierIds: [...new Set(ids)] });
    const counts = new Map(rows.map((r) => [r.supplier_id, r.n]));
    return ids.map((id) => counts.get(id) ?? 0);
  }

  /** Listed products whose supplier is in each county (0 for other levels). */
  async listedProductCountsByCountyCodes(codes: readonly string[]): Promise<number[]> {
    const rows = await queryNamed(this.db, LISTED_PER_COUNTY, { countyCodes: [...new Set(codes)] });
    const counts = new Map(rows.map((r) => [r.county_code, r.n]));
    return codes.map((c) => counts.get(c) ?? 0);
  }
}
