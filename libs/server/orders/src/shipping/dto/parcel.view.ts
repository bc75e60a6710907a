import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { ParcelItem } from './parcel-item.types';

/** 包裹: one waybill an order shipped in, as buyer and supplier see it (a `parcel` row without its order). */
@ObjectType('Parcel')
export class ParcelView {
  @Field(() => ID) id: string;
  /** A code of CARRIERS (libs/shared/domain carriers.ts); OTHER for a carrier outside the list. */
  @Field() carrierCode: string;
  /** The carrier's name as shown (for OTHER, what the supplier typed). */
  @Field() carrierName: string;
  @Field() trackingNo: string;
  /** Which order lines (and how many of each) are in this parcel; empty when the note says it or it holds everything. */
  @Field(() => [ParcelItem]) items: ParcelItem[];
  @Field(() => String, { nullable: true }) note: string | null;
  @Field(() => GraphQLISODateTime) shippedAt: Date;
}
