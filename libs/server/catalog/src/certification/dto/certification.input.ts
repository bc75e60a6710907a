import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType()
export class SubmitCertificationInput {
  @Field(() => ID)
  @IsUUID('all', { message: '商品编号不正确' })
  productId: string;

  @Field()
  @IsString()
  @MinLength(3, { message: '请填写证书编号' })
  @MaxLength(60, { message: '证书编号不能超过60个字' })
  certificateNo: string;

  @Field({ description: '发证机关, e.g. 汾西县乡村振兴局' })
  @IsString()
  @MinLength(2, { message: '请填写发证机关' })
  @MaxLength(60, { message: '发证机关不能超过60个字' })
  issuedBy: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(60, { message: '批次不能超过60个字' })
  batch?: string | null;

  @Field({ description: 'YYYY-MM-DD' })
  @Matches(DATE, { message: '有效期开始日期格式应为 YYYY-MM-DD' })
  validFrom: string;

  @Field({ description: 'YYYY-MM-DD' })
  @Matches(DATE, { message: '有效期截止日期格式应为 YYYY-MM-DD' })
  validTo: string;

  @Field(() => String, { nullable: true, description: 'Uploaded evidence image url' })
  @IsOptional()
  @IsString()
  @MaxLength(300, { message: '图片地址过长' })
  evidenceImageUrl?: string | null;
}

@InputType()
export class CertificationDecisionInput {
  @Field(() => ID)
  @IsUUID('all', { message: '认定记录编号不正确' })
  certificationId: string;

  @Field(() => String, { nullable: true, description: 'Required when rejecting' })
  @IsOptional()
  @IsString()
  @MaxLength(500, { message: '理由不能超过500个字' })
  reason?: string | null;
}
