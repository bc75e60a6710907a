import { ArgsType, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionArgs, ConnectionType, enumOf, FenScalarType, PageInfo } from '@yigou/server/core';
import { IsBoolean, IsDate, IsIn, IsInt, IsNumber, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { Type } from 'class-transformer';
import { CANTEEN_MODES, CanteenMode } from '../entities/quota-filing.entity';
import { QUOTA_RULE_KINDS, QuotaRuleKind } from '../entities/quota-rule.entity';

export const QuotaRuleKindEnum = enumOf(QUOTA_RULE_KINDS);
registerEnumType(QuotaRuleKindEnum, { name: 'QuotaRuleKind' });
export const CanteenModeEnum = enumOf(CANTEEN_MODES);
registerEnumType(CanteenModeEnum, { name: 'CanteenMode', description: 'own 自办食堂 / outsourced 外包 / shared 共用食堂 / none 无食堂' });
export const PaceStatusEnum = enumOf(['green', 'amber', 'red'] as const);
registerEnumType(PaceStatusEnum, { name: 'PaceStatus' });
export const RankingSortEnum = enumOf(['rank', 'name', 'target', 'ordered', 'completed', 'rate'] as const);
registerEnumType(RankingSortEnum, { name: 'RankingSort' });
export const ExportFormatEnum = enumOf(['xlsx', 'csv'] as const);
registerEnumType(ExportFormatEnum, { name: 'BulletinFormat' });

const REGION = /^\d{6}$/;

@ObjectType('QuotaRule')
export class QuotaRuleType {
  @Field(() => ID) id: string;
  @Field() regionCode: string;
  @Field(() => Int) year: number;
  @Field(() => QuotaRuleKindEnum) kind: QuotaRuleKind;
  @Field(() => FenScalarType, { nullable: true }) amountPerPersonFen: number | null;
  @Field(() => Float, { nullable: true }) ratioPercent: number | null;
  @Field(() => FenScalarType, { nullable: true }) fixedAmountFen: number | null;
  @Field() notLessThanLastYear: boolean;
  @Field(() => String, { nullable: true }) note: string | null;
}

@InputType()
export class QuotaRuleInput {
  @Field() @Matches(REGION, { message: '行政区划代码必须是 6 位数字' }) regionCode: string;
  @Field(() => Int) @IsInt() @Min(2000) @Max(2100) year: number;
  @Field(() => QuotaRuleKindEnum) @IsIn(QUOTA_RULE_KINDS, { message: '规则类型不正确' }) kind: QuotaRuleKind;
  @Field(() => FenScalarType, { nullable: true }) @IsOptional() amountPerPersonFen?: number | null;
  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 }, { message: '比例最多两位小数' })
  @Min(0.01, { message: '比例必须大于 0%' })
  @Max(100, { message: '比例不能超过 100%' })
  ratioPercent?: number | null;
  @Field(() => FenScalarType, { nullable: true }) @IsOptional() fixedAmountFen?: number | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() notLessThanLastYear?: boolean | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) note?: string | null;
}

@ObjectType('QuotaYearSetting')
export class QuotaYearSettingType {
  @Field() regionCode: string;
  @Field(() => Int) year: number;
  @Field(() => Date) filingOpensAt: Date;
  @Field(() => Date) filingClosesAt: Date;
  @Field() completionRequiresRating: boolean;
}

@InputType()
export class QuotaYearSettingInput {
  @Field() @Matches(REGION, { message: '行政区划代码必须是 6 位数字' }) regionCode: string;
  @Field(() => Int) @IsInt() @Min(2000) @Max(2100) year: number;
  @Field(() => Date) @Type(() => Date) @IsDate() filingOpensAt: Date;
  @Field(() => Date) @Type(() => Date) @IsDate() filingClosesAt: Date;
  @Field() @IsBoolean() completionRequiresRating: boolean;
}

@ObjectType('QuotaFiling')
export class QuotaFilingType {
  @Field(() => ID) id: string;
  @Field(() => ID) unitId: string;
  @Field(() => String, { nullable: true, description: 'Filled in lists for reviewers' }) unitName?: string | null;
  @Field(() => Int) year: number;
  @Field() regionCode: string;
  @Field(() => Int) headcount: number;
  @Field(() => CanteenModeEnum) canteenMode: CanteenMode;
  @Field(() => FenScalarType) canteenBudgetFen: number;
  @Field(() => Float, { nullable: true }) ratioPercent: number | null;
  @Field(() => FenScalarType) unionBudgetFen: number;
  @Field(() => FenScalarType) targetFen: number;
  @Field() status: string;
  @Field(() => String, { nullable: true }) returnReason: string | null;
  @Field(() => Date) filedAt: Date;
  @Field(() => Date, { nullable: true }) reviewedAt: Date | null;
}

/** The reviewers' list of a region's filings, a page at a time (oldest first). */
export const QuotaFilingConnection = ConnectionType(QuotaFilingType, 'QuotaFiling');

@ArgsType()
export class QuotaFilingsArgs extends ConnectionArgs {
  @Field() regionCode: string;
  @Field(() => Int) year: number;
  @Field(() => String, { nullable: true, description: 'submitted, approved or returned; null: all' }) status?: string | null;
}

@InputType()
export class FileQuotaInput {
  @Field(() => ID) @IsUUID('all', { message: '单位编号格式不正确' }) unitId: string;
  @Field(() => Int) @IsInt() @Min(2000) @Max(2100) year: number;
  @Field(() => Int) @IsInt({ message: '在编人数必须是整数' }) @Min(0, { message: '在编人数不能为负数' }) headcount: number;
  @Field(() => CanteenModeEnum) @IsIn(CANTEEN_MODES) canteenMode: CanteenMode;
  @Field(() => FenScalarType) canteenBudgetFen: number;
  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2 }, { message: '比例最多两位小数' })
  @Min(0.01, { message: '预留比例必须大于 0%' })
  @Max(100, { message: '预留比例不能超过 100%' })
  ratioPercent?: number | null;
  @Field(() => FenScalarType) unionBudgetFen: number;
}

@ObjectType('QuotaMonth')
export class QuotaMonthType {
  @Field(() => Int) month: number;
  @Field(() => FenScalarType) orderedFen: number;
  @Field(() => FenScalarType) completedFen: number;
}

@ObjectType('QuotaTopItem')
export class QuotaTopItemType {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => FenScalarType) orderedFen: number;
}

@ObjectType('QuotaMemberContribution')
export class QuotaMemberContributionType {
  @Field(() => ID) userId: string;
  @Field() displayName: string;
  @Field(() => FenScalarType) orderedFen: number;
  @Field(() => FenScalarType) completedFen: number;
}

@ObjectType('QuotaRollUp')
export class QuotaRollUpType {
  @Field(() => Int, { description: 'The unit and its subordinate units' }) unitCount: number;
  @Field(() => FenScalarType) targetFen: number;
  @Field(() => FenScalarType) orderedFen: number;
  @Field(() => FenScalarType) completedFen: number;
}

@ObjectType('UnitQuotaDashboard')
export class UnitQuotaDashboardType {
  @Field(() => ID) unitId: string;
  @Field() unitName: string;
  @Field(() => Int) year: number;
  @Field(() => FenScalarType) targetFen: number;
  @Field() targetProvisional: boolean;
  @Field() filingStatus: string;
  @Field(() => FenScalarType) orderedFen: number;
  @Field(() => FenScalarType) completedFen: number;
  @Field(() => FenScalarType) remainingFen: number;
  @Field(() => Float, { description: 'completed / target (1 = 100%)' }) rate: number;
  @Field(() => Float, { description: 'Share of the year elapsed (0–1)' }) pace: number;
  @Field(() => PaceStatusEnum) status: string;
  @Field(() => Int) daysLeft: number;
  @Field(() => QuotaRollUpType, { description: 'Including subordinate units' }) rolledUp: QuotaRollUpType;
  @Field(() => [QuotaMonthType]) months: QuotaMonthType[];
  @Field(() => [QuotaTopItemType]) topProducts: QuotaTopItemType[];
  @Field(() => [QuotaTopItemType]) topSuppliers: QuotaTopItemType[];
  @Field(() => [QuotaMemberContributionType], { nullable: true, description: 'Only for the unit admin' }) members:
    QuotaMemberContributionType[] | null;
}

@ObjectType('QuotaRankingRollUp', { description: '本单位及全部下属单位合计（主管单位含下属；无下属的单位即本单位数字）' })
export class QuotaRankingRollUpType {
  @Field(() => Int, { description: 'The unit and its subordinate units' }) unitCount: number;
  @Field(() => FenScalarType) targetFen: number;
  @Field(() => FenScalarType) orderedFen: number;
  @Field(() => FenScalarType) completedFen: number;
  @Field(() => Float, { description: 'completed / target of the rolled-up figures' }) rate: number;
}

@ObjectType('QuotaRankingRow', {
  description:
    'targetFen, orderedFen, completedFen, rate, rank and status are the unit’s own figures (本单位); rolledUp adds its subordinates (含下属单位)',
})
export class QuotaRankingRowType {
  @Field(() => ID) unitId: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) parentName: string | null;
  @Field() hasCanteen: boolean;
  @Field(() => FenScalarType) targetFen: number;
  @Field() targetProvisional: boolean;
  @Field() filingStatus: string;
  @Field() filingOverdue: boolean;
  @Field(() => FenScalarType) orderedFen: number;
  @Field(() => FenScalarType) completedFen: number;
  @Field(() => Float) rate: number;
  @Field(() => Int) rank: number;
  @Field({ description: 'Another unit shares this rank (并列)' }) tied: boolean;
  @Field(() => PaceStatusEnum) status: string;
  @Field(() => QuotaRankingRollUpType, { description: 'Own plus subordinate units (含下属单位合计)' }) rolledUp: QuotaRankingRollUpType;
}

@ObjectType('QuotaTotals')
export class QuotaTotalsType {
  @Field(() => FenScalarType) targetFen: number;
  @Field(() => FenScalarType) orderedFen: number;
  @Field(() => FenScalarType) completedFen: number;
  @Field(() => Float) rate: number;
}

@ObjectType('JurisdictionRanking')
export class JurisdictionRankingType {
  @Field() regionCode: string;
  @Field(() => Int) year: number;
  @Field(() => Float) pace: number;
  @Field(() => Int, { description: 'Units matching the filter' }) totalCount: number;
  @Field(() => QuotaTotalsType, { description: 'Totals over every unit of the jurisdiction' }) totals: QuotaTotalsType;
  @Field(() => [QuotaRankingRowType]) rows: QuotaRankingRowType[];
  @Field(() => PageInfo) pageInfo: PageInfo;
}

@ArgsType()
export class JurisdictionRankingArgs {
  @Field() @Matches(REGION, { message: '行政区划代码必须是 6 位数字' }) regionCode: string;
  @Field(() => Int) @IsInt() @Min(2000) @Max(2100) year: number;
  @Field(() => RankingSortEnum, { nullable: true }) @IsOptional() sort?: string | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() descending?: boolean | null;
  @Field(() => PaceStatusEnum, { nullable: true }) @IsOptional() status?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(50) search?: string | null;
  @Field(() => Int, { nullable: true }) first?: number | null;
  @Field(() => String, { nullable: true }) after?: string | null;
}

@ObjectType('BulletinFile')
export class BulletinFileType {
  @Field() filename: string;
  @Field() mimeType: string;
  @Field() contentBase64: string;
}

/** A quota reminder as the quota desk shows it: the caller's notification of kind 'quota_reminder'. */
@ObjectType('QuotaReminder')
export class QuotaReminderType {
  @Field(() => ID) id: string;
  @Field(() => ID, { description: 'The unit the reminder is about' }) unitId: string;
  @Field() message: string;
  @Field(() => Date, { nullable: true, description: 'When the caller marked it read; null: unread' }) readAt: Date | null;
  @Field(() => Date) createdAt: Date;
}
