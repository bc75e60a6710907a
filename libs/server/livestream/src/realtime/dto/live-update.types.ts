import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { LiveSessionStatus } from '../../entities/live-session.entity';
import { LiveFigures } from '../../dto/live-figures.types';
import { LiveSessionStatusEnum } from '../../dto/live-session.enums';

@ObjectType('LiveOfferState')
export class LiveOfferState {
  @Field(() => ID) skuId: string;
  @Field() pinned: boolean;
  @Field(() => Int) claimed: number;
  @Field(() => Int, { nullable: true, description: 'Stock cap minus claimed; null when uncapped' }) stockLeft: number | null;
}

/** A ticker line's order: placed (已下单, not paid yet) or paid (已付款). */
export type LiveTickerStatus = 'placed' | 'paid';

@ObjectType('LiveTickerItem')
export class LiveTickerItem {
  @Field(() => ID) id: string;
  /** Lines of one order share it: a client replaces the 已下单 line when the 已付款 one arrives. */
  @Field(() => ID) orderId: string;
  @Field(() => String, { description: 'placed (已下单) or paid (已付款)' }) status: LiveTickerStatus;
  /** Masked, e.g. "汾西县第一中学 王** 刚刚购买了 玉露香梨". */
  @Field() text: string;
  @Field(() => GraphQLISODateTime) at: Date;
}

@ObjectType('LiveCommentItem')
export class LiveCommentItem {
  @Field(() => ID) id: string;
  @Field(() => ID) userId: string;
  @Field() authorName: string;
  /** Plain text: clients must show it as text, never as HTML. */
  @Field() body: string;
  @Field(() => GraphQLISODateTime) createdAt: Date;
}

/**
 * One push of the live room: absolute figures at `seq` plus what happened
 * since the previous push (ticker lines, comments, deletions). A client that
 * sees a gap (or reconnects) refetches the session and continues from there.
 */
@ObjectType('LiveUpdate')
export class LiveUpdate extends LiveFigures {
  @Field(() => ID) sessionId: string;
  @Field(() => Int) seq: number;
  @Field(() => LiveSessionStatusEnum) status: LiveSessionStatus;
  @Field(() => ID, { nullable: true, description: 'The offer the host is explaining now (当前讲解), null between products' })
  currentOfferId: string | null;
  @Field(() => [LiveOfferState]) offers: LiveOfferState[];
  @Field(() => [LiveTickerItem]) orders: LiveTickerItem[];
  @Field(() => [LiveCommentItem]) comments: LiveCommentItem[];
  @Field(() => [ID]) deletedCommentIds: string[];
  /** How many published changes this push coalesces. */
  @Field(() => Int) coalesced: number;
}
