import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { InvoiceFileFormat } from '../services/invoice-file';

/**
 * The invoice a supplier issued for an order (one per order: the unique order_id refuses a second upload even
 * when two race). The file lives in the private invoice store under `fileKey`, never at a public url.
 */
@Entity('order_invoice')
@Check('order_invoice_format_check', `"format" IN ('pdf', 'ofd')`)
@Check('order_invoice_via_check', `"issued_via" IN ('upload', 'provider')`)
@Check('order_invoice_kind_check', `"kind" IN ('normal', 'special')`)
@Index(['supplierId', 'invoiceNo'], { unique: true })
@Index(['unitId', 'issuedAt'])
export class IssuedInvoice {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index({ unique: true }) @Column('uuid') orderId: string;
  @Column('uuid') supplierId: string;
  /** The unit the order counted for when issued (the unit's monthly list reads it). */
  @Column('uuid', { nullable: true }) unitId: string | null;
  @Column('varchar', { length: 20 }) invoiceNo: string;
  @Column('text') kind: string;
  @Column('text') title: string;
  @Column('text') format: InvoiceFileFormat;
  @Column('text') fileKey: string;
  @Column('int') fileBytes: number;
  @Column('varchar', { length: 64 }) sha256: string;
  @Column('text') issuedVia: 'upload' | 'provider';
  @Column('uuid') issuedBy: string;
  @Column('timestamptz') issuedAt: Date;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
