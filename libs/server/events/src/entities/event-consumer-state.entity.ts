import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

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
