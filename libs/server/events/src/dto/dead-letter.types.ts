import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'An event a consumer could not handle: retried with backoff, then parked until a platform admin retries it' })
export class DeadLetterEvent {
  @Field({ description: 'The consumer, e.g. quota-counting' }) consumer: string;
  @Field(() => ID) eventId: string;
  @Field({ description: 'e.g. order.received' }) eventType: string;
  @Field() aggregateType: string;
  @Field(() => ID) aggregateId: string;
  @Field(() => String, { nullable: true, description: 'The order number, for order events' }) orderNo: string | null;
  @Field(() => Int) attempts: number;
  @Field({ description: 'The error of the last attempt' }) lastError: string;
  @Field(() => Date) firstFailedAt: Date;
  @Field(() => Date) lastFailedAt: Date;
  @Field(() => Date, { nullable: true, description: 'Null while parked' }) nextAttemptAt: Date | null;
  @Field(() => Date, { nullable: true }) parkedAt: Date | null;
  @Field(() => Date, { nullable: true }) retriedAt: Date | null;
  @Field(() => Int, { description: 'Later events of the same aggregate waiting behind this one for this consumer' }) waitingBehind: number;
}

@ObjectType()
export class DeadLetterRetryResult {
  @Field({ description: 'True when the event (and the events waiting behind it) went through' }) delivered: boolean;
  @Field(() => DeadLetterEvent, { nullable: true, description: 'The dead letter as it stands when it did not go through' })
  deadLetter: DeadLetterEvent | null;
}
