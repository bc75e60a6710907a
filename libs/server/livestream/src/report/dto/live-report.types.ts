import { ArgsType, Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsDate, Matches } from 'class-validator';
import { FenScalarType } from '@yigou/server/core';
import type { Fen } from '@yigou/shared/money';
import { LiveSessionKindEnum } from '../../dto/live-session.enums';

@ObjectType('LiveTopProduct')
export class LiveTopProduct {
  @Field(() => ID) productId: string;
  @Field() name: string;
  @Field(() => Int) quantity: number;
  @Field(() => FenScalarType) salesFen: Fen;
}

@ObjectType('LiveSessionReport')
export class LiveSessionReport {
  @Field(() => ID) sessionId: string;
  @Field() title: string;
  @Field() hostName: string;
  @Field(() => String, { nullable: true }) hostTitle: string | null;
  @Field(() => LiveSessionKindEnum) kind: LiveSessionKindEnum;
  @Field(() => GraphQLISODateTime) startsAt: Date;
  @Field(() => Int) orders: number;
  @Field(() => Int) items: number;
  @Field(() => FenScalarType) paidSalesFen: Fen;
  @Field(() => FenScalarType, { description: 'Held at live prices in the room but not paid yet' }) pendingSalesFen: Fen;
  @Field(() => Int) buyers: number;
  @Field(() => Int) buyerUnits: number;
  @Field(() => Int) uniqueViewers: number;
  @Field(() => Int) peakViewers: number;
  @Field(() => Float, { description: 'Buyers ÷ unique viewers (0–1); 0 without viewers' }) conversion: number;
  @Field(() => FenScalarType) averageOrderFen: Fen;
  @Field(() => [LiveTopProduct]) topProducts: LiveTopProduct[];
}

@ObjectType('LiveHostSummary')
export class LiveHostSummary {
  @Field() hostName: string;
  @Field(() => String, { nullable: true }) hostTitle: string | null;
  @Field(() => Int) salesSessions: number;
  @Field(() => Int) tourismSessions: number;
  @Field(() => Int) orders: number;
  @Field(() => FenScalarType) salesFen: Fen;
}

@ObjectType('LivePeriodReport')
export class LivePeriodReport {
  @Field() countyCode: string;
  @Field(() => GraphQLISODateTime) from: Date;
  @Field(() => GraphQLISODateTime) to: Date;
  @Field(() => Int) hosts: number;
  @Field(() => Int) sessions: number;
  @Field(() => Int) salesSessions: number;
  @Field(() => Int) tourismSessions: number;
  @Field(() => Int) orders: number;
  @Field(() => Int) items: number;
  @Field(() => FenScalarType) salesFen: Fen;
  /** e.g. "5 名县级领导直播带货 9 场（含文旅推介 2 场），累计销售 16,831 单，销售金额 147.81 万元" */
  @Field() summary: string;
  @Field(() => [LiveHostSummary]) byHost: LiveHostSummary[];
  @Field(() => [LiveSessionReport]) bySession: LiveSessionReport[];
}

@ArgsType()
export class LivePeriodArgs {
  @Field() @Matches(/^\d{6}$/, { message: '县级行政区划代码为 6 位数字' }) countyCode: string;
  @Field(() => GraphQLISODateTime) @IsDate() from: Date;
  @Field(() => GraphQLISODateTime) @IsDate() to: Date;
}
