import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * An event a consumer failed to handle: retried with backoff (`nextAttemptAt`), parked after the configured number
 * of attempts (`parkedAt`) until a platform admin retries it. Later events of the same aggregate wait behind it.
 */
@Entity('event_dead_letter')
@Index(['consumer', 'aggregateType', 'aggregateId', 'eventId'])
export class EventDeadLetter {
  @PrimaryColumn('text') consumer: string;
  @PrimaryColumn('bigint') eventId: string;
  @Column('text') eventType: string;
  @Column('text') aggregateType: string;
  @Column('uuid') aggregateId: string;
  @Column('int') attempts: number;
  @Column('text') lastError: string;
  @Column('timestamptz') firstFailedAt: Date;
  @Column('timestamptz') lastFailedAt: Date;
  /** When the next attempt is due; null while parked. */
  @Column('timestamptz', { nullable: true }) nextAttemptAt: Date | null;
  @Column('timestamptz', { nullable: true }) parkedAt: Date | null;
  /** The last manual retry: it gets one attempt, then parks again if it still fails. */
  @Column('timestamptz', { nullable: true }) retriedAt: Date | null;
  @Column('uuid', { nullable: true }) retriedBy: string | null;
}
