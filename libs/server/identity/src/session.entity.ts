import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A refresh session. Only the SHA-256 of the refresh token is stored; each
 * refresh rotates the token (the old row is revoked, a new one is written).
 */
@Entity('auth_session')
export class AuthSession {
  @PrimaryGeneratedColumn('uuid') id: string;

  @Index()
  @Column('uuid')
  userId: string;

  @Index({ unique: true })
  @Column('char', { length: 64 })
  tokenHash: string;

  @Column('timestamptz') expiresAt: Date;
  @Column('timestamptz', { nullable: true }) revokedAt: Date | null;
  @Column('uuid', { nullable: true }) replacedBy: string | null;
  @Column('text', { nullable: true }) ip: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}

/** Failed logins, for rate limiting across API processes (kept in the database, not in memory). */
@Entity('login_failure')
@Index(['login', 'createdAt'])
@Index(['ip', 'createdAt'])
export class LoginFailure {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id: string;
  @Column('varchar', { length: 320 }) login: string;
  @Column('text') ip: string;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
