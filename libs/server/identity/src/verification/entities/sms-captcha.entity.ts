import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A captcha shown before more codes are sent; single use. */
@Entity('sms_captcha')
export class SmsCaptcha {
  @PrimaryColumn('uuid') id: string;
  @Column('char', { length: 64 }) answerHash: string;
  @Column('timestamptz') expiresAt: Date;
  @Column('timestamptz', { nullable: true }) usedAt: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
