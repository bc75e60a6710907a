import { Field, ID, ObjectType } from '@nestjs/graphql';

/** An entry of the signed-in user's address book (收货地址), in Chinese address fields (an `address` row without its owner). */
@ObjectType('Address')
export class AddressView {
  @Field(() => ID) id: string;
  @Field({ description: '收货人' }) recipient: string;
  @Field() phone: string;
  @Field({ description: '省' }) province: string;
  @Field({ description: '市' }) city: string;
  @Field({ description: '区/县' }) district: string;
  /** GB/T 2260 codes of 省/市/区县 (null for an old free-text address no region matched). */
  @Field(() => String, { nullable: true }) provinceCode: string | null;
  @Field(() => String, { nullable: true }) cityCode: string | null;
  @Field(() => String, { nullable: true }) countyCode: string | null;
  @Field({ description: '详细地址（街道、门牌）' }) detail: string;
  @Field(() => String, { nullable: true }) postalCode: string | null;
  @Field() isDefault: boolean;
}
