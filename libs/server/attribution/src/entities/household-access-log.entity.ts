import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const HOUSEHOLD_ACCESS_ACTIONS = ['reveal', 'export'] as const;
export type HouseholdAccessAction = (typeof HOUSEHOLD_ACCESS_ACTIONS)[number];

/** Who revealed a household's name and ID number, or exported household data, when and why. Append-only. */
@Entity('household_access_log')
@Index(['countyCode', 'createdAt'])
@Index(['userId', 'createdAt'])
export class HouseholdAccessLog {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  userId: string;

  @Column('text')
  action: HouseholdAccessAction;

  @Column('varchar', { length: 12 })
  countyCode: string;

  @Index()
  @Column('uuid', { nullable: true })
  householdId: string | null;

  /** What was exported, or the reason given for a reveal (at most REVEAL_REASON_MAX characters). */
  @Column('text')
  detail: string;

  @Column('text', { nullable: true })
  ip: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
