import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { fenTransformer } from '@yigou/server/database';
import { FenScalarType } from '@yigou/server/core';
import type { Fen } from '@yigou/shared/money';

/** A line of an order, with name, spec, price and certification as they were when ordered. */
@ObjectType('OrderLine')
@Entity('order_line')
@Check('order_line_quantity_check', `"quantity" > 0 AND "refunded_quantity" >= 0 AND "refunded_quantity" <= "quantity"`)
export class OrderLine {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Index() @Column('uuid') orderId: string;
  /** Indexed for a product's ratings (orders with a line of it). */
  @Field(() => ID) @Index('IDX_order_line_product') @Column('uuid') productId: string;
  @Field(() => ID) @Index() @Column('uuid') skuId: string;
  @Field() @Column('text') productName: string;
  @Field() @Column('text') skuSpec: string;
  @Field(() => Int) @Column('int') quantity: number;
  @Field(() => FenScalarType) @Column('bigint', { transformer: fenTransformer }) unitPriceFen: Fen;
  @Field(() => FenScalarType) @Column('bigint', { transformer: fenTransformer }) amountFen: Fen;
  @Field() @Column('boolean') certified: boolean;
  @Field(() => Int) @Column('int', { default: 0 }) refundedQuantity: number;
  /** Stock went back on the shelf for this many (returned goods or a cancellation). */
  @Field(() => Int) @Column('int', { default: 0 }) restockedQuantity: number;
}
