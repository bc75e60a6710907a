import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const REMINDER_THRESHOLDS = ['d90', 'd30', 'd7', 'expired'] as const;
export type ReminderThreshold = (typeof REMINDER_THRESHOLDS)[number];

/** A reminder sent about a certification's expiry; unique per certification and threshold, so each is sent once. */
@Entity('certification_reminder')
@Index('certification_reminder_once', ['certificationId', 'threshold'], { unique: true })
@Check('certification_reminder_threshold_check', `"threshold" IN ('d90','d30','d7','expired')`)
export class CertificationReminder {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id: string;
  @Column('uuid') certificationId: string;
  @Column('text') threshold: ReminderThreshold;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
