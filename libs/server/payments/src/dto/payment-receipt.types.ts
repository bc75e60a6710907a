import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { FenScalarType } from '@yigou/server/core';
import type { Fen } from '@yigou/shared/money';

@ObjectType()
export class ReceiptTransfer {
  @Field() bankTxnNo: string;
  @Field() payerName: string;
  @Field(() => String, { nullable: true }) payerAccount: string | null;
  @Field(() => FenScalarType) amountFen: Fen;
  @Field(() => GraphQLISODateTime) receivedAt: Date;
}

@ObjectType({ description: '收款凭证: what the platform received by bank transfer for one order' })
export class PaymentReceipt {
  @Field() receiptNo: string;
  @Field(() => ID) orderId: string;
  @Field() orderNo: string;
  @Field() remittanceRef: string;
  @Field({ description: '付款人' }) payerName: string;
  @Field({ description: '收款人' }) payeeName: string;
  @Field() payeeBank: string;
  @Field() payeeAccount: string;
  @Field(() => FenScalarType) totalFen: Fen;
  @Field(() => FenScalarType) receivedFen: Fen;
  @Field({ description: '人民币大写' }) amountInWords: string;
  @Field(() => [ReceiptTransfer]) transfers: ReceiptTransfer[];
  @Field(() => GraphQLISODateTime) issuedAt: Date;
}
