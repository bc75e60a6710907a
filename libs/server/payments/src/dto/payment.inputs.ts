import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsISO8601, IsOptional, IsString, IsUUID, Length, MaxLength, ValidateNested } from 'class-validator';
import { ConnectionType, DeskListArgs, FenScalarType } from '@yigou/server/core';
import type { Fen } from '@yigou/shared/money';
import { BankTransferView } from './bank-transfer.view';
import { TransferSort } from './transfer-sort.enum';

export const BankTransferConnection = ConnectionType(BankTransferView, 'BankTransfer');

@ArgsType()
export class TransferListGqlArgs extends DeskListArgs {
  @Field(() => Boolean, { nullable: true, description: 'Only transfers with an unmatched balance' }) onlyOpen?: boolean | null;
  @Field(() => TransferSort, { nullable: true, description: 'Sort column (default RECEIVED_AT)' }) sort?: TransferSort | null;
}

@InputType()
export class RecordTransferInput {
  @Field() @IsString() @Length(1, 64, { message: '请填写银行流水号' }) bankTxnNo: string;
  @Field() @IsString() @Length(1, 100, { message: '请填写付款人户名' }) payerName: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(64, { message: '付款账号不能超过64个字符' }) payerAccount?:
    string | null;
  @Field(() => FenScalarType) amountFen: Fen;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200, { message: '附言不能超过200个字' }) memo?:
    string | null;
  @Field() @IsISO8601({}, { message: '到账时间格式不正确' }) @MaxLength(40, { message: '到账时间格式不正确' }) receivedAt: string;
}

@InputType()
export class TransferAllocationInput {
  @Field(() => ID) @IsUUID('all', { message: '订单无效' }) orderId: string;
  @Field(() => FenScalarType) amountFen: Fen;
}

@InputType()
export class RefundLineInput {
  @Field(() => ID) @IsUUID('all', { message: '订单行不存在' }) lineId: string;
  @Field(() => Int) quantity: number;
}

@InputType()
export class RefundOrderInput {
  @Field(() => ID) @IsUUID('all', { message: '订单不存在' }) orderId: string;
  @Field(() => [RefundLineInput], { defaultValue: [], description: 'By quantity: which lines and how many of each' })
  @ValidateNested({ each: true })
  @Type(() => RefundLineInput)
  lines: RefundLineInput[];
  @Field(() => FenScalarType, {
    nullable: true,
    description:
      "By amount (e.g. compensation for damaged goods that stay with the buyer): spread over the lines' unrefunded amounts; no restock",
  })
  amountFen?: Fen | null;
  @Field({ defaultValue: false }) @IsBoolean() includeShipping: boolean;
  @Field({ defaultValue: false, description: 'Goods came back: return them to stock' }) @IsBoolean() restock: boolean;
  @Field() @IsString() @Length(1, 200, { message: '请填写退款原因' }) reason: string;
}

@ObjectType()
export class StatementImportResult {
  @Field(() => Int) imported: number;
  @Field(() => Int) duplicates: number;
  @Field(() => Int) autoMatched: number;
  @Field(() => [String]) errors: string[];
  @Field(() => String, { nullable: true, description: 'How an uploaded file was read: utf-8, gb18030, utf-16le/be' }) encoding:
    string | null;
}
