import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A domain event, written in the same transaction as the change it reports
 * (the transactional outbox). Consumers read it afterwards, exactly once each.
 */
@Entity('outbox_event')
@Index(['aggregateType', 'aggregateId'])
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
}

/** Which consumer has handled which event: the primary key makes handling happen once. */
@Entity('event_consumption')
export class EventConsumption {
  @PrimaryColumn('text') consumer: string;
  @PrimaryColumn('bigint') eventId: string;
  @CreateDateColumn({ type: 'timestamptz' }) processedAt: Date;
}
