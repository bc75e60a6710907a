import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

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
