import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The one inbox: an in-app message to one user (a certificate about to expire, an order shipped, a unit behind its
 * quota's pace). Every domain sends through NotificationService (or, inside checkout's one statement,
 * notificationInsertSql); each recipient has their own row and their own read state.
 */
@ObjectType('Notification')
@Entity('notification')
@Index(['userId', 'id'])
/**
 * "Was this already sent about that?" (NotificationService.refsNotifiedWithin), for the kinds that send at most once
 * per window. Partial, so the other kinds' inserts (checkout's one statement among them) maintain no extra index;
 * a kind that starts using refsNotifiedWithin is added here (and in a migration).
 */
@Index('notification_once_per_ref_idx', ['refId', 'kind', 'createdAt'], { where: `kind IN ('quota_reminder')` })
export class Notification {
  @Field(() => ID) @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id: string;
  @Column('uuid') userId: string;
  /** A stable kind for clients, e.g. 'certification.expiring'. */
  @Field() @Column('text') kind: string;
  @Field() @Column('text') title: string;
  @Field() @Column('text') body: string;
  @Field(() => String, { nullable: true }) @Column('text', { nullable: true }) refType: string | null;
  @Field(() => String, { nullable: true }) @Column('text', { nullable: true }) refId: string | null;
  /** The person whose action sent it (e.g. the finance reviewer who sent quota reminders); null: the platform. */
  @Column('uuid', { nullable: true }) sentBy: string | null;
  @Field(() => Date, { nullable: true }) @Column('timestamptz', { nullable: true }) readAt: Date | null;
  @Field() @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
