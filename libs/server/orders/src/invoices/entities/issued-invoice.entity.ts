import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { InvoiceFileFormat } from '../services/invoice-file';

/**
 * The invoice a supplier issued for an order (one per order: the unique order_id refuses a second upload even
 * when two race). The file lives in the private invoice store under `fileKey`, never at a public url.
 */
@ObjectType('IssuedInvoice')
@Entity('order_invoice')
@Check('order_invoice_format_check', `"format" IN ('pdf', 'ofd')`)
@Check('order_invoice_via_check', `"issued_via" IN ('upload', 'provider')`)
@Check('order_invoice_kind_check', `"kind" IN ('normal', 'special')`)
@Index(['supplierId', 'invoiceNo'], { unique: true })
@Index(['unitId', 'issuedAt'])
export class IssuedInvoice {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Field(() => ID) @Index({ unique: true }) @Column('uuid') orderId: string;
  @Field(() => ID) @Column('uuid') supplierId: string;
  /** The unit the order counted for when issued (the unit's monthly list reads it). */
  @Column('uuid', { nullable: true }) unitId: string | null;
  @Field({ description: '发票号码' }) @Column('varchar', { length: 20 }) invoiceNo: string;
  @Field({ description: 'normal 普票 / special 专票, as requested' }) @Column('text') kind: string;
  @Field({ description: '发票抬头' }) @Column('text') title: string;
  @Field(() => String, { description: 'pdf or ofd' }) @Column('text') format: InvoiceFileFormat;
  @Column('text') fileKey: string;
  @Field(() => Int) @Column('int') fileBytes: number;
  @Column('varchar', { length: 64 }) sha256: string;
  @Field(() => String, { description: 'upload (the supplier uploaded the file) or provider (数电票 platform)' }) @Column('text') issuedVia:
    'upload' | 'provider';
  @Column('uuid') issuedBy: string;
  @Field(() => GraphQLISODateTime) @Column('timestamptz') issuedAt: Date;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
