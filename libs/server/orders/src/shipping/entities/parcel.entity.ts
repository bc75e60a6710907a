import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ParcelItem } from '../dto/parcel-item.types';

/** 包裹: one waybill of an order. An order ships in one or more parcels, each with its carrier and number. */
@ObjectType('Parcel')
@Entity('order_parcel')
@Index(['orderId', 'carrierCode', 'trackingNo'], { unique: true })
@Check('order_parcel_carrier_code_check', `"carrier_code" ~ '^[A-Z]{2,8}$'`)
export class Parcel {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') orderId: string;
  /** A code of CARRIERS (libs/shared/domain carriers.ts); OTHER for a carrier outside the list. */
  @Field() @Column('varchar', { length: 8 }) carrierCode: string;
  /** The carrier's name as shown (for OTHER, what the supplier typed). */
  @Field() @Column('text') carrierName: string;
  @Field() @Column('varchar', { length: 32 }) trackingNo: string;
  /** Which order lines (and how many of each) are in this parcel; empty when the note says it or it holds everything. */
  @Field(() => [ParcelItem]) @Column('jsonb', { default: () => `'[]'` }) items: ParcelItem[];
  @Field(() => String, { nullable: true }) @Column('text', { nullable: true }) note: string | null;
  @Field(() => GraphQLISODateTime) @Column('timestamptz') shippedAt: Date;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
