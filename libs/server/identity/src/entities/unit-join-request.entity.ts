import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const JOIN_REQUEST_STATUSES = ['pending', 'approved', 'rejected', 'withdrawn'] as const;
export type JoinRequestStatus = (typeof JOIN_REQUEST_STATUSES)[number];

/** A request to join a unit, approved or rejected by the unit admin, or withdrawn by the requester. One pending request per user. */
@Entity('unit_join_request')
@Index('unit_join_request_pending_key', ['userId'], { unique: true, where: `"status" = 'pending'` })
@Index(['unitId', 'status'])
@Check('unit_join_request_status_check', `"status" IN ('pending','approved','rejected','withdrawn')`)
export class UnitJoinRequest {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') unitId: string;
  @Column('uuid') userId: string;
  @Column('text') status: JoinRequestStatus;
  @Column('uuid', { nullable: true }) decidedBy: string | null;
  @Column('timestamptz', { nullable: true }) decidedAt: Date | null;
  /** Why the unit admin rejected it, shown to the requester */
  @Column('text', { nullable: true }) reason: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
