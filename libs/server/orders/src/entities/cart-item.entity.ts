import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { fenTransformer } from '@yigou/server/database';
import type { Fen } from '@yigou/shared/money';

/** A line of a user's server-side cart. `priceFen` is the price the buyer saw and accepted. */
@Entity('cart_item')
@Index(['userId', 'skuId'], { unique: true })
@Check('cart_item_quantity_check', `"quantity" > 0`)
export class CartItem {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') userId: string;
  @Column('uuid') skuId: string;
  @Column('int') quantity: number;
  @Column('bigint', { transformer: fenTransformer }) priceFen: Fen;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
