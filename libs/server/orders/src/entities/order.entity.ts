import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { fenTransformer } from '@yigou/server/database';
import type { Fen } from '@yigou/shared/money';
import { OrderStatus, PaymentMethod, PaymentStatus, PaymentTerm, PurchasePurpose } from '../services/order-state';
import { OrderAddressSnapshot, OrderInvoice } from '../dto/order-snapshots.types';

/** One supplier's part of a checkout (a 子订单): its own lines, totals, shipping and life. */
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
  @PrimaryGeneratedColumn('uuid') id: string;

  /** Human-readable, e.g. YG20261122-000123. */
  @Index({ unique: true }) @Column('varchar', { length: 32 }) orderNo: string;

  /** All orders of one checkout share it. */
  @Index() @Column('uuid') checkoutId: string;

  @Column('uuid') buyerId: string;
  @Index() @Column('uuid', { nullable: true }) unitId: string | null;
  @Column('uuid') supplierId: string;
  @Index() @Column('uuid', { nullable: true }) liveSessionId: string | null;

  @Column('text') status: OrderStatus;
  @Column('text', { default: 'unpaid' }) paymentStatus: PaymentStatus;
  @Column('text') paymentMethod: PaymentMethod;
  @Column('text') paymentTerm: PaymentTerm;
  @Column('text', { default: 'personal' }) purpose: PurchasePurpose;

  @Column('bigint', { transformer: fenTransformer }) itemsFen: Fen;
  @Column('bigint', { transformer: fenTransformer }) shippingFen: Fen;
  @Column('bigint', { transformer: fenTransformer }) totalFen: Fen;
  @Column('bigint', { transformer: fenTransformer, default: 0 }) paidFen: Fen;
  @Column('bigint', { transformer: fenTransformer, default: 0 }) refundedFen: Fen;

  /** 汇款附言: unique reference the unit writes on its bank transfer. */
  @Index({ unique: true }) @Column('varchar', { length: 24 }) remittanceRef: string;

  /** Unpaid orders hold their stock until then; null once paid or for ship-first orders. */
  @Column('timestamptz', { nullable: true }) payDeadline: Date | null;
  @Column('boolean', { default: false }) termExtended: boolean;
  /** The reserved stock became sold (at payment; ship-first orders at shipment). */
  @Column('boolean', { default: false }) stockSold: boolean;

  @Column('int', { default: 7 }) shipDeadlineDays: number;
  @Column('text', { nullable: true }) carrier: string | null;
  @Column('text', { nullable: true }) trackingNo: string | null;
  @Column('timestamptz', { nullable: true }) paidAt: Date | null;
  @Column('timestamptz', { nullable: true }) shippedAt: Date | null;
  @Column('timestamptz', { nullable: true }) autoReceiveAt: Date | null;
  @Column('timestamptz', { nullable: true }) receivedAt: Date | null;
  @Column('timestamptz', { nullable: true }) completedAt: Date | null;
  @Column('timestamptz', { nullable: true }) cancelledAt: Date | null;
  @Column('text', { nullable: true }) cancelReason: string | null;

  @Column('smallint', { nullable: true }) rating: number | null;
  @Column('text', { nullable: true }) ratingComment: string | null;

  @Column('jsonb') address: OrderAddressSnapshot;
  @Column('jsonb', { nullable: true }) invoice: OrderInvoice | null;

  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
