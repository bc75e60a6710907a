import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const FOLLOW_TARGET_KINDS = ['supplier', 'county'] as const;
export type FollowTargetKind = (typeof FOLLOW_TARGET_KINDS)[number];

/**
 * A buyer follows a supplier or a county, to hear before a live session
 * featuring that supplier's products, or of that county, starts.
 * `targetId` is the supplier's id or the county's region code.
 */
@Entity('live_follow')
@Index('live_follow_once', ['userId', 'targetKind', 'targetId'], { unique: true })
@Index('live_follow_target', ['targetKind', 'targetId'])
@Check('live_follow_kind_check', `"target_kind" IN ('supplier', 'county')`)
export class LiveFollow {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id: string;
  @Column('uuid') userId: string;
  @Column('text')
  targetKind: FollowTargetKind;
  @Column('text')
  targetId: string;
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
