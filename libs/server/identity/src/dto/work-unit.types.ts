import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsBase64, IsIn, IsString, IsUUID, Length, MaxLength } from 'class-validator';

@ObjectType('WorkUnitInvite')
export class WorkUnitInviteType {
  @Field(() => ID) id: string;
  @Field() code: string;
  @Field(() => ID) unitId: string;
  @Field(() => Date) expiresAt: Date;
  @Field({ description: 'Path of the invitation link in the storefront' }) link: string;
}

@ObjectType('UnitInvitePreview', { description: 'The unit an invitation code leads to, shown before joining' })
export class UnitInvitePreviewType {
  @Field() code: string;
  @Field(() => ID) unitId: string;
  @Field() unitName: string;
  @Field() regionCode: string;
  @Field(() => Date) expiresAt: Date;
}

@ObjectType('UnitJoinRequest')
export class UnitJoinRequestType {
  @Field(() => ID) id: string;
  @Field(() => ID) unitId: string;
  @Field(() => ID) userId: string;
  @Field() status: string;
  @Field(() => String, { nullable: true }) userDisplayName: string | null;
  @Field(() => Date) createdAt: Date;
}

@ObjectType('UnitMember')
export class UnitMemberType {
  @Field(() => ID) id: string;
  @Field() displayName: string;
}

@ObjectType('WorkUnitNode')
export class WorkUnitNodeType {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() regionCode: string;
  @Field(() => ID, { nullable: true }) parentId: string | null;
  @Field(() => Int) headcount: number;
  @Field() hasCanteen: boolean;
}

@ObjectType('UnitImportRowError')
export class UnitImportRowErrorType {
  @Field(() => Int) row: number;
  @Field() field: string;
  @Field() message: string;
}

@ObjectType('UnitImportResult')
export class UnitImportResultType {
  @Field(() => Int) created: number;
  @Field(() => [UnitImportRowErrorType]) errors: UnitImportRowErrorType[];
}

export enum UnitImportFormat {
  xlsx = 'xlsx',
  csv = 'csv',
}
registerEnumType(UnitImportFormat, { name: 'UnitImportFormat' });

@InputType()
export class ImportWorkUnitsInput {
  @Field(() => UnitImportFormat) @IsIn(['xlsx', 'csv'], { message: '文件格式只能是 xlsx 或 csv' }) format: UnitImportFormat;
  @Field({ description: 'The file, base64 encoded (at most about 5 MB)' })
  @IsString()
  @IsBase64({}, { message: '文件内容必须是 base64 编码' })
  @MaxLength(7_000_000, { message: '文件过大' })
  contentBase64: string;
}

@InputType()
export class JoinUnitByCodeInput {
  @Field() @IsString() @Length(4, 16, { message: '邀请码格式不正确' }) code: string;
}

@InputType()
export class UnitIdInput {
  @Field(() => ID) @IsUUID('all', { message: '单位编号格式不正确' }) unitId: string;
}
