import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { FenScalarType } from '@yigou/server/core';
import { AddressRegionPart } from '@yigou/server/regions';
import type { Fen } from '@yigou/shared/money';
import { INVOICE_KINDS, InvoiceFieldRule, InvoiceKind, InvoiceKindEnum } from '../invoices/dto/invoice-request';
import { PAYMENT_METHODS, PaymentMethod, PaymentTerm, PurchasePurpose } from '../services/order-state';
import { PaymentMethodEnum, PaymentTermEnum, PurchasePurposeEnum } from './order.enums';

export const MAX_LINE_QUANTITY = 999;

@InputType()
export class AddressInput {
  @Field() @IsString() @Length(1, 30, { message: '收货人姓名为 1–30 个字' }) recipient: string;
  @Field() @Matches(/^(1\d{10}|0\d{2,3}-?\d{7,8})$/, { message: '请填写正确的手机或固话号码' }) phone: string;
  /**
   * 省/市/区县 by GB/T 2260 code (the cascader); the names are then taken from the region table. Free-text names, for
   * clients without codes (matched to codes where they name one county). The region is checked as a whole
   * (AddressRegionPart: codes that nest, names present and not too long), its problem named on its own field.
   */
  @Field(() => String, { nullable: true }) @AddressRegionPart() provinceCode?: string | null;
  @Field(() => String, { nullable: true }) @AddressRegionPart() cityCode?: string | null;
  @Field(() => String, { nullable: true }) @AddressRegionPart() countyCode?: string | null;
  @Field(() => String, { nullable: true }) @AddressRegionPart() province?: string | null;
  @Field(() => String, { nullable: true }) @AddressRegionPart() city?: string | null;
  @Field(() => String, { nullable: true }) @AddressRegionPart() district?: string | null;
  @Field() @IsString() @Length(2, 120, { message: '详细地址为 2–120 个字' }) detail: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(/^\d{6}$/, { message: '邮编为 6 位数字' }) postalCode?: string | null;
  @Field({ nullable: true }) @IsOptional() isDefault?: boolean;
}

@InputType()
export class CartLineInput {
  @Field(() => ID) @IsUUID('all', { message: '规格编号无效' }) skuId: string;
  @Field(() => Int)
  @IsInt({ message: '数量必须是整数' })
  @Min(1, { message: '数量至少为 1' })
  @Max(MAX_LINE_QUANTITY, { message: `数量不能超过 ${MAX_LINE_QUANTITY}` })
  quantity: number;
}

@InputType()
export class CheckoutLineInput extends CartLineInput {
  @Field(() => FenScalarType, { description: 'The price the buyer saw; a different current price is refused with PRICE_CHANGED' })
  expectedPriceFen: Fen;
}

/**
 * An invoice request (checkout's `invoice`, requestInvoice's `input`). Each field is checked by invoiceSnapshot's own
 * rules (`InvoiceFieldRule`), so one refusal names every wrong field — a 专票 without its four details and a short 抬头
 * together — beside the input's other wrong fields.
 */
@InputType()
export class InvoiceInput {
  @Field({ description: '发票抬头' }) @InvoiceFieldRule() title: string;
  @Field(() => String, { nullable: true, description: '纳税人识别号（统一社会信用代码）' }) @InvoiceFieldRule() taxNo?: string | null;
  /** 普票 (default) or 专票; a 专票 needs the tax number and the four fields below. */
  @Field(() => InvoiceKindEnum, { nullable: true })
  @IsOptional()
  @IsIn(INVOICE_KINDS, { message: '发票类型应为普票或专票' })
  kind?: InvoiceKind | null;
  @Field(() => String, { nullable: true, description: '开户银行' }) @InvoiceFieldRule() bankName?: string | null;
  @Field(() => String, { nullable: true, description: '银行账号' }) @InvoiceFieldRule() bankAccount?: string | null;
  @Field(() => String, { nullable: true, description: '单位注册地址' }) @InvoiceFieldRule() address?: string | null;
  @Field(() => String, { nullable: true, description: '单位注册电话' }) @InvoiceFieldRule() phone?: string | null;
}

@InputType()
export class PlaceOrderInput {
  @Field(() => [CheckoutLineInput])
  @ArrayMinSize(1, { message: '请至少选择一件商品' })
  @ArrayMaxSize(50, { message: '一次最多结算 50 种商品' })
  @ValidateNested({ each: true })
  @Type(() => CheckoutLineInput)
  lines: CheckoutLineInput[];

  @Field(() => ID) @IsUUID('all', { message: '请选择收货地址' }) addressId: string;
  @Field(() => PaymentMethodEnum) @IsIn([...PAYMENT_METHODS], { message: '请选择支付方式' }) paymentMethod: PaymentMethod;
  @Field(() => PaymentTermEnum, { nullable: true, description: 'bank transfer: pay_first (default) or ship_first' })
  @IsOptional()
  paymentTerm?: PaymentTerm | null;
  @Field(() => PurchasePurposeEnum, { nullable: true, description: 'unit purchasers: canteen / union / other' })
  @IsOptional()
  purpose?: PurchasePurpose | null;
  @Field(() => InvoiceInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => InvoiceInput) invoice?: InvoiceInput | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all') liveSessionId?: string | null;
  /** Remove the ordered SKUs from the cart (default true). */
  @Field({ nullable: true }) @IsOptional() fromCart?: boolean;
  /**
   * Idempotency key: a UUID the client makes once per checkout attempt and sends again on every retry of it.
   * The same buyer and key within 24 hours get the orders of the first request, not new ones; the same key
   * with other lines, address or payment is refused with CHECKOUT_KEY_REUSED. Optional for older clients
   * (no key: every request is a new checkout); the storefront always sends one.
   */
  @Field(() => ID, {
    nullable: true,
    description: 'Idempotency key (UUID, one per checkout attempt, same on retries): a repeat returns the first orders (kept 24 h)',
  })
  @IsOptional()
  @IsUUID('all', { message: '下单请求编号无效，请刷新页面后重试' })
  checkoutKey?: string | null;
}

@InputType()
export class ShipOrderInput {
  @Field(() => ID) @IsString() orderId: string; // a malformed id is not found, as any order the caller may not see
  @Field() @IsString() @Length(2, 20, { message: '请填写快递公司' }) carrier: string;
  @Field() @Matches(/^[A-Za-z0-9-]{6,32}$/, { message: '快递单号为 6–32 位字母或数字' }) trackingNo: string;
}

@InputType()
export class RateOrderInput {
  @Field(() => ID) @IsString() orderId: string; // a malformed id is not found, as any order the caller may not see
  @Field(() => Int)
  @IsInt({ message: '评分为 1–5 的整数' })
  @Min(1, { message: '评分为 1–5' })
  @Max(5, { message: '评分为 1–5' })
  rating: number;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(500, { message: '评价最多 500 字' }) comment?: string | null;
}
