import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { InvoiceFileFormat } from '../services/invoice-file';

/** An invoice the supplier issued for an order, as buyer and supplier see it (an `issued_invoice` row). */
@ObjectType('IssuedInvoice')
export class IssuedInvoiceView {
  @Field(() => ID) id: string;
  @Field(() => ID) orderId: string;
  @Field(() => ID) supplierId: string;
  @Field({ description: '发票号码' }) invoiceNo: string;
  @Field({ description: 'normal 普票 / special 专票, as requested' }) kind: string;
  @Field({ description: '发票抬头' }) title: string;
  @Field(() => String, { description: 'pdf or ofd' }) format: InvoiceFileFormat;
  @Field(() => Int) fileBytes: number;
  @Field(() => String, { description: 'upload (the supplier uploaded the file) or provider (数电票 platform)' }) issuedVia:
    'upload' | 'provider';
  @Field(() => GraphQLISODateTime) issuedAt: Date;
}
