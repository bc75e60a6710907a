import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

/** What of one order line a parcel holds (the jsonb `items` of parcel). */
@ObjectType('ParcelItem')
export class ParcelItem {
  @Field(() => ID) lineId: string;
  @Field(() => Int) quantity: number;
}
