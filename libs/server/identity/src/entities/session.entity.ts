import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A refresh token of a session. Only the SHA-256 of the refresh token is stored; each refresh rotates the
 * token (the old row is revoked, a new one is written in the same transaction) and keeps the family: the id
 * of the login's first row, which access tokens carry as `sid`. While the family has an unrevoked row the
 * session is open; logout and a reused refresh token revoke every row, and the next request with any of its
 * access tokens is refused (the per-request user lookup checks the partial index below).
 */
@Entity('auth_session')
/** Revoking every session of a user, and "has this user signed in from this address before" at sign-in. */
@Index('IDX_auth_session_user_ip', ['userId', 'ip'])
export class AuthSession {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Column('uuid')
  userId: string;

  @Index('IDX_auth_session_open_family', { where: '"revoked_at" IS NULL' })
  @Column('uuid')
  familyId: string;

  @Index({ unique: true })
  @Column('char', { length: 64 })
  tokenHash: string;

  @Column('timestamptz') expiresAt: Date;
  @Column('timestamptz', { nullable: true }) revokedAt: Date | null;
  @Column('uuid', { nullable: true }) replacedBy: string | null;
  @Column('text', { nullable: true }) ip: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
