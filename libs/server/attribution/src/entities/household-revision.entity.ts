import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One edit of a household: the values before and after (the ID number only encrypted). Append-only. */
@Entity('household_revision')
@Index(['householdId', 'version'], { unique: true })
export class HouseholdRevision {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  householdId: string;

  /** The version this edit produced. */
  @Column('int')
  version: number;

  @Column('uuid', { nullable: true })
  changedBy: string | null;

  @Column('jsonb')
  before: Record<string, unknown>;

  @Column('jsonb')
  after: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
