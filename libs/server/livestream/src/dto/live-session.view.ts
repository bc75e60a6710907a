import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { LiveFigures } from './live-figures.types';
import { LiveSessionKindEnum, LiveSessionStatusEnum } from './live-session.enums';
import type { LiveSessionKind, LiveSessionStatus } from '../entities/live-session.entity';

/** A 直播 session as clients see it: the `live_session` row without its host and creator accounts. */
@ObjectType('LiveSession')
export class LiveSessionView extends LiveFigures {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field() hostName: string;
  /** e.g. 汾西县副县长 */
  @Field(() => String, { nullable: true }) hostTitle: string | null;
  @Field(() => LiveSessionKindEnum) kind: LiveSessionKind;
  @Field() countyCode: string;
  /**
   * May the host sell products of suppliers outside the session's county? Only
   * platform admins set it; otherwise live offers stay within the county.
   */
  @Field({ description: 'Products of suppliers from other counties may be offered (set by platform admins only)' })
  allowCrossCounty: boolean;
  @Field(() => LiveSessionStatusEnum) status: LiveSessionStatus;
  @Field(() => GraphQLISODateTime) startsAt: Date;
  @Field(() => GraphQLISODateTime, { nullable: true }) startedAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) endedAt: Date | null;
  /** An uploaded image (/media/uploads/…) or an https address; without one the cards draw a fallback. */
  @Field(() => String, { nullable: true }) coverUrl: string | null;
  /**
   * The offer the host is explaining now (当前讲解); the room highlights it. Null between products. Set only through
   * LiveSessionService (an offer of this session, pinned); unpinning it or ending the show clears it.
   */
  @Field(() => ID, { nullable: true, description: 'The offer (LiveSessionProduct.id) the host is explaining now (当前讲解)' })
  currentOfferId: string | null;
  /** HLS (.m3u8) played in our live room. */
  @Field(() => String, { nullable: true }) streamUrl: string | null;
  /** A room on another platform (抖音, 快手 …) when the stream is not ours. */
  @Field(() => String, { nullable: true }) externalRoomUrl: string | null;
  @Field(() => String, { nullable: true }) replayUrl: string | null;
  @Field(() => Int, { description: 'Sequence number of the latest live update' }) seq: number;
  @Field(() => Int) peakViewers: number;
}
