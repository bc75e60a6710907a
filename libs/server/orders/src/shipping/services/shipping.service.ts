import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import DataLoader from 'dataloader';
import { groupByKeys, LoaderRegistry, RequestContext } from '@yigou/server/core';
import { Order } from '../../entities/order.entity';
import { OrderLifecycle } from '../../services/order-lifecycle.service';
import { invalidState } from '../../errors';
import { OrderService } from '../../services/order.service';
import { Parcel } from '../entities/parcel.entity';
import { checkParcels, CheckedParcel, ParcelDraft } from './parcel-rules';

/** Shipping as suppliers ship: one or more parcels per order, each with a listed carrier and a number of its shape. */
@Injectable()
export class ShippingService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly orders: OrderService,
    private readonly lifecycle: OrderLifecycle,
  ) {}

  /** Ships a waiting order in these parcels (the order moves to shipped once, with all its parcels). */
  ship(ctx: RequestContext, orderId: string, drafts: readonly ParcelDraft[]): Promise<Order> {
    return this.orders.act(ctx, orderId, 'supplier', async (em, order, actor) => {
      if (order.status !== 'to_ship') throw invalidState(order.status, '发货');
      const parcels = checkParcels(drafts, await this.lifecycle.lines(em, order.id));
      const summary = parcels.length > 1 ? `，共 ${parcels.length} 个包裹` : '';
      await this.lifecycle.ship(em, order, parcels[0].carrierName, parcels[0].trackingNo, actor, ctx.now);
      await this.insert(em, order.id, parcels, ctx.now);
      if (summary) await em.getRepository(Order).update(order.id, { carrier: `${parcels[0].carrierName}${summary}` });
      order.carrier = `${parcels[0].carrierName}${summary}`;
    });
  }

  /** A further parcel of an order already shipped (sent later, or split after the first waybill). */
  addParcel(ctx: RequestContext, orderId: string, draft: ParcelDraft): Promise<Order> {
    return this.orders.act(ctx, orderId, 'supplier', async (em, order) => {
      if (order.status !== 'shipped') throw invalidState(order.status, '补充包裹');
      const existing = await em.getRepository(Parcel).find({ where: { orderId: order.id }, order: { createdAt: 'ASC' } });
      const [parcel] = checkParcels([draft], await this.lifecycle.lines(em, order.id), existing);
      await this.insert(em, order.id, [parcel], ctx.now);
    });
  }

  /** Records the parcels of a shipment (also used by the single-waybill shipOrder). */
  async insert(em: EntityManager, orderId: string, parcels: readonly CheckedParcel[], now: Date): Promise<void> {
    await em.getRepository(Parcel).insert(parcels.map((p) => ({ ...p, orderId, shippedAt: now })));
  }

  /** The per-request loader of an order's parcels, oldest first. */
  loader(registry: LoaderRegistry): DataLoader<string, Parcel[]> {
    return registry.get<string, Parcel[]>('orders.parcels', async (ids) =>
      groupByKeys(
        ids,
        await this.db.getRepository(Parcel).find({ where: { orderId: In([...ids]) }, order: { shippedAt: 'ASC', createdAt: 'ASC' } }),
        (p) => p.orderId,
      ),
    );
  }
}
