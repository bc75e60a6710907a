import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import { FollowTargetKindEnum } from './live-follow.enums';
import type { FollowTargetKind } from '../entities/live-follow.entity';

/** What the caller follows (a `live_follow` row without the follower). */
@ObjectType('Follow')
export class LiveFollowView {
  @Field(() => FollowTargetKindEnum) targetKind: FollowTargetKind;
  @Field({ description: 'Supplier id, or county region code' }) targetId: string;
  @Field(() => GraphQLISODateTime) createdAt: Date;
}
