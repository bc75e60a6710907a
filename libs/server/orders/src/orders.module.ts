import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '@yigou/server/catalog';
import { IdentityModule } from '@yigou/server/identity';
import { NotificationsModule } from '@yigou/server/notifications';
import { LivestreamModule } from '@yigou/server/livestream';
import { RegionsModule } from '@yigou/server/regions';
import { Address } from './address.entity';
import { BindingChangeRequest } from './binding-change.entity';
import { BindingChangeRequestResolver, OrderBindingResolver } from './binding-change.resolver';
import { CartItem } from './cart-item.entity';
import { CartService } from './cart.service';
import { CheckoutService } from './checkout.service';
import { OrderLifecycle } from './order-lifecycle.service';
import { OrderLine } from './order-line.entity';
import { CartResolver, OrderResolver } from './order.resolver';
import { OrderService } from './order.service';
import { OrderSweeper } from './order-sweeper.service';
import { OrderTransition } from './order-transition.entity';
import { Order } from './order.entity';
import { BuyerSkuPurchase, SkuPurchaseLimit } from './purchase-limit.entity';
import { CartItemLimitResolver, SkuPurchaseLimitResolver } from './purchase-limit.resolver';
import { Refund } from './refund.entity';
import { DeliveryReminder, Parcel } from './shipping/parcel.entity';
import { SHIPPING_PROVIDERS } from './shipping/shipping.providers';

export const ORDER_ENTITIES = [Order, OrderLine, OrderTransition, CartItem, Address, SkuPurchaseLimit, BuyerSkuPurchase, Refund, BindingChangeRequest, Parcel, DeliveryReminder];

/** Cart, addresses, checkout per supplier, the order state machine, fulfilment, notifications. */
@Module({
  imports: [TypeOrmModule.forFeature(ORDER_ENTITIES), CatalogModule, NotificationsModule, LivestreamModule, IdentityModule, RegionsModule],
  providers: [OrderLifecycle, CheckoutService, CartService, OrderService, OrderSweeper, OrderResolver, CartResolver, OrderBindingResolver, BindingChangeRequestResolver, SkuPurchaseLimitResolver, CartItemLimitResolver, ...SHIPPING_PROVIDERS],
  exports: [OrderLifecycle, OrderService, CheckoutService, OrderSweeper],
})
export class OrdersModule {}
