import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { OrderAction, OrderStatus } from '../services/order-state';

/** Append-only history of an order: every transition with who did it and when (the status timeline). */
@Entity('order_transition')
@Index(['orderId', 'id'])
export class OrderTransition {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id: string;
  @Column('uuid') orderId: string;
  @Column('text') action: OrderAction;
  @Column('text', { nullable: true }) fromStatus: OrderStatus | null;
  @Column('text') toStatus: OrderStatus;
  /** null = the system (sweeper, webhook). */
  @Column('uuid', { nullable: true }) actorId: string | null;
  @Column('text') actorRole: string;
  @Column('text', { nullable: true }) note: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
