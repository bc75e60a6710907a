import { applyDecorators } from '@nestjs/common';
import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { ConnectionType, FenScalarType } from '@yigou/server/core';
import type { Fen } from '@yigou/shared/money';
import { REGISTRY_FIRST_YEAR } from '@yigou/shared/domain';
import { HOUSEHOLD_CATEGORIES } from '../entities/household.entity';
import { BENEFIT_LINK_TYPES } from '../entities/benefit-link.entity';
import { ATTRIBUTION_RULE_KINDS } from '../entities/attribution-rule.entity';
import { OTHER_INCOME_KINDS } from '../entities/other-income.entity';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A household's 帮扶责任人, optional, as registering and updating both take them. */
const HelpersField = (): PropertyDecorator =>
  applyDecorators(
    Field(() => [String], { nullable: true }),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(20),
    MaxLength(40, { each: true, message: '帮扶责任人姓名过长' }),
  );

/** A household as every response shows it: head's name and ID number masked. */
@ObjectType()
export class HouseholdView {
  @Field(() => ID) id: string;
  @Field() countyCode: string;
  @Field() villageCode: string;
  @Field(() => String, { nullable: true }) villageName: string | null;
  @Field() householdNo: string;
  @Field({ description: '户主姓名（已脱敏）' }) headNameMasked: string;
  @Field({ description: '身份证号（已脱敏）' }) idNumberMasked: string;
  @Field(() => Int) members: number;
  @Field({ description: 'lifted | not_lifted | unstable | marginal | sudden_hardship' }) category: string;
  @Field(() => FenScalarType) incomePerCapitaFen: Fen;
  @Field(() => [String]) helpers: string[];
  @Field(() => Int) version: number;
  @Field() updatedAt: Date;
}

export const HouseholdConnection = ConnectionType(HouseholdView, 'Household');

/** One line of the household access log: who revealed or exported household data, when and why. */
@ObjectType()
export class HouseholdAccessEntry {
  @Field(() => ID) id: string;
  @Field({ description: 'reveal 查看明文 · export 导出' }) action: string;
  @Field() countyCode: string;
  @Field(() => ID, { nullable: true }) householdId: string | null;
  @Field(() => String, { nullable: true }) householdNo: string | null;
  @Field(() => ID) userId: string;
  @Field(() => String, { nullable: true }) userName: string | null;
  @Field({ description: 'The reason given for a reveal, or what was exported' }) detail: string;
  @Field(() => String, { nullable: true }) ip: string | null;
  @Field() createdAt: Date;
}

export const HouseholdAccessConnection = ConnectionType(HouseholdAccessEntry, 'HouseholdAccess');

@ObjectType()
export class RevealedHousehold {
  @Field(() => ID) id: string;
  @Field() headName: string;
  @Field() idNumber: string;
}

@ObjectType()
export class HouseholdRevisionView {
  @Field(() => Int) version: number;
  @Field(() => String, { nullable: true }) changedBy: string | null;
  @Field(() => [String]) changedFields: string[];
  @Field() createdAt: Date;
}

@ObjectType()
export class ImportRowErrorView {
  @Field(() => Int) row: number;
  @Field() field: string;
  @Field() message: string;
}

@ObjectType()
export class HouseholdImportView {
  @Field(() => ID) id: string;
  @Field() kind: string;
  @Field() status: string;
  @Field(() => Int) totalRows: number;
  @Field(() => Int) processedRows: number;
  @Field(() => Int) createdRows: number;
  @Field(() => [ImportRowErrorView]) errors: ImportRowErrorView[];
}

@InputType()
export class HouseholdInput {
  @Field() @Matches(/^\d{12}$/, { message: '村代码应为 12 位行政区划代码' }) villageCode: string;
  @Field() @IsString() @MinLength(1, { message: '户编号不能为空' }) @MaxLength(32, { message: '户编号最多 32 个字符' }) householdNo: string;
  @Field() @IsString() @MinLength(1, { message: '户主姓名不能为空' }) @MaxLength(40, { message: '户主姓名过长' }) headName: string;
  @Field() @IsString() @MaxLength(32, { message: '身份证号过长' }) idNumber: string;
  @Field(() => Int) @IsInt({ message: '家庭人口必须是整数' }) @Min(1, { message: '家庭人口至少 1 人' }) members: number;
  @Field() @IsIn([...HOUSEHOLD_CATEGORIES], { message: '户类别不正确' }) category: string;
  @Field(() => FenScalarType) incomePerCapitaFen: Fen;
  @HelpersField() helpers?: string[] | null;
}

@InputType()
export class UpdateHouseholdInput {
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(/^\d{12}$/, { message: '村代码应为 12 位行政区划代码' }) villageCode?:
    string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MinLength(1) @MaxLength(40) headName?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(32, { message: '身份证号过长' }) idNumber?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1, { message: '家庭人口至少 1 人' }) members?: number | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsIn([...HOUSEHOLD_CATEGORIES], { message: '户类别不正确' }) category?:
    string | null;
  @Field(() => FenScalarType, { nullable: true }) @IsOptional() incomePerCapitaFen?: Fen | null;
  @HelpersField() helpers?: string[] | null;
}

@InputType()
export class ImportFileInput {
  @Field() @Matches(/^\d{6}$/, { message: '县代码应为 6 位' }) countyCode: string;
  @Field({ description: 'xlsx | csv' }) @IsIn(['xlsx', 'csv'], { message: '只支持 xlsx 或 csv 文件' }) format: string;
  @Field({ description: 'file content, base64' }) @IsString() @MaxLength(20_000_000, { message: '文件过大' }) contentBase64: string;
}

/** What a benefit link and an attribution rule both are: a supplier's term, for one product or all, over a span of days. */
@ObjectType({ isAbstract: true })
class SupplierTermView {
  @Field(() => ID) id: string;
  @Field() supplierId: string;
  @Field(() => String, { nullable: true }) productId: string | null;
  @Field() validFrom: string;
  @Field(() => String, { nullable: true }) validTo: string | null;
}

@InputType({ isAbstract: true })
class SupplierTermInput {
  @Field() @IsUUID('all', { message: '供应商不正确' }) supplierId: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsUUID('all', { message: '产品不正确' }) productId?: string | null;
  @Field() @Matches(DATE, { message: '日期格式应为 YYYY-MM-DD' }) validFrom: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(DATE, { message: '日期格式应为 YYYY-MM-DD' }) validTo?: string | null;
}

@ObjectType()
export class BenefitLinkView extends SupplierTermView {
  @Field(() => String, { nullable: true }) supplierName: string | null;
  @Field() householdId: string;
  @Field() type: string;
  @Field() weight: number;
}

@InputType()
export class BenefitLinkInput extends SupplierTermInput {
  @Field() @IsUUID('all', { message: '农户不正确' }) householdId: string;
  @Field() @IsIn([...BENEFIT_LINK_TYPES], { message: '利益联结类型不正确' }) type: string;
  @Field() @IsNumber({}, { message: '权重必须是数字' }) weight: number;
}

@ObjectType()
export class AttributionRuleView extends SupplierTermView {
  @Field() kind: string;
  @Field(() => FenScalarType, { nullable: true }) fenPerUnit: Fen | null;
  @Field(() => Number, { nullable: true, deprecationReason: 'use basisPoints or percentText (exact)' }) percent: number | null;
  @Field(() => Int, { nullable: true, description: 'Revenue share in basis points (8.2 % = 820), exact' }) basisPoints: number | null;
  @Field(() => String, { nullable: true, description: 'Revenue share as exact decimal text, e.g. "8.2"' }) percentText: string | null;
}

@InputType()
export class AttributionRuleInput extends SupplierTermInput {
  @Field({ description: 'per_unit | revenue_share' }) @IsIn([...ATTRIBUTION_RULE_KINDS], { message: '规则类型不正确' }) kind: string;
  @Field(() => FenScalarType, { nullable: true }) @IsOptional() fenPerUnit?: Fen | null;
  @Field(() => Number, {
    nullable: true,
    description: 'Percentage; read from its decimal digits ("8.2"), at most two decimals. Prefer percentText or basisPoints.',
  })
  @IsOptional()
  @IsNumber({}, { message: '比例必须是数字' })
  percent?: number | null;
  @Field(() => String, { nullable: true, description: 'Percentage as exact decimal text, at most two decimals: "8.2", "4.35"' })
  @IsOptional()
  @IsString()
  @MaxLength(12)
  percentText?: string | null;
  @Field(() => Int, { nullable: true, description: 'Percentage in basis points: 820 = 8.2 %' })
  @IsOptional()
  @IsInt({ message: '比例必须是整数基点' })
  basisPoints?: number | null;
}

@InputType()
export class OtherIncomeInput {
  @Field() @IsUUID('all', { message: '农户不正确' }) householdId: string;
  @Field(() => Int, { description: `From ${REGISTRY_FIRST_YEAR} (建档立卡) to this year` })
  @IsInt({ message: '年份应为整数' })
  year: number;
  @Field({ description: 'wage | land_rent | dividend | other' }) @IsIn([...OTHER_INCOME_KINDS], { message: '收入类型不正确' }) kind: string;
  @Field(() => FenScalarType) amountFen: Fen;
  @Field(() => String, { nullable: true, description: 'The supplier that paid it: one linked to the household (利益联结)' })
  @IsOptional()
  @IsUUID('all', { message: '供应商不存在' })
  supplierId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) note?: string | null;
}

@ObjectType()
export class OtherIncomeView {
  @Field(() => ID) id: string;
  @Field(() => Int) year: number;
  @Field() kind: string;
  @Field(() => FenScalarType) amountFen: Fen;
  @Field() note: string;
  @Field() createdAt: Date;
}

@ObjectType()
export class ReportRow {
  @Field() key: string;
  @Field() label: string;
  @Field(() => Int) households: number;
  @Field(() => Int) people: number;
  @Field(() => FenScalarType) amountFen: Fen;
}

@ObjectType()
export class AttributionReport {
  @Field() regionCode: string;
  @Field() regionName: string;
  @Field(() => Int) year: number;
  @Field(() => Int) households: number;
  @Field(() => Int) people: number;
  @Field(() => FenScalarType) totalFen: Fen;
  @Field(() => FenScalarType) averagePerHouseholdFen: Fen;
  @Field({ description: '带动脱贫户 X 户 Y 人，平台销售归因 T 元，户均增收 Z 元' }) sentence: string;
  @Field({ description: 'What the income figures count (platform sales attributed to households only)' }) basis: string;
  @Field(() => [ReportRow]) byCategory: ReportRow[];
  @Field(() => [ReportRow]) byVillage: ReportRow[];
  @Field(() => [ReportRow]) bySupplier: ReportRow[];
  @Field(() => [ReportRow]) byProduct: ReportRow[];
  @Field(() => [ReportRow]) byUnit: ReportRow[];
  @Field(() => [ReportRow]) bySession: ReportRow[];
  @Field(() => [ReportRow]) byMonth: ReportRow[];
}

@ObjectType()
export class AttributionEntryView {
  @Field(() => ID) id: string;
  @Field() orderNo: string;
  @Field() productId: string;
  @Field() supplierId: string;
  @Field(() => FenScalarType) amountFen: Fen;
  @Field(() => String, { nullable: true }) reversesId: string | null;
  @Field() month: string;
  @Field() occurredAt: Date;
}

@ObjectType()
export class HouseholdIncome {
  @Field(() => HouseholdView) household: HouseholdView;
  @Field(() => Int) year: number;
  @Field(() => FenScalarType) attributedFen: Fen;
  @Field(() => FenScalarType) otherIncomeFen: Fen;
  @Field(() => FenScalarType) totalFen: Fen;
  @Field(() => FenScalarType, { description: "The registry's 人均纯收入 (recorded at registration or import)" }) recordedPerCapitaFen: Fen;
  @Field(() => FenScalarType, { description: "This year's attributed and other income per person" }) addedPerCapitaFen: Fen;
  @Field(() => FenScalarType, { description: 'recordedPerCapitaFen + addedPerCapitaFen: what the lines are compared with' })
  perCapitaFen: Fen;
  @Field({ description: 'How perCapitaFen is made up, in words' }) basis: string;
  @Field(() => FenScalarType) povertyLinePerCapitaFen: Fen;
  @Field(() => FenScalarType) monitoringLinePerCapitaFen: Fen;
  @Field({ description: 'under_line | in_band | above' }) status: string;
  @Field(() => [ReportRow]) byMonth: ReportRow[];
  @Field(() => [AttributionEntryView]) recentEntries: AttributionEntryView[];
  @Field(() => [OtherIncomeView]) otherIncome: OtherIncomeView[];
}

@ObjectType()
export class IncomeAlert {
  @Field(() => HouseholdView) household: HouseholdView;
  @Field(() => FenScalarType) attributedFen: Fen;
  @Field(() => FenScalarType) otherIncomeFen: Fen;
  @Field(() => FenScalarType, { description: "The registry's 人均纯收入" }) recordedPerCapitaFen: Fen;
  @Field(() => FenScalarType, { description: "Recorded income per person plus this year's attributed and other income per person" })
  perCapitaFen: Fen;
  @Field() status: string;
}

export const IncomeAlertConnection = ConnectionType(IncomeAlert, 'IncomeAlert');

@ObjectType()
export class RebuildResultView {
  @Field(() => Int) eventsReplayed: number;
  @Field(() => Int) ledgerRows: number;
  @Field(() => Int) rebuiltRows: number;
  @Field() ledgerMatches: boolean;
  @Field() summariesMatch: boolean;
  @Field(() => [String]) differences: string[];
}

@ObjectType()
export class ExportFile {
  @Field() filename: string;
  @Field() contentBase64: string;
}
