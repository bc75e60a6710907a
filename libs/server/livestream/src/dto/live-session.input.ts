import { ArgsType, Field, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsDate, IsIn, IsInt, IsOptional, IsString, IsUrl, IsUUID, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { ConnectionArgs, FenScalarType } from '@yigou/server/core';
import type { Fen } from '@yigou/shared/money';
import { LIVE_SESSION_KINDS } from '../entities/live-session.entity';
import { LiveSessionKindEnum, LiveSessionStatusEnum } from './live-session.enums';
import { COMMENT_MAX_LENGTH } from '../entities/live-comment.entity';
import { LIVE_OFFER_NOTE_MAX } from '../offer-request/entities/live-offer-request.entity';
import { LiveOfferRequestStatusEnum } from '../offer-request/dto/live-offer-request.enums';

const URL_OPTS = { protocols: ['http', 'https'], require_protocol: true, require_tld: false };
/** An image uploaded through /media/images, or an http(s) address. */
const COVER_URL = /^(\/media\/uploads\/[\w./-]+|https?:\/\/\S+)$/;

@InputType()
export class ScheduleLiveSessionInput {
  @Field() @IsString() @Length(2, 60, { message: '标题为 2–60 个字' }) title: string;
  @Field() @IsString() @Length(1, 20, { message: '主播姓名为 1–20 个字' }) hostName: string;
  @Field(() => String, { nullable: true, description: 'e.g. 汾西县副县长' })
  @IsOptional()
  @IsString()
  @MaxLength(30, { message: '主播职务最多 30 个字' })
  hostTitle?: string | null;
  @Field(() => LiveSessionKindEnum) @IsIn(LIVE_SESSION_KINDS, { message: '直播类型只能是带货或文旅推介' }) kind: LiveSessionKindEnum;
  @Field() @Matches(/^\d{6}$/, { message: '县级行政区划代码为 6 位数字' }) countyCode: string;
  @Field(() => GraphQLISODateTime) @IsDate({ message: '开始时间格式不正确' }) startsAt: Date;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2048, { message: '封面图片地址过长' })
  @Matches(COVER_URL, { message: '封面图片地址不正确' })
  coverUrl?: string | null;
  @Field(() => String, { nullable: true, description: 'HLS (.m3u8) played in the live room' })
  @IsOptional()
  @IsUrl(URL_OPTS, { message: '直播流地址不正确' })
  streamUrl?: string | null;
  @Field(() => String, { nullable: true, description: 'A room on another platform' })
  @IsOptional()
  @IsUrl(URL_OPTS, { message: '外部直播间链接不正确' })
  externalRoomUrl?: string | null;
  @Field(() => ID, { nullable: true, description: 'The host account; defaults to the caller when they are a live host' })
  @IsOptional()
  @IsUUID('4', { message: '主播账号不正确' })
  hostUserId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Platform admins only: allow products of suppliers from other counties' })
  @IsOptional()
  @IsBoolean()
  allowCrossCounty?: boolean | null;
}

@InputType()
export class UpdateLiveSessionInput {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(2, 60, { message: '标题为 2–60 个字' }) title?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 20, { message: '主播姓名为 1–20 个字' }) hostName?:
    string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(30, { message: '主播职务最多 30 个字' }) hostTitle?:
    string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) @IsOptional() @IsDate({ message: '开始时间格式不正确' }) startsAt?: Date | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2048, { message: '封面图片地址过长' })
  @Matches(COVER_URL, { message: '封面图片地址不正确' })
  coverUrl?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsUrl(URL_OPTS, { message: '直播流地址不正确' }) streamUrl?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsUrl(URL_OPTS, { message: '外部直播间链接不正确' }) externalRoomUrl?:
    string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsUrl(URL_OPTS, { message: '回放地址不正确' }) replayUrl?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Platform admins only: allow products of suppliers from other counties' })
  @IsOptional()
  @IsBoolean()
  allowCrossCounty?: boolean | null;
}

@InputType()
export class PinLiveProductInput {
  @Field(() => ID) @IsUUID('4', { message: '直播场次不正确' }) sessionId: string;
  @Field(() => ID) @IsUUID('4', { message: '商品不正确' }) productId: string;
  @Field(() => ID) @IsUUID('4', { message: '规格不正确' }) skuId: string;
  @Field(() => FenScalarType) @IsInt() @Min(1, { message: '直播价必须大于 0' }) livePriceFen: Fen;
  @Field(() => Int, { nullable: true, description: 'At most the cap the supplier approved; defaults to it' })
  @IsOptional()
  @IsInt()
  @Min(0, { message: '直播库存不能为负' })
  @Max(1_000_000)
  stockCap?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1, { message: '每人限购至少 1 件' }) @Max(10_000) perBuyerLimit?:
    number | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) @IsOptional() @IsDate() offerStartsAt?: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) @IsOptional() @IsDate() offerEndsAt?: Date | null;
}

@InputType()
export class PostLiveCommentInput {
  @Field(() => ID) @IsUUID('4', { message: '直播场次不正确' }) sessionId: string;
  @Field({ description: `Plain text, 1–${COMMENT_MAX_LENGTH} characters; shown as text, never HTML` })
  @IsString()
  @MaxLength(COMMENT_MAX_LENGTH, { message: `评论最多 ${COMMENT_MAX_LENGTH} 个字` })
  body: string;
}

@ArgsType()
export class LiveSessionsArgs extends ConnectionArgs {
  @Field(() => LiveSessionStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(['scheduled', 'live', 'ended'])
  status?: LiveSessionStatusEnum | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(/^\d{6}$/, { message: '县级行政区划代码为 6 位数字' }) countyCode?:
    string | null;
}

@InputType()
export class RequestLiveOfferInput {
  @Field(() => ID) @IsUUID('4', { message: '直播场次不正确' }) sessionId: string;
  @Field(() => ID) @IsUUID('4', { message: '商品不正确' }) productId: string;
  @Field(() => ID) @IsUUID('4', { message: '规格不正确' }) skuId: string;
  @Field(() => FenScalarType, { description: 'Proposed live price' }) @IsInt() @Min(1, { message: '直播价必须大于 0' }) livePriceFen: Fen;
  @Field(() => Int, { description: 'Proposed live stock cap' })
  @IsInt()
  @Min(1, { message: '直播库存至少 1 件' })
  @Max(1_000_000, { message: '直播库存最多 1000000 件' })
  stockCap: number;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIVE_OFFER_NOTE_MAX, { message: `留言最多 ${LIVE_OFFER_NOTE_MAX} 个字` })
  note?: string | null;
}

@InputType()
export class AnswerLiveOfferRequestInput {
  @Field(() => ID) @IsUUID('4', { message: '直播邀请不正确' }) requestId: string;
  @Field() @IsBoolean() accept: boolean;
  @Field(() => FenScalarType, { nullable: true, description: 'On accepting: the lowest live price agreed (defaults to the proposed one)' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: '直播价必须大于 0' })
  livePriceFen?: Fen | null;
  @Field(() => Int, { nullable: true, description: 'On accepting: the most units at the live price (defaults to the proposed cap)' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: '直播库存至少 1 件' })
  @Max(1_000_000, { message: '直播库存最多 1000000 件' })
  stockCap?: number | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIVE_OFFER_NOTE_MAX, { message: `拒绝原因最多 ${LIVE_OFFER_NOTE_MAX} 个字` })
  declineReason?: string | null;
}

@ArgsType()
export class LiveOfferRequestsArgs extends ConnectionArgs {
  @Field(() => LiveOfferRequestStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(['pending', 'accepted', 'declined'])
  status?: LiveOfferRequestStatusEnum | null;
}
