import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class BindingUnitChoice {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field({ description: "The buyer's unit now" }) current: boolean;
  @Field({ description: '主管单位 above the unit the order counts for' }) parent: boolean;
}
