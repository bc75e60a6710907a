import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '@yigou/server/catalog';
import { OrdersModule } from '@yigou/server/orders';
import { BankTransferService } from './bank-transfer.service';
import { BankTransfer, PaymentAttempt, StripeEventRecord, TransferMatch } from './payment.entities';
import { BankTransferPaymentStrategy, StripePaymentStrategy } from './payment-strategies';
import { PAYMENT_STRATEGIES, PaymentStrategy } from './payment-strategy';
import { BankTransferResolver, PaymentResolver } from './payment.resolver';
import { PaymentService } from './payment.service';
import { RefundService } from './refund.service';
import { StripeGateway } from './stripe-gateway';
import { StripeWebhookController } from './stripe-webhook.controller';
import { StripeWebhookService } from './stripe-webhook.service';

export const PAYMENT_ENTITIES = [PaymentAttempt, StripeEventRecord, BankTransfer, TransferMatch];

/** Stripe PaymentIntents and webhook, bank transfers with statement import and matching, refunds. */
@Module({
  imports: [TypeOrmModule.forFeature(PAYMENT_ENTITIES), OrdersModule, CatalogModule],
  controllers: [StripeWebhookController],
  providers: [
    StripeGateway,
    StripePaymentStrategy,
    BankTransferPaymentStrategy,
    {
      provide: PAYMENT_STRATEGIES,
      useFactory: (...s: PaymentStrategy[]) => s,
      inject: [StripePaymentStrategy, BankTransferPaymentStrategy],
    },
    PaymentService,
    RefundService,
    StripeWebhookService,
    BankTransferService,
    PaymentResolver,
    BankTransferResolver,
  ],
  exports: [PaymentService, RefundService, StripeWebhookService, BankTransferService, StripeGateway],
})
export class PaymentsModule {}
