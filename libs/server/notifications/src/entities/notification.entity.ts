import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** An in-app message to one user (e.g. a certificate about to expire, an order shipped). */
@ObjectType('Notification')
@Entity('notification')
@Index(['userId', 'id'])
export class Notification {
  @Field(() => ID) @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id: string;
  @Column('uuid') userId: string;
  /** A stable kind for clients, e.g. 'certification.expiring'. */
  @Field() @Column('text') kind: string;
  @Field() @Column('text') title: string;
  @Field() @Column('text') body: string;
  @Field(() => String, { nullable: true }) @Column('text', { nullable: true }) refType: string | null;
  @Field(() => String, { nullable: true }) @Column('text', { nullable: true }) refId: string | null;
  @Field(() => Date, { nullable: true }) @Column('timestamptz', { nullable: true }) readAt: Date | null;
  @Field() @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
