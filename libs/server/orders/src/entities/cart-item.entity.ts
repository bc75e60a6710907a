import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { fenTransformer } from '@yigou/server/database';
import { FenScalarType } from '@yigou/server/core';
import type { Fen } from '@yigou/shared/money';

/** A line of a user's server-side cart. `priceFen` is the price the buyer saw and accepted. */
@ObjectType('CartItem')
@Entity('cart_item')
@Index(['userId', 'skuId'], { unique: true })
@Check('cart_item_quantity_check', `"quantity" > 0`)
export class CartItem {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') userId: string;
  @Field(() => ID) @Column('uuid') skuId: string;
  @Field(() => Int) @Column('int') quantity: number;
  @Field(() => FenScalarType, { description: 'Price when the buyer put it in the cart (or last confirmed it)' })
  @Column('bigint', { transformer: fenTransformer })
  priceFen: Fen;
  @Field(() => GraphQLISODateTime) @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
