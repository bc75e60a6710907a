import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const LIVE_SESSION_KINDS = ['sales', 'tourism'] as const;
export type LiveSessionKind = (typeof LIVE_SESSION_KINDS)[number];
export const LIVE_SESSION_STATUSES = ['scheduled', 'live', 'ended'] as const;
export type LiveSessionStatus = (typeof LIVE_SESSION_STATUSES)[number];

/** 直播带货 session: a host sells live (or promotes tourism) for a county. */
@Entity('live_session')
@Check('live_session_kind_check', `"kind" IN ('sales', 'tourism')`)
@Check('live_session_status_check', `"status" IN ('scheduled', 'live', 'ended')`)
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

  @Column('text')
  kind: LiveSessionKind;

  @Index()
  @Column('varchar', { length: 12 })
  countyCode: string;

  @Column('text', { default: 'scheduled' })
  status: LiveSessionStatus;

  @Column('timestamptz')
  startsAt: Date;

  @Column('text', { nullable: true })
  streamUrl: string | null;

  @Column('text', { nullable: true })
  replayUrl: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
