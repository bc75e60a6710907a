import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { FenScalarType } from '@yigou/server/core';

@ObjectType('ProcurementListLine')
export class ProcurementListLine {
  @Field() productName: string;
  @Field() spec: string;
  @Field(() => Int) quantity: number;
  @Field(() => FenScalarType) unitPriceFen: number;
  @Field(() => FenScalarType) amountFen: number;
  @Field({ description: '认证帮扶产品' }) certified: boolean;
}

@ObjectType('ProcurementListOrder')
export class ProcurementListOrder {
  @Field(() => ID) orderId: string;
  @Field() orderNo: string;
  @Field({ description: 'Shanghai date the order was placed, YYYY-MM-DD' }) placedOn: string;
  @Field() supplierName: string;
  @Field(() => [ProcurementListLine]) lines: ProcurementListLine[];
  @Field(() => FenScalarType) shippingFen: number;
  @Field(() => FenScalarType) totalFen: number;
  @Field(() => FenScalarType) refundedFen: number;
  @Field(() => FenScalarType, { description: '实付：total less refunds' }) netFen: number;
  @Field(() => String, { nullable: true, description: '发票号码, null while not issued' }) invoiceNo: string | null;
  @Field({ description: '发票：未申请 / 已申请普票（待开具）/ 已开具专票 …' }) invoiceStatus: string;
  @Field({ description: '以购代捐计入状态' }) countingStatus: string;
}

@ObjectType('ProcurementList')
export class ProcurementList {
  @Field() title: string;
  @Field(() => String, { nullable: true }) unitName: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM for a month list, null for one order' }) month: string | null;
  @Field(() => [ProcurementListOrder]) orders: ProcurementListOrder[];
  @Field(() => FenScalarType, { description: 'Sum of the orders’ 实付' }) totalFen: number;
  @Field({ description: '人民币大写 of the total' }) totalUppercase: string;
  @Field({ description: 'When it was drawn up (ISO)' }) generatedAt: string;
}

@ObjectType('ProcurementListFile')
export class ProcurementListFile {
  @Field() filename: string;
  @Field() mimeType: string;
  @Field() contentBase64: string;
}

@ObjectType('UnitInvoice')
export class UnitInvoice {
  @Field(() => ID) orderId: string;
  @Field() orderNo: string;
  @Field() supplierName: string;
  @Field() invoiceNo: string;
  @Field() kind: string;
  @Field() title: string;
  @Field() format: string;
  @Field(() => FenScalarType) totalFen: number;
  @Field(() => GraphQLISODateTime) issuedAt: Date;
}
