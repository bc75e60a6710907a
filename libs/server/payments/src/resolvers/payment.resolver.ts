import { Args, Extensions, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, FenScalarType, IdPipe, RequestContext, Roles } from '@yigou/server/core';
import { FINANCE_DESK_ROLES } from '@yigou/shared/domain';
import { PaymentMethod, PaymentMethodEnum, Refund, RefundView } from '@yigou/server/orders';
import { PaymentCheck } from '../dto/payment-check.types';
import { PaymentCheckService } from '../services/payment-check.service';
import { PayerDevice } from '../services/payment-provider';
import { PayerDeviceEnum } from '../dto/payment-instructions.types';
import type { Fen } from '@yigou/shared/money';
import { BankTransferService, ImportResult } from '../services/bank-transfer.service';
import { FinanceDeskService } from '../services/finance-desk.service';
import { PaymentReceipt } from '../dto/payment-receipt.types';
import { BankTransfer } from '../entities/bank-transfer.entity';
import { PaymentAttempt } from '../entities/payment-attempt.entity';
import { TransferMatch } from '../entities/transfer-match.entity';
import { BankTransferView } from '../dto/bank-transfer.view';
import { PaymentAttemptView } from '../dto/payment-attempt.view';
import { TransferMatchView } from '../dto/transfer-match.view';
import { PLATFORM_ACCOUNT } from '../services/payment-strategy';
import { PaymentInstructions, PaymentMethodInfo, PlatformBankAccount } from '../dto/payment-instructions.types';
import { PaymentService } from '../services/payment.service';
import { RefundService } from '../services/refund.service';
import {
  BankTransferConnection,
  RecordTransferInput,
  RefundOrderInput,
  StatementImportResult,
  TransferAllocationInput,
  TransferListGqlArgs,
} from '../dto/payment.inputs';

@Resolver()
export class PaymentResolver {
  constructor(
    private readonly payments: PaymentService,
    private readonly refunds: RefundService,
    private readonly checks: PaymentCheckService,
  ) {}

  @Query(() => [PaymentMethodInfo], { description: 'Which payment methods the storefront may offer this user' })
  paymentMethods(@Ctx() ctx: RequestContext): PaymentMethodInfo[] {
    return this.payments.methods(ctx);
  }

  @Query(() => PlatformBankAccount, { description: "The platform's account for 对公转账" })
  platformBankAccount(): PlatformBankAccount {
    return PLATFORM_ACCOUNT;
  }

  @Mutation(() => PaymentInstructions, {
    description:
      'Starts paying own orders (per attempt a Stripe PaymentIntent, a WeChat Pay QR code / H5 link or an Alipay cashier page; or bank transfer details)',
  })
  startPayment(
    @Ctx() ctx: RequestContext,
    @Args('orderIds', { type: () => [ID] }) orderIds: string[],
    @Args('device', {
      type: () => PayerDeviceEnum,
      nullable: true,
      description: 'desktop (default) or phone: WeChat Pay Native QR or H5, Alipay 电脑网站支付 or 手机网站支付',
    })
    device?: PayerDevice | null,
    @Args('method', {
      type: () => PaymentMethodEnum,
      nullable: true,
      description: 'Pay unpaid online orders through another online method (e.g. when one is down)',
    })
    method?: PaymentMethod | null,
  ): Promise<PaymentInstructions> {
    return this.payments.start(ctx, orderIds, { device, method });
  }

  @Mutation(() => [PaymentCheck], {
    description:
      'Asks the providers about the live online payments of own orders (finance: any order) and records what they say, e.g. after returning from the cashier or while a QR code waits',
  })
  checkPayment(@Ctx() ctx: RequestContext, @Args('orderId', { type: () => ID }) orderId: string): Promise<PaymentCheck[]> {
    return this.checks.checkOrder(ctx, orderId);
  }

  @Roles(...FINANCE_DESK_ROLES)
  @Mutation(() => RefundView, { description: 'Platform finance: full or partial refund (Stripe or recorded bank refund)' })
  refundOrder(@Ctx() ctx: RequestContext, @Args('input') input: RefundOrderInput): Promise<Refund> {
    return this.refunds.refund(ctx, input);
  }
}

@Resolver(() => BankTransferView)
export class BankTransferResolver {
  constructor(private readonly transfers: BankTransferService) {}

  @Roles(...FINANCE_DESK_ROLES)
  @Query(() => BankTransferConnection, {
    description: '到账记录, newest first unless sorted otherwise; from/to filter on the day received',
  })
  bankTransfers(@Ctx() ctx: RequestContext, @Args() args: TransferListGqlArgs) {
    return this.transfers.list(ctx, args);
  }

  @Roles(...FINANCE_DESK_ROLES)
  @Mutation(() => BankTransferView)
  recordBankTransfer(@Ctx() ctx: RequestContext, @Args('input') input: RecordTransferInput) {
    return this.transfers.record(ctx, { ...input, receivedAt: new Date(input.receivedAt) });
  }

  @Roles(...FINANCE_DESK_ROLES)
  @Mutation(() => StatementImportResult, { description: 'CSV bank statement: 交易流水号,交易日期,付款人户名,付款账号,金额(元),附言' })
  // up to 5,000 rows (the service's limit) of ~100 characters
  @Extensions({ maxArgLength: { csv: 1_000_000 } })
  importBankStatement(@Ctx() ctx: RequestContext, @Args('csv') csv: string): Promise<ImportResult> {
    return this.transfers.importCsv(ctx, csv);
  }

  @Roles(...FINANCE_DESK_ROLES)
  @Mutation(() => BankTransferView, { description: 'Match one transfer to one or more orders (partial amounts allowed)' })
  matchBankTransfer(
    @Ctx() ctx: RequestContext,
    @Args('transferId', { type: () => ID }) transferId: string,
    @Args('allocations', { type: () => [TransferAllocationInput] }) allocations: TransferAllocationInput[],
  ) {
    return this.transfers.match(ctx, transferId, allocations);
  }

  @ResolveField(() => FenScalarType, { description: 'Not yet matched to any order (an excess stays visible here)' })
  unmatchedFen(@Parent() t: BankTransfer): Fen {
    return t.amountFen - t.matchedFen;
  }

  @ResolveField(() => [TransferMatchView])
  async matches(@Parent() t: BankTransfer): Promise<TransferMatch[]> {
    return this.transfers.matchesOf([t.id]);
  }
}

/** The finance desk's money checks: payments to review, bank refunds to pay back, 收款凭证. */
@Resolver(() => PaymentAttemptView)
export class FinanceDeskResolver {
  constructor(private readonly desk: FinanceDeskService) {}

  @Roles(...FINANCE_DESK_ROLES)
  @Query(() => [PaymentAttemptView], {
    description: 'Platform finance: online payments whose amount or currency did not match (never applied to the orders)',
  })
  paymentsNeedingReview(@Ctx() ctx: RequestContext): Promise<PaymentAttempt[]> {
    return this.desk.needsReview(ctx);
  }

  @Roles(...FINANCE_DESK_ROLES)
  @Mutation(() => RefundView, { description: 'Platform finance: send a mismatched payment back, whole, through its provider' })
  refundReviewedPayment(
    @Ctx() ctx: RequestContext,
    @Args('attemptId', { type: () => ID }, new IdPipe('待核对的支付不存在')) attemptId: string,
  ): Promise<Refund> {
    return this.desk.refundReviewed(ctx, attemptId);
  }

  @Roles(...FINANCE_DESK_ROLES)
  @Query(() => [RefundView], { description: 'Platform finance: bank refunds still to be paid back (e.g. what an expired order held)' })
  pendingBankRefunds(@Ctx() ctx: RequestContext): Promise<Refund[]> {
    return this.desk.pendingBankRefunds(ctx);
  }

  @Roles(...FINANCE_DESK_ROLES)
  @Mutation(() => RefundView, { description: "Platform finance: a pending bank refund was paid back (the bank's transaction number)" })
  confirmBankRefund(
    @Ctx() ctx: RequestContext,
    @Args('refundId', { type: () => ID }, new IdPipe('退款不存在')) refundId: string,
    @Args('bankTxnNo') bankTxnNo: string,
  ): Promise<Refund> {
    return this.desk.confirmBankRefund(ctx, refundId, bankTxnNo);
  }

  @Roles(...FINANCE_DESK_ROLES)
  @Query(() => PaymentReceipt, { description: '收款凭证 of a bank-transfer order, with the amount in 人民币大写' })
  paymentReceipt(
    @Ctx() ctx: RequestContext,
    @Args('orderId', { type: () => ID }, new IdPipe('订单不存在')) orderId: string,
  ): Promise<PaymentReceipt> {
    return this.desk.receipt(ctx, orderId);
  }

  @ResolveField(() => [String])
  async orderNos(@Parent() a: PaymentAttempt): Promise<string[]> {
    const nos = await this.desk.orderNos(a.orderIds);
    return a.orderIds.map((id) => nos.get(id) ?? id);
  }
}
