import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG } from '@yigou/server/core';
import { CatalogModule } from '@yigou/server/catalog';
import { IdentityModule } from '@yigou/server/identity';
import { NotificationsModule } from '@yigou/server/notifications';
import { LivestreamModule } from '@yigou/server/livestream';
import { RegionsModule } from '@yigou/server/regions';
import { Address } from './entities/address.entity';
import { BindingChangeRequest } from './entities/binding-change.entity';
import { BindingChangeRequestResolver, OrderBindingResolver } from './resolvers/binding-change.resolver';
import { CartItem } from './entities/cart-item.entity';
import { CartService } from './services/cart.service';
import { CheckoutService } from './services/checkout.service';
import { OrderLifecycle } from './services/order-lifecycle.service';
import { OrderLine } from './entities/order-line.entity';
import { CartResolver, OrderResolver } from './resolvers/order.resolver';
import { OrderService } from './services/order.service';
import { OrderSweeper } from './services/order-sweeper.service';
import { OrderPayments } from './payments/services/order-payments.service';
import { OrderTransition } from './entities/order-transition.entity';
import { Order } from './entities/order.entity';
import { BuyerSkuPurchase } from './entities/buyer-sku-purchase.entity';
import { CheckoutKey } from './entities/checkout-key.entity';
import { SkuPurchaseLimit } from './entities/purchase-limit.entity';
import { CartItemLimitResolver, SkuPurchaseLimitResolver } from './resolvers/purchase-limit.resolver';
import { Refund } from './entities/refund.entity';
import { ProductRatingsResolver } from './ratings/resolvers/product-ratings.resolver';
import { ProductRatingsService } from './ratings/services/product-ratings.service';
import { OrderRelations } from './services/order-relations.service';
import { InvoiceFileController } from './invoices/resolvers/invoice.controller';
import { INVOICE_ISSUER, invoiceIssuerFromEnv } from './invoices/services/invoice-issuer';
import { InvoiceResolver } from './invoices/resolvers/invoice.resolver';
import { InvoiceService } from './invoices/services/invoice.service';
import { INVOICE_STORE, invoiceStoreFor } from './invoices/services/invoice-store';
import { IssuedInvoice } from './invoices/entities/issued-invoice.entity';
import { ProcurementListService } from './invoices/services/procurement-list.service';
import { DeliveryReminder } from './shipping/entities/delivery-reminder.entity';
import { Parcel } from './shipping/entities/parcel.entity';
import { SHIPPING_PROVIDERS } from './shipping/services/shipping.providers';

export const ORDER_ENTITIES = [
  Order,
  OrderLine,
  OrderTransition,
  CartItem,
  Address,
  SkuPurchaseLimit,
  BuyerSkuPurchase,
  CheckoutKey,
  Refund,
  BindingChangeRequest,
  IssuedInvoice,
  Parcel,
  DeliveryReminder,
];

/** Cart, addresses, checkout per supplier, the order state machine, fulfilment, notifications. */
@Module({
  imports: [TypeOrmModule.forFeature(ORDER_ENTITIES), CatalogModule, NotificationsModule, LivestreamModule, IdentityModule, RegionsModule],
  controllers: [InvoiceFileController],
  providers: [
    InvoiceService,
    ProcurementListService,
    InvoiceResolver,
    { provide: INVOICE_STORE, useFactory: invoiceStoreFor, inject: [APP_CONFIG] },
    { provide: INVOICE_ISSUER, useFactory: () => invoiceIssuerFromEnv() },
    OrderLifecycle,
    CheckoutService,
    CartService,
    OrderService,
    OrderRelations,
    OrderSweeper,
    OrderResolver,
    CartResolver,
    OrderBindingResolver,
    BindingChangeRequestResolver,
    SkuPurchaseLimitResolver,
    CartItemLimitResolver,
    ProductRatingsResolver,
    ProductRatingsService,
    OrderPayments,
    ...SHIPPING_PROVIDERS,
  ],
  exports: [OrderLifecycle, OrderService, CheckoutService, OrderSweeper, OrderPayments],
})
export class OrdersModule {}
