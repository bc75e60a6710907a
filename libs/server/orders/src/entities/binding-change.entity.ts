import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A request to count an order for another work unit; an admin approves or rejects it, recorded. */
@ObjectType('BindingChangeRequest')
@Entity('order_binding_change')
@Check('order_binding_change_status_check', `"status" IN ('pending', 'approved', 'rejected')`)
@Index(['orderId'], { unique: true, where: `"status" = 'pending'` })
export class BindingChangeRequest {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Field(() => ID) @Column('uuid') orderId: string;
  @Field(() => ID, { nullable: true }) @Column('uuid', { nullable: true }) fromUnitId: string | null;
  @Field(() => ID) @Column('uuid') toUnitId: string;
  @Field() @Column('text') reason: string;
  @Field() @Column('text', { default: 'pending' }) status: string;
  @Field(() => ID) @Column('uuid') requestedBy: string;
  @Field(() => ID, { nullable: true }) @Column('uuid', { nullable: true }) decidedBy: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) @Column('timestamptz', { nullable: true }) decidedAt: Date | null;
  @Field(() => GraphQLISODateTime) @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
