import { Field, Int, ObjectType } from '@nestjs/graphql';
import { FenScalarType } from '@yigou/server/core';
import type { Fen } from '@yigou/shared/money';

/**
 * A session's running figures: the LiveSession shows them, each LiveUpdate pushes them afresh. One declaration, so
 * the two stay the same figures with the same meaning.
 */
@ObjectType({ isAbstract: true })
export class LiveFigures {
  @Field(() => Int) orderCount: number;
  @Field(() => Int, { description: 'Orders placed in the session, paid or not (已下单); orderCount counts paid ones only' })
  placedCount: number;
  @Field(() => Int) itemCount: number;
  @Field(() => FenScalarType) salesFen: Fen;
  @Field(() => Int) likeCount: number;
  @Field(() => Int) viewerCount: number;
}
