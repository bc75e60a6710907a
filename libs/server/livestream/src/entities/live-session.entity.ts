import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { bigintNumberTransformer, fenTransformer } from '@yigou/server/database';
import { FenScalarType } from '@yigou/server/core';
import type { Fen } from '@yigou/shared/money';
import { LiveSessionKindEnum, LiveSessionStatusEnum } from '../dto/live-session.enums';

export const LIVE_SESSION_KINDS = ['sales', 'tourism'] as const;
export type LiveSessionKind = (typeof LIVE_SESSION_KINDS)[number];
export const LIVE_SESSION_STATUSES = ['scheduled', 'live', 'ended'] as const;
export type LiveSessionStatus = (typeof LIVE_SESSION_STATUSES)[number];

/**
 * 直播带货 session: a host sells live (or promotes tourism) for a county.
 * The counters (seq, orders, sales, likes, viewers) move only by atomic
 * updates that bump `seq`, so every pushed snapshot carries absolute figures
 * and a sequence number a client can compare.
 */
@ObjectType('LiveSession')
@Entity('live_session')
@Check('live_session_kind_check', `"kind" IN ('sales', 'tourism')`)
@Check('live_session_status_check', `"status" IN ('scheduled', 'live', 'ended')`)
@Check('live_session_counters_check', `"viewer_count" >= 0 AND "like_count" >= 0`)
@Index(['status', 'startsAt'])
export class LiveSession {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column('text')
  title: string;

  @Field()
  @Column('text')
  hostName: string;

  /** e.g. 汾西县副县长 */
  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  hostTitle: string | null;

  /** The account that runs the session (may go live, pin, moderate). */
  @Index()
  @Column('uuid', { nullable: true })
  hostUserId: string | null;

  @Column('uuid', { nullable: true })
  createdById: string | null;

  @Field(() => LiveSessionKindEnum)
  @Column('text')
  kind: LiveSessionKind;

  @Field()
  @Index()
  @Column('varchar', { length: 12 })
  countyCode: string;

  /**
   * May the host sell products of suppliers outside the session's county? Only
   * platform admins set it; otherwise live offers stay within the county.
   */
  @Field({ description: 'Products of suppliers from other counties may be offered (set by platform admins only)' })
  @Column('boolean', { default: false })
  allowCrossCounty: boolean;

  @Field(() => LiveSessionStatusEnum)
  @Column('text', { default: 'scheduled' })
  status: LiveSessionStatus;

  @Field(() => GraphQLISODateTime)
  @Column('timestamptz')
  startsAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column('timestamptz', { nullable: true })
  startedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column('timestamptz', { nullable: true })
  endedAt: Date | null;

  /** An uploaded image (/media/uploads/…) or an https address; without one the cards draw a fallback. */
  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  coverUrl: string | null;

  /**
   * The offer the host is explaining now (当前讲解); the room highlights it. Null between products. Set only through
   * LiveSessionService (an offer of this session, pinned); unpinning it or ending the show clears it.
   */
  @Field(() => ID, { nullable: true, description: 'The offer (LiveSessionProduct.id) the host is explaining now (当前讲解)' })
  @Column('uuid', { nullable: true })
  currentOfferId: string | null;

  /** HLS (.m3u8) played in our live room. */
  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  streamUrl: string | null;

  /** A room on another platform (抖音, 快手 …) when the stream is not ours. */
  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  externalRoomUrl: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  replayUrl: string | null;

  @Field(() => Int, { description: 'Sequence number of the latest live update' })
  @Column('bigint', { default: 0, transformer: bigintNumberTransformer })
  seq: number;

  @Field(() => Int)
  @Column('int', { default: 0 })
  orderCount: number;

  @Field(() => Int, { description: 'Orders placed in the session, paid or not (已下单); orderCount counts paid ones only' })
  @Column('int', { default: 0 })
  placedCount: number;

  @Field(() => Int)
  @Column('int', { default: 0 })
  itemCount: number;

  @Field(() => FenScalarType)
  @Column('bigint', { default: 0, transformer: fenTransformer })
  salesFen: Fen;

  @Field(() => Int)
  @Column('int', { default: 0 })
  likeCount: number;

  @Field(() => Int)
  @Column('int', { default: 0 })
  viewerCount: number;

  @Field(() => Int)
  @Column('int', { default: 0 })
  peakViewers: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
