import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

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
