import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { FenScalarType } from '@yigou/server/core';
import type { Fen } from '@yigou/shared/money';
import type { AttemptOutcome, AttemptStatus } from '../entities/payment-attempt.entity';

/** An online payment attempt as the finance desk sees it (the `payment_attempt` row without buyer and shares). */
@ObjectType('PaymentAttempt')
export class PaymentAttemptView {
  @Field(() => ID) id: string;
  @Field() provider: string;
  @Field(() => [ID]) orderIds: string[];
  @Field(() => FenScalarType) amountFen: Fen;
  @Field() currency: string;
  @Field(() => String) status: AttemptStatus;
  @Field(() => String, { nullable: true }) outcome: AttemptOutcome | null;
  @Field(() => FenScalarType, { nullable: true }) receivedFen: Fen | null;
  @Field(() => String, { nullable: true }) receivedCurrency: string | null;
  /** The provider's id of the payment (Stripe: the PaymentIntent id). */
  @Field(() => String, { nullable: true }) providerPaymentId: string | null;
  @Field(() => String, { nullable: true }) failureMessage: string | null;
  @Field(() => String, { nullable: true, description: 'Why finance must look at it' }) reviewNote: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) reviewedAt: Date | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
}
