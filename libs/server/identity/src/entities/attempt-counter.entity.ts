import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Counts sign-in, registration and refresh attempts per account or per client address, in the database so
 * that every API process sees the same count, and atomically (one upsert per attempt) so that parallel
 * requests cannot all pass the check before any of them is counted. See attempt-throttle.ts for the keys.
 */
@Entity('attempt_counter')
export class AttemptCounter {
  /** `account:<user id>`, `account:<user id>@<address>`, `login:<unknown login>`, `ip:<purpose>:<address>` */
  @PrimaryColumn('varchar', { length: 400 }) key: string;
  /** Attempts (or failures) since the window last started. */
  @Column('int') failures: number;
  /** The last counted attempt; the count starts again after a quiet window. */
  @Index()
  @Column('timestamptz')
  lastAt: Date;
  /** No further attempt before this time (the growing delay). */
  @Column('timestamptz', { nullable: true }) blockedUntil: Date | null;
}
