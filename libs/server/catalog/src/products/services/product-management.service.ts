import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  badInput,
  Connection,
  forbidden,
  keysetPage,
  keysetSort,
  notFound,
  pageSize,
  PublicResponseCache,
  RequestContext,
} from '@yigou/server/core';
import { MediaStorageService } from '@yigou/server/media';
import { RegionService } from '@yigou/server/regions';
import { isFen } from '@yigou/shared/money';
import type { ProductStatus } from '../../dto/catalog.enums';
import { isUuid } from '@yigou/shared/validation';
import { supplierNotApproved } from '../../onboarding/errors';
import { noWayBackToDraft, takenDownByPlatform } from '../../errors';
import { ProductImage } from '../../entities/product-image.entity';
import { ProductSku } from '../../entities/product-sku.entity';
import { Product } from '../../entities/product.entity';
import { StockService } from '../../services/stock.service';
import { Supplier } from '../../entities/supplier.entity';
import { CreateProductInput, ProductInput, SetProductStatusInput, SkuInput, UpdateProductInput } from '../dto/product-editor.input';

export const MAX_STOCK = 10_000_000;
export const MAX_PRICE_FEN = 100_000_000; // ¥1,000,000 per unit

/** Checks one SKU's figures; `at` names the field prefix (e.g. "skus.0"). */
export function skuProblem(sku: {
  priceFen: unknown;
  stock?: number | null;
  weightGrams?: number | null;
}): { field: string; message: string } | null {
  if (!isFen(sku.priceFen)) return { field: 'priceFen', message: '价格必须是以分为单位的整数（不能有分以下的小数）' };
  if (sku.priceFen <= 0) return { field: 'priceFen', message: '价格必须大于0' };
  if (sku.priceFen > MAX_PRICE_FEN) return { field: 'priceFen', message: '价格不能超过100万元' };
  if (sku.stock !== null && sku.stock !== undefined) {
    if (!Number.isInteger(sku.stock)) return { field: 'stock', message: '库存必须是整数' };
    if (sku.stock < 0) return { field: 'stock', message: '库存不能小于0' };
    if (sku.stock > MAX_STOCK) return { field: 'stock', message: '库存不能超过1000万' };
  }
  if (sku.weightGrams !== null && sku.weightGrams !== undefined && (!Number.isInteger(sku.weightGrams) || sku.weightGrams <= 0)) {
    return { field: 'weightGrams', message: '重量必须是大于0的整数克' };
  }
  return null;
}

/** Supplier staff create and edit their products; the platform can take any off the shelves. */
@Injectable()
export class ProductManagementService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly stock: StockService,
    private readonly media: MediaStorageService,
    private readonly regions: RegionService,
    private readonly publicCache: PublicResponseCache,
  ) {}

  async create(ctx: RequestContext, input: CreateProductInput): Promise<Product> {
    ctx.requireUser();
    ctx.requireSupplier(input.supplierId);
    await this.requireApprovedSupplier(input.supplierId);
    await this.validate(input, true);
    const created = await this.db.transaction(async (em) => {
      const product = await em.getRepository(Product).save(
        em.getRepository(Product).create({
          supplierId: input.supplierId,
          name: input.name.trim(),
          category: input.category,
          originCode: input.originCode?.trim() || null,
          description: input.description?.trim() || null,
          status: 'draft',
        }),
      );
      await this.writeSkus(em, ctx, product.id, input.skus);
      await this.writeImages(em, product.id, input.imageUrls ?? [], product.name);
      return product;
    });
    this.publicCache.invalidate();
    return created;
  }

  async update(ctx: RequestContext, input: UpdateProductInput): Promise<Product> {
    const product = await this.productForEdit(ctx, input.productId);
    await this.requireApprovedSupplier(product.supplierId);
    await this.validate(input, false);
    const existing = await this.db.getRepository(ProductSku).findBy({ productId: product.id });
    const own = new Set(existing.map((s) => s.id));
    input.skus.forEach((s, i) => {
      if (s.id && !own.has(s.id)) throw badInput('规格不属于该商品', `skus.${i}.id`);
    });
    const updated = await this.db.transaction(async (em) => {
      await em.getRepository(Product).save(
        Object.assign(product, {
          name: input.name.trim(),
          category: input.category,
          originCode: input.originCode?.trim() || null,
          description: input.description?.trim() || null,
        }),
      );
      await this.writeSkus(em, ctx, product.id, input.skus);
      if (input.imageUrls) await this.writeImages(em, product.id, input.imageUrls, product.name);
      return em.getRepository(Product).findOneByOrFail({ id: product.id });
    });
    // After the commit, so no anonymous read can refill the cache with the old product.
    this.publicCache.invalidate();
    return updated;
  }

  /**
   * Shelf status. Staff move their products between draft / on sale / off sale; a product the platform
   * took off (with a reason) stays off until a platform admin puts it back. A platform admin taking a
   * product off must give a reason.
   */
  async setStatus(ctx: RequestContext, input: SetProductStatusInput): Promise<Product> {
    const product = await this.productForEdit(ctx, input.productId);
    const isPlatform = ctx.hasRole('platform_admin');
    const isStaff = ctx.grantsFor('supplier_staff').some((g) => g.supplierId === product.supplierId);
    const reason = input.reason?.trim() || null;
    let offShelfReason: string | null = product.offShelfReason;
    if (isPlatform && !isStaff) {
      if (input.status !== 'on_sale' && !reason) throw badInput('请填写下架理由', 'reason');
      offShelfReason = input.status === 'on_sale' ? null : reason;
    } else {
      if (product.offShelfReason && input.status === 'on_sale') {
        throw takenDownByPlatform(product.offShelfReason);
      }
      await this.requireApprovedSupplier(product.supplierId);
    }
    if (input.status === 'on_sale') {
      const skus = await this.db.getRepository(ProductSku).countBy({ productId: product.id });
      if (skus === 0) throw badInput('请至少添加一个规格后再上架', 'status');
    }
    if (input.status === 'draft' && product.status !== 'draft') throw noWayBackToDraft(product.status);
    await this.db.getRepository(Product).update({ id: product.id }, { status: input.status, offShelfReason });
    this.publicCache.invalidate();
    return this.db.getRepository(Product).findOneByOrFail({ id: product.id });
  }

  /** A product in any status, for its supplier's staff (and platform admins). */
  async productForEdit(ctx: RequestContext, id: string): Promise<Product> {
    ctx.requireUser();
    if (!isUuid(id)) throw notFound('商品不存在');
    const product = await this.db.getRepository(Product).findOneBy({ id });
    if (!product) throw notFound('商品不存在');
    if (!ctx.canActForSupplier(product.supplierId)) throw forbidden('您无权操作其他供应商的商品');
    return product;
  }

  async listForSupplier(
    ctx: RequestContext,
    args: { supplierId: string; status?: ProductStatus | null; first?: number | null; after?: string | null },
  ): Promise<Connection<Product>> {
    ctx.requireUser();
    ctx.requireSupplier(args.supplierId);
    const limit = pageSize(args.first);
    const qb = this.db.getRepository(Product).createQueryBuilder('p').where('p.supplier_id = :s', { s: args.supplierId });
    if (args.status) qb.andWhere('p.status = :st', { st: args.status });
    return keysetPage(qb, keysetSort('p', 'created_at', 'timestamptz'), limit, args.after);
  }

  async requireApprovedSupplier(supplierId: string): Promise<Supplier> {
    const supplier = await this.db.getRepository(Supplier).findOneBy({ id: supplierId });
    if (!supplier) throw notFound('供应商不存在');
    if (supplier.status !== 'approved') throw supplierNotApproved();
    return supplier;
  }

  private async validate(input: ProductInput, creating: boolean): Promise<void> {
    if (input.skus.length === 0) throw badInput('请至少添加一个规格', 'skus');
    input.skus.forEach((sku, i) => {
      const p = skuProblem(sku);
      if (p) throw badInput(p.message, `skus.${i}.${p.field}`);
      if (creating && sku.id) throw badInput('新商品的规格不能带编号', `skus.${i}.id`);
    });
    const specs = input.skus.map((s) => s.spec.trim());
    const dup = specs.findIndex((s, i) => specs.indexOf(s) !== i);
    if (dup >= 0) throw badInput(`规格「${specs[dup]}」重复`, `skus.${dup}.spec`);
    if (input.originCode?.trim()) {
      const origin = await this.regions.getByCode(input.originCode.trim());
      if (!origin) throw badInput('产地不存在，请重新选择', 'originCode');
    }
    for (const [i, url] of (input.imageUrls ?? []).entries()) {
      if (!(await this.media.claim(url))) throw badInput('图片无效，请重新上传', `imageUrls.${i}`);
    }
  }

  private async writeSkus(em: EntityManager, ctx: RequestContext, productId: string, skus: SkuInput[]): Promise<void> {
    const actorId = ctx.user?.id ?? null;
    for (const [i, s] of skus.entries()) {
      if (s.id) {
        await em
          .getRepository(ProductSku)
          .update(
            { id: s.id, productId },
            { spec: s.spec.trim(), unit: s.unit.trim(), priceFen: s.priceFen, weightGrams: s.weightGrams ?? null, sortOrder: i },
          );
        continue;
      }
      const sku = await em.getRepository(ProductSku).save(
        em.getRepository(ProductSku).create({
          productId,
          spec: s.spec.trim(),
          unit: s.unit.trim(),
          priceFen: s.priceFen,
          weightGrams: s.weightGrams ?? null,
          sortOrder: i,
        }),
      );
      if (s.stock) {
        await this.stock.apply(
          'received',
          { skuId: sku.id, quantity: s.stock, reason: '新建规格初始库存', actorId, refType: 'product', refId: productId },
          em,
        );
      }
    }
  }

  private async writeImages(em: EntityManager, productId: string, urls: string[], alt: string): Promise<void> {
    await em.getRepository(ProductImage).delete({ productId });
    if (urls.length === 0) return;
    await em
      .getRepository(ProductImage)
      .insert(urls.map((url, i) => ({ productId, url, thumbUrl: this.media.thumbUrlOf(url), alt, sortOrder: i })));
  }
}
