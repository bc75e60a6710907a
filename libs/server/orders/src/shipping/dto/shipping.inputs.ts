import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

/** At most this many parcels per order. */
export const MAX_PARCELS = 20;

@InputType()
export class ParcelItemInput {
  @Field(() => ID) @IsUUID('all', { message: '订单明细编号无效' }) lineId: string;
  @Field(() => Int)
  @IsInt({ message: '件数必须是整数' })
  @Min(1, { message: '件数至少为 1' })
  @Max(999, { message: '件数不能超过 999' })
  quantity: number;
}

@InputType()
export class ParcelInput {
  @Field({ description: 'A carrier code from `carriers` (SF, ZTO, …, OTHER)' })
  @IsString()
  @Length(1, 8, { message: '请选择快递公司' })
  carrierCode: string;
  @Field(() => String, { nullable: true, description: "For OTHER: the carrier's name" })
  @IsOptional()
  @IsString()
  @MaxLength(20, { message: '快递公司名称最多 20 个字' })
  carrierName?: string | null;
  @Field() @IsString() @Length(1, 40, { message: '请填写快递单号' }) trackingNo: string;
  @Field(() => [ParcelItemInput], { nullable: true, description: 'What is in this parcel; leave out when the note says it' })
  @IsOptional()
  @ArrayMaxSize(50, { message: '一个包裹最多列 50 种商品' })
  @ValidateNested({ each: true })
  @Type(() => ParcelItemInput)
  items?: ParcelItemInput[] | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200, { message: '备注最多 200 字' }) note?: string | null;
}

@InputType()
export class ShipParcelsInput {
  @Field(() => ID) @IsString() orderId: string; // a malformed id is not found, as any order the caller may not see
  @Field(() => [ParcelInput])
  @ArrayMinSize(1, { message: '请至少填写一个包裹' })
  @ArrayMaxSize(MAX_PARCELS, { message: `一个订单最多 ${MAX_PARCELS} 个包裹` })
  @ValidateNested({ each: true })
  @Type(() => ParcelInput)
  parcels: ParcelInput[];
}

@InputType()
export class AddParcelInput {
  @Field(() => ID) @IsString() orderId: string; // a malformed id is not found, as any order the caller may not see
  @Field(() => ParcelInput) @ValidateNested() @Type(() => ParcelInput) parcel: ParcelInput;
}
