import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { OrderAction, OrderStatus } from '../services/order-state';
import { OrderActionEnum, OrderStatusEnum } from '../dto/order.enums';

/** Append-only history of an order: every transition with who did it and when (the status timeline). */
@ObjectType('OrderTransition')
@Entity('order_transition')
@Index(['orderId', 'id'])
export class OrderTransition {
  @Field(() => ID) @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id: string;
  @Column('uuid') orderId: string;
  @Field(() => OrderActionEnum) @Column('text') action: OrderAction;
  @Field(() => OrderStatusEnum, { nullable: true }) @Column('text', { nullable: true }) fromStatus: OrderStatus | null;
  @Field(() => OrderStatusEnum) @Column('text') toStatus: OrderStatus;
  /** null = the system (sweeper, webhook). */
  @Field(() => ID, { nullable: true }) @Column('uuid', { nullable: true }) actorId: string | null;
  @Field() @Column('text') actorRole: string;
  @Field(() => String, { nullable: true }) @Column('text', { nullable: true }) note: string | null;
  @Field(() => GraphQLISODateTime) @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
