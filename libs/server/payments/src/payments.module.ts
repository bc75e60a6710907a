import { Module } from '@nestjs/common';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CatalogModule } from '@yigou/server/catalog';
import { OrdersModule } from '@yigou/server/orders';
import { BankTransferService } from './services/bank-transfer.service';
import { IdentityModule } from '@yigou/server/identity';
import { BankStatementController } from './resolvers/bank-statement.controller';
import { FinanceDeskService } from './services/finance-desk.service';
import { BankTransfer } from './entities/bank-transfer.entity';
import { PaymentAttempt } from './entities/payment-attempt.entity';
import { PaymentNotification } from './entities/payment-notification.entity';
import { TransferMatch } from './entities/transfer-match.entity';
import { PaymentLedger } from './services/payment-ledger.service';
import { PAYMENT_PROVIDERS, PaymentProvider } from './services/payment-provider';
import { RefundSender } from './services/refund-sender.service';
import { StripeProvider } from './services/stripe-provider';
import { BankTransferPaymentStrategy, OnlinePaymentStrategy } from './services/payment-strategies';
import { PAYMENT_STRATEGIES, PaymentStrategy } from './services/payment-strategy';
import { BankTransferResolver, FinanceDeskResolver, PaymentResolver } from './resolvers/payment.resolver';
import { PaymentService } from './services/payment.service';
import { RefundService } from './services/refund.service';
import { StripeGateway } from './services/stripe-gateway';
import { StripeWebhookController } from './resolvers/stripe-webhook.controller';
import { StripeWebhookService } from './services/stripe-webhook.service';
import { ProviderReconciliationResolver } from './resolvers/provider-reconciliation.resolver';
import { ProviderReconciliationService } from './services/provider-reconciliation.service';
import { WechatPayClient } from './wechatpay/services/wechatpay-client';
import { WechatPayNotifyController } from './wechatpay/resolvers/wechatpay-notify.controller';
import { WechatPayNotifyService } from './wechatpay/services/wechatpay-notify.service';
import { WechatPayProvider } from './wechatpay/services/wechatpay-provider';
import { AlipayGateway } from './alipay/services/alipay-gateway';
import { AlipayNotifyController } from './alipay/resolvers/alipay-notify.controller';
import { AlipayNotifyService } from './alipay/services/alipay-notify.service';
import { AlipayProvider } from './alipay/services/alipay-provider';
import { PaymentCheckService } from './services/payment-check.service';
import { PaymentCheckJob } from './jobs/payment-check.job';

export const PAYMENT_ENTITIES = [PaymentAttempt, PaymentNotification, BankTransfer, TransferMatch];

/**
 * Payments: one ledger per order for every provider (PaymentLedger), providers as strategies
 * (PAYMENT_PROVIDERS for refunds and cancels, PAYMENT_STRATEGIES for starting a payment), refunds that
 * always finish (RefundSender), bank transfers with statement import and matching, the finance desk.
 */
@Module({
  imports: [TypeOrmModule.forFeature(PAYMENT_ENTITIES), OrdersModule, CatalogModule, IdentityModule],
  controllers: [StripeWebhookController, BankStatementController, WechatPayNotifyController, AlipayNotifyController],
  providers: [
    StripeGateway,
    StripeProvider,
    WechatPayClient,
    WechatPayProvider,
    WechatPayNotifyService,
    AlipayGateway,
    AlipayProvider,
    AlipayNotifyService,
    PaymentCheckService,
    PaymentCheckJob,
    { provide: PAYMENT_PROVIDERS, useFactory: (...p: PaymentProvider[]) => p, inject: [StripeProvider, WechatPayProvider, AlipayProvider] },
    RefundSender,
    PaymentLedger,
    FinanceDeskService,
    FinanceDeskResolver,
    BankTransferPaymentStrategy,
    {
      // Every online provider through the same strategy; bank transfer on its own.
      provide: PAYMENT_STRATEGIES,
      useFactory: (db: DataSource, providers: PaymentProvider[], bank: BankTransferPaymentStrategy): PaymentStrategy[] => [
        ...providers.map((p) => new OnlinePaymentStrategy(db, p)),
        bank,
      ],
      inject: [getDataSourceToken(), PAYMENT_PROVIDERS, BankTransferPaymentStrategy],
    },
    PaymentService,
    RefundService,
    StripeWebhookService,
    BankTransferService,
    PaymentResolver,
    BankTransferResolver,
    ProviderReconciliationService,
    ProviderReconciliationResolver,
  ],
  exports: [
    PaymentService,
    RefundService,
    RefundSender,
    PaymentLedger,
    StripeWebhookService,
    BankTransferService,
    StripeGateway,
    ProviderReconciliationService,
    PaymentCheckService,
    WechatPayNotifyService,
  ],
})
export class PaymentsModule {}
