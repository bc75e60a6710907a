import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { fenTransformer } from '@yigou/server/database';
import type { Fen } from '@yigou/shared/money';

/** A line of an order, with name, spec, price and certification as they were when ordered. */
@Entity('order_line')
@Check('order_line_quantity_check', `"quantity" > 0 AND "refunded_quantity" >= 0 AND "refunded_quantity" <= "quantity"`)
export class OrderLine {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index() @Column('uuid') orderId: string;
  /** Indexed for a product's ratings (orders with a line of it). */
  @Index('IDX_order_line_product') @Column('uuid') productId: string;
  @Index() @Column('uuid') skuId: string;
  @Column('text') productName: string;
  @Column('text') skuSpec: string;
  @Column('int') quantity: number;
  @Column('bigint', { transformer: fenTransformer }) unitPriceFen: Fen;
  @Column('bigint', { transformer: fenTransformer }) amountFen: Fen;
  @Column('boolean') certified: boolean;
  @Column('int', { default: 0 }) refundedQuantity: number;
  /** Stock went back on the shelf for this many (returned goods or a cancellation). */
  @Column('int', { default: 0 }) restockedQuantity: number;
}
