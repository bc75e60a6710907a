import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { FenScalarType } from '@yigou/server/core';
import type { Fen } from '@yigou/shared/money';

/** An offer pinned in a live session (a `live_session_product` row; session, product and SKU are field resolvers). */
@ObjectType('LiveSessionProduct')
export class LiveSessionProductView {
  @Field(() => ID) id: string;
  @Field(() => ID) productId: string;
  @Field(() => ID) skuId: string;
  @Field(() => FenScalarType) livePriceFen: Fen;
  @Field(() => Int, { nullable: true }) stockCap: number | null;
  @Field(() => Int, { nullable: true }) perBuyerLimit: number | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) offerStartsAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) offerEndsAt: Date | null;
  /** Shown in the live room now (unpinned products keep their counters). */
  @Field() pinned: boolean;
  @Field(() => Int) claimed: number;
  @Field(() => Int) sortOrder: number;
}
