import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { FenScalarType, RequestContext } from '@yigou/server/core';
import type { Order, PaymentMethod } from '@yigou/server/orders';
import { PaymentMethodEnum } from '@yigou/server/orders';
import type { Fen } from '@yigou/shared/money';
import type { PaymentOptions } from './payment-provider';

export const PayerDeviceEnum = { desktop: 'desktop', phone: 'phone' } as const;
registerEnumType(PayerDeviceEnum, { name: 'PayerDevice', description: 'Where the buyer pays from' });

@ObjectType()
export class PlatformBankAccount {
  @Field({ description: '户名' }) accountName: string;
  @Field({ description: '开户行' }) bankName: string;
  @Field({ description: '账号' }) accountNo: string;
}

@ObjectType()
export class RemittanceReference {
  @Field() orderId: string;
  @Field() orderNo: string;
  @Field() remittanceRef: string;
  @Field(() => FenScalarType) outstandingFen: Fen;
}

@ObjectType({ description: 'What the storefront needs to collect a payment' })
export class PaymentInstructions {
  @Field(() => PaymentMethodEnum) method: PaymentMethod;
  @Field(() => FenScalarType) amountFen: Fen;
  @Field(() => String, { nullable: true }) clientSecret: string | null;
  @Field(() => String, { nullable: true }) publishableKey: string | null;
  @Field(() => String, { nullable: true }) paymentIntentId: string | null;
  @Field(() => String, { nullable: true, description: 'WeChat Pay Native: shown as a QR code to scan with WeChat' }) codeUrl?:
    string | null;
  @Field(() => String, { nullable: true, description: 'WeChat Pay H5: open in the phone browser to pay' }) h5Url?: string | null;
  @Field(() => String, { nullable: true, description: "Where the browser goes to pay (Alipay's cashier page)" }) redirectUrl?:
    string | null;
  @Field(() => PlatformBankAccount, { nullable: true }) bankAccount: PlatformBankAccount | null;
  @Field(() => [RemittanceReference]) references: RemittanceReference[];
}

@ObjectType()
export class PaymentMethodInfo {
  @Field(() => PaymentMethodEnum) method: PaymentMethod;
  @Field() label: string;
  @Field() available: boolean;
  @Field(() => String, { nullable: true, description: 'Why it is unavailable, for people' }) reason: string | null;
}

/** How one payment method is offered and started. One implementation per method, chosen by the order's data. */
export interface PaymentStrategy {
  readonly method: PaymentMethod;
  readonly label: string;
  /** null = available to this caller; otherwise the reason why not. */
  unavailableReason(ctx: RequestContext): string | null;
  start(ctx: RequestContext, orders: Order[], options?: PaymentOptions): Promise<PaymentInstructions>;
}

export const PAYMENT_STRATEGIES = Symbol('PAYMENT_STRATEGIES');

export const PLATFORM_ACCOUNT: PlatformBankAccount = {
  accountName: '以购（北京）电子商务有限公司',
  bankName: '中国工商银行北京海淀支行',
  accountNo: '0200 0045 0920 0123 456',
};

export const outstanding = (o: Order): Fen => Math.max(o.totalFen - o.paidFen, 0);
