import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { fenTransformer } from '@yigou/server/database';
import { FenScalarType } from '@yigou/server/core';
import type { Fen } from '@yigou/shared/money';
import { OrderStatus, PaymentMethod, PaymentStatus, PaymentTerm, PurchasePurpose } from '../services/order-state';
import { OrderStatusEnum, PaymentMethodEnum, PaymentStatusEnum, PaymentTermEnum, PurchasePurposeEnum } from '../dto/order.enums';
import { OrderAddressSnapshot, OrderInvoice } from '../dto/order-snapshots.types';

/** One supplier's part of a checkout (a 子订单): its own lines, totals, shipping and life. */
@ObjectType('Order')
@Entity('shop_order')
@Check(
  'shop_order_amounts_check',
  `"items_fen" >= 0 AND "shipping_fen" >= 0 AND "paid_fen" >= 0 AND "refunded_fen" >= 0 AND "refunded_fen" <= "paid_fen"`,
)
@Index(['buyerId', 'createdAt'])
@Index(['supplierId', 'status', 'createdAt'])
@Index(['status', 'payDeadline'])
// the platform-wide desk list's keyset (o.created_at, o.id), walked backwards for the newest first
@Index('shop_order_created_at_id', ['createdAt', 'id'])
export class Order {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;

  /** Human-readable, e.g. YG20261122-000123. */
  @Field() @Index({ unique: true }) @Column('varchar', { length: 32 }) orderNo: string;

  /** All orders of one checkout share it. */
  @Field(() => ID) @Index() @Column('uuid') checkoutId: string;

  @Field(() => ID) @Column('uuid') buyerId: string;
  @Field(() => ID, { nullable: true }) @Index() @Column('uuid', { nullable: true }) unitId: string | null;
  @Field(() => ID) @Column('uuid') supplierId: string;
  @Field(() => ID, { nullable: true }) @Index() @Column('uuid', { nullable: true }) liveSessionId: string | null;

  @Field(() => OrderStatusEnum) @Column('text') status: OrderStatus;
  @Field(() => PaymentStatusEnum) @Column('text', { default: 'unpaid' }) paymentStatus: PaymentStatus;
  @Field(() => PaymentMethodEnum) @Column('text') paymentMethod: PaymentMethod;
  @Field(() => PaymentTermEnum) @Column('text') paymentTerm: PaymentTerm;
  @Field(() => PurchasePurposeEnum) @Column('text', { default: 'personal' }) purpose: PurchasePurpose;

  @Field(() => FenScalarType) @Column('bigint', { transformer: fenTransformer }) itemsFen: Fen;
  @Field(() => FenScalarType) @Column('bigint', { transformer: fenTransformer }) shippingFen: Fen;
  @Field(() => FenScalarType) @Column('bigint', { transformer: fenTransformer }) totalFen: Fen;
  @Field(() => FenScalarType) @Column('bigint', { transformer: fenTransformer, default: 0 }) paidFen: Fen;
  @Field(() => FenScalarType) @Column('bigint', { transformer: fenTransformer, default: 0 }) refundedFen: Fen;

  /** 汇款附言: unique reference the unit writes on its bank transfer. */
  @Field() @Index({ unique: true }) @Column('varchar', { length: 24 }) remittanceRef: string;

  /** Unpaid orders hold their stock until then; null once paid or for ship-first orders. */
  @Field(() => GraphQLISODateTime, { nullable: true }) @Column('timestamptz', { nullable: true }) payDeadline: Date | null;
  @Field() @Column('boolean', { default: false }) termExtended: boolean;
  /** The reserved stock became sold (at payment; ship-first orders at shipment). */
  @Column('boolean', { default: false }) stockSold: boolean;

  @Field(() => Int) @Column('int', { default: 7 }) shipDeadlineDays: number;
  @Field(() => String, { nullable: true }) @Column('text', { nullable: true }) carrier: string | null;
  @Field(() => String, { nullable: true }) @Column('text', { nullable: true }) trackingNo: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) @Column('timestamptz', { nullable: true }) paidAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) @Column('timestamptz', { nullable: true }) shippedAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) @Column('timestamptz', { nullable: true }) autoReceiveAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) @Column('timestamptz', { nullable: true }) receivedAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) @Column('timestamptz', { nullable: true }) completedAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) @Column('timestamptz', { nullable: true }) cancelledAt: Date | null;
  @Field(() => String, { nullable: true }) @Column('text', { nullable: true }) cancelReason: string | null;

  @Field(() => Int, { nullable: true }) @Column('smallint', { nullable: true }) rating: number | null;
  @Field(() => String, { nullable: true }) @Column('text', { nullable: true }) ratingComment: string | null;

  @Field(() => OrderAddressSnapshot) @Column('jsonb') address: OrderAddressSnapshot;
  @Field(() => OrderInvoice, { nullable: true }) @Column('jsonb', { nullable: true }) invoice: OrderInvoice | null;

  @Field(() => GraphQLISODateTime) @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
