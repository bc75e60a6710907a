import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  badInput,
  Connection,
  idConnection,
  idCursorAfter,
  notFound,
  pageSize,
  PublicResponseCache,
  RequestContext,
} from '@yigou/server/core';
import { isUuid } from '@yigou/shared/validation';
import { stockBelowZero } from '../../errors';
import { ProductSku } from '../../entities/product-sku.entity';
import { Product } from '../../entities/product.entity';
import { StockMovement } from '../../entities/stock-movement.entity';
import { StockService } from '../../services/stock.service';
import { AdjustStockInput } from '../dto/product-editor.input';

export const DEFAULT_LOW_STOCK = 10;

export interface LowStockRow {
  sku: ProductSku;
  productId: string;
  productName: string;
}

/** The supplier's view of the stock ledger: receive/adjust, history and low-stock warnings. */
@Injectable()
export class StockLedgerService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly stock: StockService,
    private readonly publicCache: PublicResponseCache,
  ) {}

  async adjust(ctx: RequestContext, input: AdjustStockInput): Promise<ProductSku> {
    const me = ctx.requireUser();
    await this.skuForSupplier(ctx, input.skuId);
    if (!Number.isInteger(input.quantity) || input.quantity === 0) throw badInput('数量必须是非零整数', 'quantity');
    if (input.kind === 'received' && input.quantity < 0) throw badInput('入库数量必须大于0', 'quantity');
    const reason = input.reason?.trim() || null;
    if (input.kind === 'adjusted' && !reason) throw badInput('盘点调整请填写原因', 'reason');
    const level = await this.stock.apply(input.kind, {
      skuId: input.skuId,
      quantity: input.quantity,
      reason,
      actorId: me.id,
      refType: 'manual',
    });
    if (!level) throw stockBelowZero();
    // The stock state shoppers see may have changed (orders' reservations only drift within the cache TTL).
    this.publicCache.invalidate();
    return this.db.getRepository(ProductSku).findOneByOrFail({ id: input.skuId });
  }

  async movements(
    ctx: RequestContext,
    args: { skuId: string; first?: number | null; after?: string | null },
  ): Promise<Connection<StockMovement>> {
    await this.skuForSupplier(ctx, args.skuId);
    const limit = pageSize(args.first);
    const qb = this.db.getRepository(StockMovement).createQueryBuilder('m').where('m.sku_id = :sku', { sku: args.skuId });
    const totalCount = await qb.getCount();
    const before = idCursorAfter(args.after);
    if (before) qb.andWhere('m.id < :id', { id: before });
    const rows = await qb
      .orderBy('m.id', 'DESC')
      .take(limit + 1)
      .getMany();
    return idConnection(rows, limit, totalCount);
  }

  /** SKUs of the supplier's drafts and listed products at or below the threshold, emptiest first (at most 200). */
  async lowStock(ctx: RequestContext, supplierId: string, threshold = DEFAULT_LOW_STOCK): Promise<LowStockRow[]> {
    ctx.requireUser();
    ctx.requireSupplier(supplierId);
    if (!Number.isInteger(threshold) || threshold < 0 || threshold > 1_000_000)
      throw badInput('预警阈值必须是0到100万之间的整数', 'threshold');
    const rows = await this.db
      .getRepository(ProductSku)
      .createQueryBuilder('s')
      .innerJoinAndMapOne('s.productRow', Product, 'p', 'p.id = s.product_id')
      .where('p.supplier_id = :supplierId', { supplierId })
      .andWhere(`p.status <> 'off_sale'`)
      .andWhere('s.stock_available <= :threshold', { threshold })
      .orderBy('s.stockAvailable', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .take(200)
      .getMany();
    return rows.map((sku) => ({ sku, productId: sku.productId, productName: sku.productRow?.name ?? '' }));
  }

  private async skuForSupplier(ctx: RequestContext, skuId: string): Promise<ProductSku> {
    ctx.requireUser();
    if (!isUuid(skuId)) throw notFound('规格不存在');
    const sku = await this.db
      .getRepository(ProductSku)
      .createQueryBuilder('s')
      .innerJoinAndMapOne('s.productRow', Product, 'p', 'p.id = s.product_id')
      .where('s.id = :skuId', { skuId })
      .getOne();
    if (!sku || !sku.productRow) throw notFound('规格不存在');
    ctx.requireSupplier(sku.productRow.supplierId);
    return sku;
  }
}
