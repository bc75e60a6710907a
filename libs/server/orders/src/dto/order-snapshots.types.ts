import { Field, ObjectType } from '@nestjs/graphql';
import { InvoiceKind, InvoiceKindEnum } from '../invoices/dto/invoice-request';

/** The address and invoice request an order keeps as they were at checkout (jsonb columns of shop_order). */
@ObjectType('OrderAddress')
export class OrderAddressSnapshot {
  @Field() recipient: string;
  @Field() phone: string;
  @Field() province: string;
  @Field() city: string;
  @Field() district: string;
  @Field() detail: string;
  @Field(() => String, { nullable: true }) postalCode: string | null;
}

@ObjectType('OrderInvoice')
export class OrderInvoice {
  @Field({ description: '发票抬头' }) title: string;
  @Field(() => String, { nullable: true, description: '纳税人识别号' }) taxNo: string | null;
  /** Absent on requests stored before kinds existed: those are 普票. */
  @Field(() => InvoiceKindEnum, { nullable: true, description: '普票 normal / 专票 special (null: 普票)' }) kind?: InvoiceKind;
  @Field(() => String, { nullable: true, description: '开户银行（专票）' }) bankName?: string | null;
  @Field(() => String, { nullable: true, description: '银行账号（专票）' }) bankAccount?: string | null;
  @Field(() => String, { nullable: true, description: '单位注册地址（专票）' }) address?: string | null;
  @Field(() => String, { nullable: true, description: '单位注册电话（专票）' }) phone?: string | null;
}
