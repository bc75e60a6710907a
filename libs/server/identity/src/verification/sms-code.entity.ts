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

/** A captcha shown before more codes are sent; single use. */
@Entity('sms_captcha')
export class SmsCaptcha {
  @PrimaryColumn('uuid') id: string;
  @Column('char', { length: 64 }) answerHash: string;
  @Column('timestamptz') expiresAt: Date;
  @Column('timestamptz', { nullable: true }) usedAt: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}

/** The user agreement and privacy policy versions a person accepted, and when (PIPL). */
@Entity('legal_consent')
@Index('IDX_legal_consent_user', ['userId'])
export class LegalConsent {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') userId: string;
  @Column('varchar', { length: 32 }) document: string;
  @Column('varchar', { length: 32 }) version: string;
  @Column('timestamptz') acceptedAt: Date;
  @Column('text', { nullable: true }) ip: string | null;
}
