import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * A domain event, written in the same transaction as the change it reports
 * (the transactional outbox). Consumers read it afterwards, exactly once each.
 */
@Entity('outbox_event')
@Index(['aggregateType', 'aggregateId'])
@Index(['txId', 'id'])
export class OutboxEvent {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id: string;

  /** e.g. 'order.paid' */
  @Index()
  @Column('text')
  type: string;

  @Column('text') aggregateType: string;
  @Column('uuid') aggregateId: string;

  @Column('jsonb') payload: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;

  /**
   * The appending transaction's id (64-bit, `txid_current()`). Every transaction still running, and every later one,
   * has an id at or above the current snapshot's xmin, so events below it are final: the dispatcher's low-water mark.
   */
  @Column('bigint', { default: () => 'txid_current()' }) txId: string;
}

/** Which consumer has handled which event: the primary key makes handling happen once. */
@Entity('event_consumption')
@Index('event_consumption_processed_idx', ['processedAt'])
export class EventConsumption {
  @PrimaryColumn('text') consumer: string;
  @PrimaryColumn('bigint') eventId: string;
  @CreateDateColumn({ type: 'timestamptz' }) processedAt: Date;
}

/**
 * Per consumer: every event it wants whose transaction id is below `lowTxId` is handled, or waits behind a
 * dead letter of its aggregate. Lets a delivery round start there instead of at the first event ever written.
 */
@Entity('event_consumer_state')
export class EventConsumerState {
  @PrimaryColumn('text') consumer: string;
  @Column('bigint', { default: 0 }) lowTxId: string;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

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
