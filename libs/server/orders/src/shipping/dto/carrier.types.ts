import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('Carrier', { description: '快递公司' })
export class CarrierType {
  @Field() code: string;
  @Field() name: string;
  @Field({ description: 'The shape of its numbers, in Chinese' }) shapeHint: string;
  @Field({ description: 'The shape as a regular expression (JavaScript syntax)' }) pattern: string;
  @Field() hasTrackingPage: boolean;
}
