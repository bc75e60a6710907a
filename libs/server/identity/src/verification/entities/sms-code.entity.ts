import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One SMS verification code sent. Only an HMAC of the code is kept; the newest row per (phone, purpose) is
 * the one that counts. Rows are also the count for the per-phone and per-address sending limits.
 */
@Entity('sms_code')
@Index('IDX_sms_code_phone', ['phone', 'createdAt'])
@Index('IDX_sms_code_ip', ['ip', 'createdAt'])
export class SmsCode {
  @PrimaryColumn('uuid') id: string;
  @Column('varchar', { length: 11 }) phone: string;
  @Column('varchar', { length: 20 }) purpose: string;
  /** HMAC-SHA256(secret, id:code), hex */
  @Column('char', { length: 64 }) codeHash: string;
  @Column('timestamptz') expiresAt: Date;
  /** Tries made at this code (the right one included). */
  @Column('int', { default: 0 }) attempts: number;
  @Column('timestamptz', { nullable: true }) usedAt: Date | null;
  @Column('text') ip: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
