import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG } from '@yigou/server/core';
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
import { OrderPayments } from './payments/order-payments.service';
import { OrderTransition } from './order-transition.entity';
import { Order } from './order.entity';
import { BuyerSkuPurchase, SkuPurchaseLimit } from './purchase-limit.entity';
import { CartItemLimitResolver, SkuPurchaseLimitResolver } from './purchase-limit.resolver';
import { Refund } from './refund.entity';
import { ProductRatingsResolver } from './ratings/product-ratings.resolver';
import { InvoiceFileController } from './invoices/invoice.controller';
import { INVOICE_ISSUER, invoiceIssuerFromEnv } from './invoices/invoice-issuer';
import { InvoiceResolver } from './invoices/invoice.resolver';
import { InvoiceService } from './invoices/invoice.service';
import { INVOICE_STORE, invoiceStoreFor } from './invoices/invoice-store';
import { IssuedInvoice } from './invoices/issued-invoice.entity';
import { ProcurementListService } from './invoices/procurement-list.service';
import { DeliveryReminder, Parcel } from './shipping/parcel.entity';
import { SHIPPING_PROVIDERS } from './shipping/shipping.providers';

export const ORDER_ENTITIES = [
  Order,
  OrderLine,
  OrderTransition,
  CartItem,
  Address,
  SkuPurchaseLimit,
  BuyerSkuPurchase,
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
    OrderSweeper,
    OrderResolver,
    CartResolver,
    OrderBindingResolver,
    BindingChangeRequestResolver,
    SkuPurchaseLimitResolver,
    CartItemLimitResolver,
    ProductRatingsResolver,
    OrderPayments,
    ...SHIPPING_PROVIDERS,
  ],
  exports: [OrderLifecycle, OrderService, CheckoutService, OrderSweeper, OrderPayments],
})
export class OrdersModule {}
