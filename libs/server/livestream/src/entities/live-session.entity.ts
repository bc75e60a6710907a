import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { bigintNumberTransformer, fenTransformer } from '@yigou/server/database';
import type { Fen } from '@yigou/shared/money';

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
@Entity('live_session')
@Check('live_session_kind_check', `"kind" IN ('sales', 'tourism')`)
@Check('live_session_status_check', `"status" IN ('scheduled', 'live', 'ended')`)
@Check('live_session_counters_check', `"viewer_count" >= 0 AND "like_count" >= 0`)
@Index(['status', 'startsAt'])
export class LiveSession {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  title: string;

  @Column('text')
  hostName: string;

  /** e.g. 汾西县副县长 */
  @Column('text', { nullable: true })
  hostTitle: string | null;

  /** The account that runs the session (may go live, pin, moderate). */
  @Index()
  @Column('uuid', { nullable: true })
  hostUserId: string | null;

  @Column('uuid', { nullable: true })
  createdById: string | null;

  @Column('text')
  kind: LiveSessionKind;

  @Index()
  @Column('varchar', { length: 12 })
  countyCode: string;

  /**
   * May the host sell products of suppliers outside the session's county? Only
   * platform admins set it; otherwise live offers stay within the county.
   */
  @Column('boolean', { default: false })
  allowCrossCounty: boolean;

  @Column('text', { default: 'scheduled' })
  status: LiveSessionStatus;

  @Column('timestamptz')
  startsAt: Date;

  @Column('timestamptz', { nullable: true })
  startedAt: Date | null;

  @Column('timestamptz', { nullable: true })
  endedAt: Date | null;

  /** An uploaded image (/media/uploads/…) or an https address; without one the cards draw a fallback. */
  @Column('text', { nullable: true })
  coverUrl: string | null;

  /**
   * The offer the host is explaining now (当前讲解); the room highlights it. Null between products. Set only through
   * LiveSessionService (an offer of this session, pinned); unpinning it or ending the show clears it.
   */
  @Column('uuid', { nullable: true })
  currentOfferId: string | null;

  /** HLS (.m3u8) played in our live room. */
  @Column('text', { nullable: true })
  streamUrl: string | null;

  /** A room on another platform (抖音, 快手 …) when the stream is not ours. */
  @Column('text', { nullable: true })
  externalRoomUrl: string | null;

  @Column('text', { nullable: true })
  replayUrl: string | null;

  @Column('bigint', { default: 0, transformer: bigintNumberTransformer })
  seq: number;

  @Column('int', { default: 0 })
  orderCount: number;

  @Column('int', { default: 0 })
  placedCount: number;

  @Column('int', { default: 0 })
  itemCount: number;

  @Column('bigint', { default: 0, transformer: fenTransformer })
  salesFen: Fen;

  @Column('int', { default: 0 })
  likeCount: number;

  @Column('int', { default: 0 })
  viewerCount: number;

  @Column('int', { default: 0 })
  peakViewers: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
