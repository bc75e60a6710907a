import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import type { OrderAction, OrderStatus } from '../services/order-state';
import { OrderActionEnum, OrderStatusEnum } from './order.enums';

/** One step of an order's status timeline: the transition, who did it and when (an `order_transition` row). */
@ObjectType('OrderTransition')
export class OrderTransitionView {
  @Field(() => ID) id: string;
  @Field(() => OrderActionEnum) action: OrderAction;
  @Field(() => OrderStatusEnum, { nullable: true }) fromStatus: OrderStatus | null;
  @Field(() => OrderStatusEnum) toStatus: OrderStatus;
  /** null = the system (sweeper, webhook). */
  @Field(() => ID, { nullable: true }) actorId: string | null;
  @Field() actorRole: string;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
}
