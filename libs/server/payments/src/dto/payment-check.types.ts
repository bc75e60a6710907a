import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { NoticeResult } from '../services/payment-ledger.service';

@ObjectType({ description: 'What a provider said about one live attempt when asked, and what the ledger did with it' })
export class PaymentCheck {
  @Field(() => ID) attemptId: string;
  @Field() provider: string;
  /** succeeded / pending / closed / failed from the provider; not_found; unknown (could not ask); not_supported. */
  @Field() state: string;
  /** The ledger's result (applied, duplicate, needs_review, …) or none when nothing was recorded. */
  @Field(() => String) result: NoticeResult | 'none';
}
