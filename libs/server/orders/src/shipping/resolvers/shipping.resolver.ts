import { Context, Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, GraphQLContext, Public, RequestContext, Roles } from '@yigou/server/core';
import { CARRIERS, trackingUrl } from '@yigou/shared/domain';
import { Order } from '../../entities/order.entity';
import { Parcel } from '../entities/parcel.entity';
import { ParcelView } from '../dto/parcel.view';
import { AddParcelInput, ShipParcelsInput } from '../dto/shipping.inputs';
import { ShippingService } from '../services/shipping.service';
import { CarrierType } from '../dto/carrier.types';
import { OrderView } from '../../dto/order.view';

@Resolver(() => ParcelView)
export class ParcelResolver {
  @ResolveField(() => String, { nullable: true, description: "The carrier's public query page for this number" })
  trackingUrl(@Parent() parcel: Parcel): string | null {
    return trackingUrl(parcel.carrierCode, parcel.trackingNo);
  }
}

@Resolver(() => OrderView)
export class OrderShippingResolver {
  constructor(private readonly shipping: ShippingService) {}

  @Public()
  @Query(() => [CarrierType], { description: 'Carriers a supplier may ship with' })
  carriers(): CarrierType[] {
    return CARRIERS.map((c) => ({
      code: c.code,
      name: c.name,
      shapeHint: c.shapeHint,
      pattern: c.pattern.source,
      hasTrackingPage: c.trackingUrl !== null,
    }));
  }

  @Roles('supplier_staff', 'platform_admin')
  @Mutation(() => OrderView, { description: 'Ships a waiting order in one or more parcels' })
  shipOrderParcels(@Ctx() ctx: RequestContext, @Args('input') input: ShipParcelsInput): Promise<Order> {
    return this.shipping.ship(ctx, input.orderId, input.parcels);
  }

  @Roles('supplier_staff', 'platform_admin')
  @Mutation(() => OrderView, { description: 'Adds a parcel to an order already shipped' })
  addOrderParcel(@Ctx() ctx: RequestContext, @Args('input') input: AddParcelInput): Promise<Order> {
    return this.shipping.addParcel(ctx, input.orderId, input.parcel);
  }

  @ResolveField(() => [ParcelView], { description: '包裹: the waybills the order shipped in' })
  parcels(@Parent() order: Order, @Context() context: GraphQLContext): Promise<Parcel[]> {
    return this.shipping.loader(context.loaders).load(order.id);
  }
}
