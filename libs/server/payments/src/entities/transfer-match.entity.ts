import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { fenTransformer } from '@yigou/server/database';
import { FenScalarType } from '@yigou/server/core';
import type { Fen } from '@yigou/shared/money';

/** Part of a transfer applied to an order. One transfer may pay several orders; each (transfer, order) once. */
@ObjectType('TransferMatch')
@Entity('transfer_match')
@Index(['transferId', 'orderId'], { unique: true })
@Check('transfer_match_amount_check', `"amount_fen" > 0`)
export class TransferMatch {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Field(() => ID) @Column('uuid') transferId: string;
  @Field(() => ID) @Index() @Column('uuid') orderId: string;
  @Field(() => FenScalarType) @Column('bigint', { transformer: fenTransformer }) amountFen: Fen;
  @Field(() => ID, { nullable: true }) @Column('uuid', { nullable: true }) actorId: string | null;
  @Field(() => GraphQLISODateTime) @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
