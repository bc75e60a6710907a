import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsBase64, IsIn, IsOptional, IsString, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { ConnectionArgs, ConnectionType } from '@yigou/server/core';

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
  @Field({ description: 'pending | approved | rejected | withdrawn' }) status: string;
  @Field(() => String, { nullable: true }) userDisplayName: string | null;
  @Field(() => String, { nullable: true, description: 'Name of the unit (filled in myUnitJoinRequests)' }) unitName?: string | null;
  @Field(() => String, { nullable: true, description: 'Why the unit admin rejected the request' }) reason?: string | null;
  @Field(() => Date, { nullable: true }) decidedAt?: Date | null;
  @Field(() => Date) createdAt: Date;
}

@ObjectType('UnitSearchResult', { description: 'A unit found by name, with nothing private (no headcount or budgets)' })
export class UnitSearchResultType {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() regionCode: string;
  @Field(() => String, { nullable: true }) regionName: string | null;
  @Field(() => String, { nullable: true, description: '主管单位' }) parentName: string | null;
}

export const UnitSearchConnection = ConnectionType(UnitSearchResultType, 'UnitSearch');

@ArgsType()
export class SearchWorkUnitsArgs extends ConnectionArgs {
  @Field({ description: 'Part of the unit name; several words must all match' })
  @IsString()
  @Length(1, 50, { message: '搜索内容应为 1 到 50 个字' })
  search: string;

  @Field(() => String, { nullable: true, description: 'Only units in this region (a city code covers its counties)' })
  @IsOptional()
  @Matches(/^\d{2,12}$/, { message: '行政区划代码格式不正确' })
  regionCode?: string | null;
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
