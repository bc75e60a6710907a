import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** An invitation to join a work unit, by code or by link (the link carries the code). */
@Entity('work_unit_invite')
export class WorkUnitInvite {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index({ unique: true })
  @Column('varchar', { length: 16 })
  code: string;
  @Index()
  @Column('uuid')
  unitId: string;
  @Column('uuid') createdBy: string;
  @Column('timestamptz') expiresAt: Date;
  @Column('timestamptz', { nullable: true }) revokedAt: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}

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

/** Membership history: who joined and left which unit when (orders stay bound to the unit of their checkout). */
@Entity('unit_membership_event')
@Index(['unitId', 'createdAt'])
export class UnitMembershipEvent {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id: string;
  @Column('uuid') unitId: string;
  @Column('uuid') userId: string;
  /** joined | left | removed */
  @Column('text') action: string;
  @Column('uuid') actorId: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
