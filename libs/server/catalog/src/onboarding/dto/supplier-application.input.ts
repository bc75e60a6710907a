import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { ConnectionArgs } from '@yigou/server/core';
import { ENTERPRISE_LEVELS, EnterpriseLevel, SUPPLIER_KINDS, SupplierKind } from '@yigou/shared/domain';
import { PHONE_PATTERN } from '@yigou/shared/validation';
import { EnterpriseLevelEnum, SUPPLIER_STATUSES, SupplierKindEnum, SupplierStatus, SupplierStatusEnum } from '../../dto/catalog.enums';

@InputType()
export class SupplierApplicationInput {
  @Field()
  @IsString()
  @MinLength(2, { message: '请填写主体名称（至少2个字）' })
  @MaxLength(80, { message: '主体名称不能超过80个字' })
  name: string;

  @Field(() => SupplierKindEnum)
  @IsIn(SUPPLIER_KINDS, { message: '请选择主体类型' })
  kind: SupplierKind;

  @Field(() => EnterpriseLevelEnum, { nullable: true, description: '龙头企业 level; required for leading enterprises only' })
  @IsOptional()
  @IsIn(ENTERPRISE_LEVELS, { message: '龙头企业级别不正确' })
  enterpriseLevel?: EnterpriseLevel | null;

  @Field({ description: '统一社会信用代码, 18 characters with a check character' })
  @IsString()
  @MaxLength(32, { message: '统一社会信用代码应为18位' })
  creditCode: string;

  @Field()
  @IsString()
  @MaxLength(12, { message: '请选择所在县' })
  countyCode: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(12, { message: '请选择所在村' })
  villageCode?: string | null;

  @Field()
  @IsString()
  @MinLength(1, { message: '请填写联系人' })
  @MaxLength(40, { message: '联系人不能超过40个字' })
  contactName: string;

  @Field()
  @Matches(PHONE_PATTERN, { message: '联系电话应为11位手机号' })
  contactPhone: string;

  @Field()
  @IsString()
  @MinLength(2, { message: '请填写结算账户户名' })
  @MaxLength(80, { message: '户名不能超过80个字' })
  bankAccountName: string;

  @Field()
  @IsString()
  @MinLength(2, { message: '请填写开户银行' })
  @MaxLength(80, { message: '开户银行不能超过80个字' })
  bankName: string;

  @Field()
  @Matches(/^\d{8,30}$/, { message: '银行账号应为8到30位数字' })
  bankAccountNo: string;

  @Field(() => String, { nullable: true, description: 'The uploaded business licence image (url from POST /media/images)' })
  @IsOptional()
  @IsString()
  @MaxLength(300, { message: '图片地址过长' })
  licenseImageUrl?: string | null;

  @Field()
  @IsString()
  @MinLength(10, { message: '请说明与脱贫户的利益联结方式（至少10个字）' })
  @MaxLength(2000, { message: '利益联结说明不能超过2000个字' })
  benefitDescription: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: '简介不能超过2000个字' })
  story?: string | null;
}

@InputType()
export class SupplierDecisionInput {
  @Field(() => ID)
  @IsUUID('all', { message: '供应商编号不正确' })
  supplierId: string;

  @Field(() => String, { nullable: true, description: 'Required when rejecting or suspending' })
  @IsOptional()
  @IsString()
  @MaxLength(500, { message: '理由不能超过500个字' })
  reason?: string | null;
}

@ArgsType()
export class SupplierReviewQueueArgs extends ConnectionArgs {
  @Field(() => SupplierStatusEnum, { nullable: true, description: 'Default: pending for county admins, recommended for platform admins' })
  @IsOptional()
  @IsIn(SUPPLIER_STATUSES)
  status?: SupplierStatus | null;
}
