import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { FenScalarType } from '@yigou/server/core';
import type { Fen } from '@yigou/shared/money';

/** What a difference is (labels in DIFFERENCE_LABELS). */
export const DIFFERENCE_KINDS = [
  'paid_there_not_here',
  'amount_differs',
  'here_not_there',
  'refund_there_not_here',
  'refund_here_not_there',
  'unreachable',
] as const;
export type DifferenceKind = (typeof DIFFERENCE_KINDS)[number];

export const DIFFERENCE_LABELS: Record<DifferenceKind, string> = {
  paid_there_not_here: '渠道已收款，本平台未记到账',
  amount_differs: '金额或币种不一致',
  here_not_there: '本平台记为已收款，渠道无此收款',
  refund_there_not_here: '渠道已退款，本平台记为失败',
  refund_here_not_there: '本平台记为已退款，渠道未退款',
  unreachable: '渠道未应答，未能核对',
};

@ObjectType({ description: "One provider's daily reconciliation: its attempts and refunds of one Shanghai day, asked of the provider" })
export class ProviderReconciliationRun {
  @Field(() => ID) id: string;
  @Field() provider: string;
  @Field({ description: 'The Shanghai day reconciled (YYYY-MM-DD)' }) day: string;
  @Field({ description: 'daily (the scheduled job) or manual' }) trigger: string;
  @Field(() => GraphQLISODateTime) startedAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) finishedAt: Date | null;
  @Field(() => Int) attemptsChecked: number;
  @Field(() => Int) refundsChecked: number;
  @Field(() => Int) differenceCount: number;
  @Field(() => String, { nullable: true }) error: string | null;
}

@ObjectType()
export class ProviderDifference {
  @Field(() => ID) id: string;
  @Field(() => ID) runId: string;
  @Field() provider: string;
  @Field() kind: string;
  @Field() kindLabel: string;
  @Field(() => ID, { nullable: true }) attemptId: string | null;
  @Field(() => ID, { nullable: true }) refundId: string | null;
  @Field(() => String, { nullable: true, description: "The provider's payment (or refund) id" }) providerRef: string | null;
  @Field(() => [String]) orderNos: string[];
  @Field(() => FenScalarType, { nullable: true, description: 'What our ledger holds' }) oursFen: Fen | null;
  @Field(() => FenScalarType, { nullable: true, description: 'What the provider says' }) theirsFen: Fen | null;
  @Field(() => String, { nullable: true }) oursState: string | null;
  @Field(() => String, { nullable: true }) theirsState: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'What the reconciliation did about it (e.g. applied: the order was completed through the ledger)',
  })
  action: string | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
}

@ObjectType({ description: "The finance desk's provider reconciliation: each provider's latest run and its differences" })
export class ProviderReconciliationDesk {
  @Field(() => [ProviderReconciliationRun]) runs: ProviderReconciliationRun[];
  @Field(() => [ProviderDifference]) differences: ProviderDifference[];
}

@ObjectType({ description: "A payment provider's status on the platform admin's desk" })
export class PaymentProviderStatus {
  @Field() name: string;
  @Field() label: string;
  @Field({ description: 'Its settings are present: checkout offers it' }) live: boolean;
  @Field({ description: 'It answers queries, so the daily provider reconciliation covers it' }) reconciles: boolean;
  @Field(() => GraphQLISODateTime, { nullable: true }) lastNotificationAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) lastReconciliationAt: Date | null;
  @Field(() => Int, { nullable: true }) lastReconciliationDifferences: number | null;
  @Field(() => String, { nullable: true }) lastReconciliationError: string | null;
}
