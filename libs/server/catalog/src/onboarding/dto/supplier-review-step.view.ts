import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { SupplierReviewAction } from '../entities/supplier-review-step.entity';

/** One step of a supplier's 入驻 review (a `supplier_review_step` row). */
@ObjectType('SupplierReviewStep')
export class SupplierReviewStepView {
  @Field(() => ID) id: string;
  @Field(() => String) action: SupplierReviewAction;
  @Field() fromStatus: string;
  @Field() toStatus: string;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field(() => String, { nullable: true }) actorName: string | null;
  @Field() createdAt: Date;
}
