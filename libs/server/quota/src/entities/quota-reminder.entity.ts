import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** In-app reminders (提醒) to units behind the pace of the year. */
@Entity('quota_reminder')
@Index(['unitId', 'createdAt'])
export class QuotaReminder {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') unitId: string;
  @Column('int') year: number;
  @Column('text') message: string;
  @Column('uuid') sentBy: string;
  @Column('timestamptz', { nullable: true }) readAt: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
