import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

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
