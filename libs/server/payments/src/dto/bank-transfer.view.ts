import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { FenScalarType } from '@yigou/server/core';
import type { Fen } from '@yigou/shared/money';
import { TransferMatchSuggestion } from './transfer-match-suggestion';

/** A bank transfer (对公转账) as the finance desk sees it: the `bank_transfer` row and the memo's suggested orders. */
@ObjectType('BankTransfer')
export class BankTransferView {
  @Field(() => ID) id: string;
  /** The bank's transaction number; unique, so importing the same statement twice adds nothing. */
  @Field() bankTxnNo: string;
  @Field() payerName: string;
  @Field(() => String, { nullable: true }) payerAccount: string | null;
  @Field(() => FenScalarType) amountFen: Fen;
  @Field(() => FenScalarType) matchedFen: Fen;
  /** 附言 as written by the payer (should carry the remittance reference). */
  @Field(() => String, { nullable: true }) memo: string | null;
  @Field(() => GraphQLISODateTime) receivedAt: Date;
  @Field(() => ID, { nullable: true }) recordedBy: string | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
  /** Filled by the finance desk's list: unpaid bank-transfer orders whose 汇款识别码 the memo names (not stored). */
  @Field(() => [TransferMatchSuggestion], {
    description: 'Orders the memo names by remittance reference, still owing; empty once fully matched',
  })
  suggestions?: TransferMatchSuggestion[];
}
