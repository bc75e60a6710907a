import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Minimal in-app notification (站内通知) for order state changes. Written in
 * the same transaction as the transition. A generic notifications domain may replace it.
 */
@ObjectType('Notification')
@Entity('notification')
@Index(['userId', 'createdAt'])
export class Notification {
  @Field(() => ID) @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') userId: string;
  @Field() @Column('text') kind: string;
  @Field() @Column('text') title: string;
  @Field() @Column('text') body: string;
  @Field(() => ID, { nullable: true }) @Column('uuid', { nullable: true }) orderId: string | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) @Column('timestamptz', { nullable: true }) readAt: Date | null;
  @Field(() => GraphQLISODateTime) @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
