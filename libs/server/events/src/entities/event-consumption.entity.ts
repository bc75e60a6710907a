import { CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** Which consumer has handled which event: the primary key makes handling happen once. */
@Entity('event_consumption')
@Index('event_consumption_processed_idx', ['processedAt'])
export class EventConsumption {
  @PrimaryColumn('text') consumer: string;
  @PrimaryColumn('bigint') eventId: string;
  @CreateDateColumn({ type: 'timestamptz' }) processedAt: Date;
}
