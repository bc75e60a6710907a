import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The one inbox: an in-app message to one user (a certificate about to expire, an order shipped, a unit behind its
 * quota's pace). Every domain sends through NotificationService (or, inside checkout's one statement,
 * notificationInsertSql); each recipient has their own row and their own read state.
 */
@Entity('notification')
@Index(['userId', 'id'])
/**
 * "Was this already sent about that?" (NotificationService.refsNotifiedWithin), for the kinds that send at most once
 * per window. Partial, so the other kinds' inserts (checkout's one statement among them) maintain no extra index;
 * a kind that starts using refsNotifiedWithin is added here (and in a migration).
 */
@Index('notification_once_per_ref_idx', ['refId', 'kind', 'createdAt'], { where: `kind IN ('quota_reminder')` })
export class Notification {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id: string;
  @Column('uuid') userId: string;
  /** A stable kind for clients, e.g. 'certification.expiring'. */
  @Column('text') kind: string;
  @Column('text') title: string;
  @Column('text') body: string;
  @Column('text', { nullable: true }) refType: string | null;
  @Column('text', { nullable: true }) refId: string | null;
  /** The person whose action sent it (e.g. the finance reviewer who sent quota reminders); null: the platform. */
  @Column('uuid', { nullable: true }) sentBy: string | null;
  @Column('timestamptz', { nullable: true }) readAt: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
