import { Field, ID, ObjectType } from '@nestjs/graphql';

/** A product's certificate (扶贫产品认定) as suppliers and reviewers see it (a `product_certification` row). */
@ObjectType('CertificationRecord')
export class ProductCertificationView {
  @Field(() => ID) id: string;
  @Field(() => ID) productId: string;
  /** e.g. 晋扶认〔2026〕141034-001 */
  @Field() certificateNo: string;
  /** e.g. 汾西县乡村振兴局 */
  @Field() issuedBy: string;
  @Field(() => String, { nullable: true }) batch: string | null;
  @Field() validFrom: string;
  @Field() validTo: string;
  /** The evidence image (an uploaded /media/uploads/… url). */
  @Field(() => String, { nullable: true }) evidenceImageUrl: string | null;
  /** Set when the county admin refused it (then verifiedAt stays null). */
  @Field(() => String, { nullable: true }) rejectedReason: string | null;
  @Field(() => Date, { nullable: true }) verifiedAt: Date | null;
  @Field() createdAt: Date;
}
