import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { queryNamed } from '@yigou/server/database';
import { CatalogService } from '@yigou/server/catalog';
import { RegionService } from '@yigou/server/regions';
import { badInput, notFound, RequestContext } from '@yigou/server/core';
import { isUuid } from '@yigou/shared/validation';
import { Address } from '../entities/address.entity';
import { CartItem } from '../entities/cart-item.entity';
import { AddressInput, CartLineInput, MAX_LINE_QUANTITY } from '../dto/order.inputs';
import { notOnSale } from '../errors';
import { CartQuote } from '../dto/cart-quote.types';
import { quoteSupplierOrder } from '../pricing/order-pricing';
import { ADD_TO_CART, REMOVE_FROM_CART } from '../sql/cart.sql';

/** The server-side cart and the address book of the signed-in user. */
@Injectable()
export class CartService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly catalog: CatalogService,
    private readonly regions: RegionService,
  ) {}

  async items(ctx: RequestContext): Promise<CartItem[]> {
    const user = ctx.requireUser();
    return this.db.getRepository(CartItem).find({ where: { userId: user.id }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  /**
   * The cart priced as checkout will price it: the cart's prices (checkout refuses
   * a changed price until the buyer accepts it), one order per supplier with its
   * own shipping. Lines that cannot be bought now are left out and counted.
   */
  async quote(ctx: RequestContext): Promise<CartQuote> {
    const items = await this.items(ctx);
    const skus = new Map(
      (
        await this.catalog.skusForCheckout(
          ctx,
          items.map((i) => i.skuId),
        )
      ).map((s) => [s.skuId, s]),
    );
    const bySupplier = new Map<string, { itemIds: string[]; quantity: number; itemsFen: number }>();
    let unavailableCount = 0;
    for (const item of items) {
      const sku = skus.get(item.skuId);
      if (!sku?.sellable) {
        unavailableCount += 1;
        continue;
      }
      const g = bySupplier.get(sku.supplierId) ?? { itemIds: [], quantity: 0, itemsFen: 0 };
      g.itemIds.push(item.id);
      g.quantity += item.quantity;
      g.itemsFen += Number(item.priceFen) * item.quantity;
      bySupplier.set(sku.supplierId, g);
    }
    const names = await this.catalog.supplierNames([...bySupplier.keys()]);
    const groups = [...bySupplier.entries()].map(([supplierId, g]) => ({
      supplierId,
      supplierName: names.get(supplierId) ?? '',
      itemIds: g.itemIds,
      quantity: g.quantity,
      ...quoteSupplierOrder(g.itemsFen),
    }));
    const sum = (f: (g: (typeof groups)[number]) => number) => groups.reduce((s, g) => s + f(g), 0);
    return {
      groups,
      itemCount: sum((g) => g.quantity),
      itemsFen: sum((g) => g.itemsFen),
      shippingFen: sum((g) => g.shippingFen),
      totalFen: sum((g) => g.totalFen),
      unavailableCount,
    };
  }

  /** Adds to (or increases) a cart line; the price shown now is the price the buyer accepts. */
  async add(ctx: RequestContext, input: CartLineInput): Promise<CartItem[]> {
    const user = ctx.requireUser();
    const [sku] = await this.catalog.skusForCheckout(ctx, [input.skuId]);
    if (!sku) throw badInput('商品规格不存在', 'skuId');
    if (!sku.sellable) throw notOnSale(sku.productName);
    const rows = await queryNamed(this.db, ADD_TO_CART, {
      userId: user.id,
      skuId: sku.skuId,
      quantity: input.quantity,
      priceFen: sku.priceFen,
      maxQuantity: MAX_LINE_QUANTITY,
    });
    if (rows.length === 0) throw badInput(`同一规格最多购买 ${MAX_LINE_QUANTITY} 件`, 'quantity');
    return this.items(ctx);
  }

  /** Sets the quantity; `confirmPrice` accepts the current price after a change. */
  async update(ctx: RequestContext, input: CartLineInput & { confirmPrice?: boolean | null }): Promise<CartItem[]> {
    const user = ctx.requireUser();
    const item = await this.db.getRepository(CartItem).findOne({ where: { userId: user.id, skuId: input.skuId } });
    if (!item) throw notFound('购物车中没有该商品');
    item.quantity = input.quantity;
    if (input.confirmPrice) {
      const [sku] = await this.catalog.skusForCheckout(ctx, [input.skuId]);
      if (sku) item.priceFen = sku.priceFen;
    }
    await this.db.getRepository(CartItem).save(item);
    return this.items(ctx);
  }

  async remove(ctx: RequestContext, skuIds: string[]): Promise<CartItem[]> {
    const user = ctx.requireUser();
    await queryNamed(this.db, REMOVE_FROM_CART, { userId: user.id, skuIds: skuIds.filter(isUuid) });
    return this.items(ctx);
  }

  async addresses(ctx: RequestContext): Promise<Address[]> {
    const user = ctx.requireUser();
    return this.db.getRepository(Address).find({ where: { userId: user.id }, order: { isDefault: 'DESC', createdAt: 'DESC' } });
  }

  async saveAddress(ctx: RequestContext, id: string | null, input: AddressInput): Promise<Address> {
    const user = ctx.requireUser();
    return this.db.transaction(async (em) => {
      const repo = em.getRepository(Address);
      let row: Address | null = null;
      if (id) {
        row = isUuid(id) ? await repo.findOne({ where: { id, userId: user.id } }) : null;
        if (!row) throw notFound('地址不存在');
      } else if ((await repo.count({ where: { userId: user.id } })) >= 20) {
        throw badInput('地址簿最多保存 20 个地址');
      }
      const region = await this.regions.resolveAddress(input); // refuses codes that do not nest, before any write
      const isDefault = input.isDefault ?? !id;
      if (isDefault) await repo.update({ userId: user.id }, { isDefault: false });
      const saved = repo.merge(row ?? repo.create({ userId: user.id }), {
        ...input,
        ...region,
        postalCode: input.postalCode ?? null,
        isDefault,
      });
      return repo.save(saved);
    });
  }

  async deleteAddress(ctx: RequestContext, id: string): Promise<boolean> {
    const user = ctx.requireUser();
    const r = isUuid(id) ? await this.db.getRepository(Address).delete({ id, userId: user.id }) : null;
    if (!r?.affected) throw notFound('地址不存在');
    return true;
  }
}
