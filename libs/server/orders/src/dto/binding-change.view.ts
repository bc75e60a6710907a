import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

/** A request to count an order for another work unit, and its decision (an `order_binding_change` row). */
@ObjectType('BindingChangeRequest')
export class BindingChangeRequestView {
  @Field(() => ID) id: string;
  @Field(() => ID) orderId: string;
  @Field(() => ID, { nullable: true }) fromUnitId: string | null;
  @Field(() => ID) toUnitId: string;
  @Field() reason: string;
  @Field() status: string;
  @Field(() => ID) requestedBy: string;
  @Field(() => ID, { nullable: true }) decidedBy: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) decidedAt: Date | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
}
