import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Connection, idConnection, idCursorAfter, isBigintId, pageSize, RequestContext } from '@yigou/server/core';
import { queryNamed } from '@yigou/server/database';
import { Notification } from '../entities/notification.entity';
import { INSERT_LETTERS, REFS_NOTIFIED_WITHIN } from '../sql/notification.sql';

export interface NotificationDraft {
  kind: string;
  title: string;
  body: string;
  refType?: string | null;
  refId?: string | null;
  /** The person whose action sends it; omitted: the platform. */
  sentBy?: string | null;
}

/** One notification to one user: for sends where each recipient's text differs (e.g. one per unit). */
export interface NotificationLetter extends NotificationDraft {
  userId: string;
}

/** Narrows a reader's inbox to one kind (e.g. the quota desk's 'quota_reminder'); omitted: every kind. */
export interface InboxFilter {
  kind?: string;
}

/**
 * The one inbox (docs/architecture.md, "One inbox"): any domain sends notifications inside its own transaction;
 * users read theirs, in the notification centre or filtered by kind on a domain's desk.
 */
@Injectable()
export class NotificationService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Sends one notification to each user (duplicates in `userIds` are sent once). */
  send(em: EntityManager, userIds: readonly string[], draft: NotificationDraft): Promise<number> {
    return this.sendEach(
      em,
      [...new Set(userIds)].map((userId) => ({ ...draft, userId })),
    );
  }

  /** Sends each letter to its user, in one statement of the caller's transaction; returns how many were sent. */
  async sendEach(em: EntityManager, letters: readonly NotificationLetter[]): Promise<number> {
    if (letters.length === 0) return 0;
    const column = <T>(pick: (l: NotificationLetter) => T) => letters.map(pick);
    await queryNamed(em, INSERT_LETTERS, {
      userIds: column((l) => l.userId),
      kinds: column((l) => l.kind),
      titles: column((l) => l.title),
      bodies: column((l) => l.body),
      refTypes: column((l) => l.refType ?? null),
      refIds: column((l) => l.refId ?? null),
      senders: column((l) => l.sentBy ?? null),
    });
    return letters.length;
  }

  /**
   * Of `refIds`, those a notification of this kind named within `interval` (a PostgreSQL interval, e.g. '1 day') of the
   * database's clock: for "at most once a day" sends. Run in the sender's transaction.
   */
  async refsNotifiedWithin(
    em: EntityManager,
    kind: string,
    refType: string,
    refIds: readonly string[],
    interval: string,
  ): Promise<Set<string>> {
    if (refIds.length === 0) return new Set();
    const rows = await queryNamed(em, REFS_NOTIFIED_WITHIN, { kind, refType, refIds, within: interval });
    return new Set(rows.map((r) => r.ref_id));
  }

  /** The caller's notifications, newest first. */
  async mine(
    ctx: RequestContext,
    first?: number | null,
    after?: string | null,
    filter: InboxFilter = {},
  ): Promise<Connection<Notification>> {
    const limit = pageSize(first);
    const qb = this.inboxOf(ctx, filter);
    const totalCount = await qb.getCount();
    const before = idCursorAfter(after);
    if (before) qb.andWhere('n.id < :id', { id: before });
    const rows = await qb
      .orderBy('n.id', 'DESC')
      .take(limit + 1)
      .getMany();
    return idConnection(rows, limit, totalCount);
  }

  /** The caller's latest notifications (at most `limit`), newest first, without counting or paging. */
  latest(ctx: RequestContext, limit: number, filter: InboxFilter = {}): Promise<Notification[]> {
    return this.inboxOf(ctx, filter).orderBy('n.id', 'DESC').take(limit).getMany();
  }

  async unreadCount(ctx: RequestContext, filter: InboxFilter = {}): Promise<number> {
    return this.inboxOf(ctx, filter).andWhere('n.read_at IS NULL').getCount();
  }

  /** Marks the caller's notifications read (only their own, and of the filter's kind; others' ids are ignored). */
  async markRead(ctx: RequestContext, ids: readonly string[], filter: InboxFilter = {}): Promise<number> {
    const me = ctx.requireUser();
    const valid = ids.filter(isBigintId);
    if (valid.length === 0) return 0;
    const qb = this.db
      .createQueryBuilder()
      .update(Notification)
      .set({ readAt: ctx.now })
      .where('user_id = :me AND id IN (:...ids) AND read_at IS NULL', { me: me.id, ids: valid });
    if (filter.kind) qb.andWhere('kind = :kind', { kind: filter.kind });
    return (await qb.execute()).affected ?? 0;
  }

  /** Marks every unread notification of the caller (of the filter's kind) read; returns how many changed. */
  async markAllRead(ctx: RequestContext, filter: InboxFilter = {}): Promise<number> {
    const me = ctx.requireUser();
    const qb = this.db
      .createQueryBuilder()
      .update(Notification)
      .set({ readAt: ctx.now })
      .where('user_id = :me AND read_at IS NULL', { me: me.id });
    if (filter.kind) qb.andWhere('kind = :kind', { kind: filter.kind });
    return (await qb.execute()).affected ?? 0;
  }

  /** One of the caller's notifications (of the filter's kind), read or not; null when it is not theirs. */
  async one(ctx: RequestContext, id: string, filter: InboxFilter = {}): Promise<Notification | null> {
    const me = ctx.requireUser();
    if (!isBigintId(id)) return null;
    return this.db.getRepository(Notification).findOneBy({ id, userId: me.id, ...(filter.kind ? { kind: filter.kind } : {}) });
  }

  /** The caller's rows (alias n), narrowed by the filter. */
  private inboxOf(ctx: RequestContext, filter: InboxFilter) {
    const me = ctx.requireUser();
    const qb = this.db.getRepository(Notification).createQueryBuilder('n').where('n.user_id = :me', { me: me.id });
    if (filter.kind) qb.andWhere('n.kind = :kind', { kind: filter.kind });
    return qb;
  }
}
