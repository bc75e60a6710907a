import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

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
