import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { FenScalarType } from '@yigou/server/core';
import type { PaymentMethod } from '@yigou/server/orders';
import { PaymentMethodEnum } from '@yigou/server/orders';
import type { Fen } from '@yigou/shared/money';

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
