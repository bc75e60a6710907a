import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ParcelItem } from '../dto/parcel-item.types';

/** 包裹: one waybill of an order. An order ships in one or more parcels, each with its carrier and number. */
@Entity('order_parcel')
@Index(['orderId', 'carrierCode', 'trackingNo'], { unique: true })
@Check('order_parcel_carrier_code_check', `"carrier_code" ~ '^[A-Z]{2,8}$'`)
export class Parcel {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') orderId: string;
  /** A code of CARRIERS (libs/shared/domain carriers.ts); OTHER for a carrier outside the list. */
  @Column('varchar', { length: 8 }) carrierCode: string;
  /** The carrier's name as shown (for OTHER, what the supplier typed). */
  @Column('text') carrierName: string;
  @Column('varchar', { length: 32 }) trackingNo: string;
  /** Which order lines (and how many of each) are in this parcel; empty when the note says it or it holds everything. */
  @Column('jsonb', { default: () => `'[]'` }) items: ParcelItem[];
  @Column('text', { nullable: true }) note: string | null;
  @Column('timestamptz') shippedAt: Date;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
