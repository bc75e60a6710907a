import { ArgsType, Field, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import { IsDate, IsIn, IsInt, IsOptional, IsString, IsUrl, IsUUID, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { ConnectionArgs, FenScalarType } from '@yigou/server/core';
import type { Fen } from '@yigou/shared/money';
import { LIVE_SESSION_KINDS, LiveSessionKindEnum, LiveSessionStatusEnum } from '../live-session.entity';
import { COMMENT_MAX_LENGTH } from '../live-comment.entity';

const URL_OPTS = { protocols: ['http', 'https'], require_protocol: true, require_tld: false };

@InputType()
export class ScheduleLiveSessionInput {
  @Field() @IsString() @Length(2, 60, { message: '标题为 2–60 个字' }) title: string;
  @Field() @IsString() @Length(1, 20, { message: '主播姓名为 1–20 个字' }) hostName: string;
  @Field(() => String, { nullable: true, description: 'e.g. 汾西县副县长' })
  @IsOptional() @IsString() @MaxLength(30, { message: '主播职务最多 30 个字' }) hostTitle?: string | null;
  @Field(() => LiveSessionKindEnum) @IsIn(LIVE_SESSION_KINDS, { message: '直播类型只能是带货或文旅推介' }) kind: LiveSessionKindEnum;
  @Field() @Matches(/^\d{6}$/, { message: '县级行政区划代码为 6 位数字' }) countyCode: string;
  @Field(() => GraphQLISODateTime) @IsDate({ message: '开始时间格式不正确' }) startsAt: Date;
  @Field(() => String, { nullable: true }) @IsOptional() @IsUrl(URL_OPTS, { message: '封面图片地址不正确' }) coverUrl?: string | null;
  @Field(() => String, { nullable: true, description: 'HLS (.m3u8) played in the live room' })
  @IsOptional() @IsUrl(URL_OPTS, { message: '直播流地址不正确' }) streamUrl?: string | null;
  @Field(() => String, { nullable: true, description: 'A room on another platform' })
  @IsOptional() @IsUrl(URL_OPTS, { message: '外部直播间链接不正确' }) externalRoomUrl?: string | null;
  @Field(() => ID, { nullable: true, description: 'The host account; defaults to the caller when they are a live host' })
  @IsOptional() @IsUUID('4', { message: '主播账号不正确' }) hostUserId?: string | null;
}

@InputType()
export class UpdateLiveSessionInput {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(2, 60, { message: '标题为 2–60 个字' }) title?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 20, { message: '主播姓名为 1–20 个字' }) hostName?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(30, { message: '主播职务最多 30 个字' }) hostTitle?: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) @IsOptional() @IsDate({ message: '开始时间格式不正确' }) startsAt?: Date | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsUrl(URL_OPTS, { message: '封面图片地址不正确' }) coverUrl?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsUrl(URL_OPTS, { message: '直播流地址不正确' }) streamUrl?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsUrl(URL_OPTS, { message: '外部直播间链接不正确' }) externalRoomUrl?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsUrl(URL_OPTS, { message: '回放地址不正确' }) replayUrl?: string | null;
}

@InputType()
export class PinLiveProductInput {
  @Field(() => ID) @IsUUID('4', { message: '直播场次不正确' }) sessionId: string;
  @Field(() => ID) @IsUUID('4', { message: '商品不正确' }) productId: string;
  @Field(() => ID) @IsUUID('4', { message: '规格不正确' }) skuId: string;
  @Field(() => FenScalarType) @IsInt() @Min(1, { message: '直播价必须大于 0' }) livePriceFen: Fen;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0, { message: '直播库存不能为负' }) @Max(1_000_000) stockCap?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1, { message: '每人限购至少 1 件' }) @Max(10_000) perBuyerLimit?: number | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) @IsOptional() @IsDate() offerStartsAt?: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) @IsOptional() @IsDate() offerEndsAt?: Date | null;
}

@InputType()
export class PostLiveCommentInput {
  @Field(() => ID) @IsUUID('4', { message: '直播场次不正确' }) sessionId: string;
  @Field({ description: `Plain text, 1–${COMMENT_MAX_LENGTH} characters; shown as text, never HTML` })
  @IsString() @MaxLength(COMMENT_MAX_LENGTH, { message: `评论最多 ${COMMENT_MAX_LENGTH} 个字` }) body: string;
}

@ArgsType()
export class LiveSessionsArgs extends ConnectionArgs {
  @Field(() => LiveSessionStatusEnum, { nullable: true }) @IsOptional() @IsIn(['scheduled', 'live', 'ended']) status?: LiveSessionStatusEnum | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(/^\d{6}$/, { message: '县级行政区划代码为 6 位数字' }) countyCode?: string | null;
}
