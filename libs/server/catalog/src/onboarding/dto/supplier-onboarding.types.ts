import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@yigou/server/core';
import { SupplierView } from '../../dto/supplier.view';

@ObjectType({ description: 'The next 入驻 step and who takes it' })
export class SupplierNextStep {
  @Field({ description: 'In words the applicant reads, e.g. 等待汾西县乡村振兴局审核推荐' }) text: string;
  @Field({ description: 'false: no county admin for the county, so the platform admin recommends' }) countyHasReviewer: boolean;
}

/** What the applicant and their reviewers see of an application; null for everyone else. */
@ObjectType('SupplierApplication')
export class SupplierApplicationView {
  @Field(() => ID) supplierId: string;
  @Field(() => String, { nullable: true }) creditCode: string | null;
  @Field(() => String, { nullable: true }) contactName: string | null;
  @Field(() => String, { nullable: true }) contactPhone: string | null;
  @Field(() => String, { nullable: true }) bankAccountName: string | null;
  @Field(() => String, { nullable: true }) bankName: string | null;
  @Field(() => String, { nullable: true }) bankAccountNo: string | null;
  @Field(() => String, { nullable: true }) licenseImageUrl: string | null;
  @Field(() => String, { nullable: true }) benefitDescription: string | null;
  @Field() appliedAt: Date;
}

export const SupplierReviewConnection = ConnectionType(SupplierView, 'SupplierReview');
export type SupplierReviewConnection = InstanceType<typeof SupplierReviewConnection>;
