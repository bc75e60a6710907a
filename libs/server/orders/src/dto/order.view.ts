import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { FenScalarType } from '@yigou/server/core';
import type { Fen } from '@yigou/shared/money';
import type { OrderStatus, PaymentMethod, PaymentStatus, PaymentTerm, PurchasePurpose } from '../services/order-state';
import { OrderStatusEnum, PaymentMethodEnum, PaymentStatusEnum, PaymentTermEnum, PurchasePurposeEnum } from './order.enums';
import { OrderAddressSnapshot, OrderInvoice } from './order-snapshots.types';

/**
 * One supplier's part of a checkout (a 子订单) as buyer, supplier and finance see it: the `shop_order` row without
 * its bookkeeping (stockSold, updatedAt). Lines, timeline, refunds, parcels and the rest are resolved fields.
 */
@ObjectType('Order')
export class OrderView {
  @Field(() => ID) id: string;
  /** Human-readable, e.g. YG20261122-000123. */
  @Field() orderNo: string;
  /** All orders of one checkout share it. */
  @Field(() => ID) checkoutId: string;
  @Field(() => ID) buyerId: string;
  @Field(() => ID, { nullable: true }) unitId: string | null;
  @Field(() => ID) supplierId: string;
  @Field(() => ID, { nullable: true }) liveSessionId: string | null;
  @Field(() => OrderStatusEnum) status: OrderStatus;
  @Field(() => PaymentStatusEnum) paymentStatus: PaymentStatus;
  @Field(() => PaymentMethodEnum) paymentMethod: PaymentMethod;
  @Field(() => PaymentTermEnum) paymentTerm: PaymentTerm;
  @Field(() => PurchasePurposeEnum) purpose: PurchasePurpose;
  @Field(() => FenScalarType) itemsFen: Fen;
  @Field(() => FenScalarType) shippingFen: Fen;
  @Field(() => FenScalarType) totalFen: Fen;
  @Field(() => FenScalarType) paidFen: Fen;
  @Field(() => FenScalarType) refundedFen: Fen;
  /** 汇款附言: unique reference the unit writes on its bank transfer. */
  @Field() remittanceRef: string;
  /** Unpaid orders hold their stock until then; null once paid or for ship-first orders. */
  @Field(() => GraphQLISODateTime, { nullable: true }) payDeadline: Date | null;
  @Field() termExtended: boolean;
  @Field(() => Int) shipDeadlineDays: number;
  @Field(() => String, { nullable: true }) carrier: string | null;
  @Field(() => String, { nullable: true }) trackingNo: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) paidAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) shippedAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) autoReceiveAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) receivedAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) completedAt: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) cancelledAt: Date | null;
  @Field(() => String, { nullable: true }) cancelReason: string | null;
  @Field(() => Int, { nullable: true }) rating: number | null;
  @Field(() => String, { nullable: true }) ratingComment: string | null;
  @Field(() => OrderAddressSnapshot) address: OrderAddressSnapshot;
  @Field(() => OrderInvoice, { nullable: true }) invoice: OrderInvoice | null;
  @Field(() => GraphQLISODateTime) createdAt: Date;
}
