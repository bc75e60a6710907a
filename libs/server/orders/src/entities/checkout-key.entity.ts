import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A checkout attempt's idempotency key (`PlaceOrderInput.checkoutKey`, made by the client once per attempt).
 * Written by checkout's own statement (PLACE_ORDERS) before the orders: the primary key makes a second
 * request with the same buyer and key wait for the first and then find its row, so it returns the first
 * request's orders (`checkoutId`) instead of placing new ones; `fingerprint` (a hash of the rest of the input)
 * tells a replay from a different checkout that reused the key. Kept 24 hours (OrderSweeper forgets older keys).
 */
@Entity('checkout_key')
export class CheckoutKey {
  @PrimaryColumn('uuid') buyerId: string;
  @PrimaryColumn('uuid') key: string;
  @Column('uuid') checkoutId: string;
  @Column('text') fingerprint: string;
  @Index() @Column('timestamptz') createdAt: Date;
}
