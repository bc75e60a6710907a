import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Connection, decodeCursor, encodeCursor, invalidCursor, pageSize, RequestContext } from '@yigou/server/core';
import { Notification } from '../entities/notification.entity';

export interface NotificationDraft {
  kind: string;
  title: string;
  body: string;
  refType?: string | null;
  refId?: string | null;
}

/** In-app notifications: any domain sends them inside its own transaction; users read theirs. */
@Injectable()
export class NotificationService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Sends one notification to each user (duplicates in `userIds` are sent once). */
  async send(em: EntityManager, userIds: readonly string[], draft: NotificationDraft): Promise<number> {
    const ids = [...new Set(userIds)];
    if (ids.length === 0) return 0;
    await em.getRepository(Notification).insert(
      ids.map((userId) => ({
        userId,
        kind: draft.kind,
        title: draft.title,
        body: draft.body,
        refType: draft.refType ?? null,
        refId: draft.refId ?? null,
      })),
    );
    return ids.length;
  }

  /** The caller's notifications, newest first. */
  async mine(ctx: RequestContext, first?: number | null, after?: string | null): Promise<Connection<Notification>> {
    const me = ctx.requireUser();
    const limit = pageSize(first);
    const qb = this.db.getRepository(Notification).createQueryBuilder('n').where('n.user_id = :me', { me: me.id });
    const totalCount = await qb.getCount();
    if (after) {
      const [id] = decodeCursor(after, 1);
      if (typeof id !== 'string' || !/^\d+$/.test(id)) {
        throw invalidCursor();
      }
      qb.andWhere('n.id < :id', { id });
    }
    const rows = await qb
      .orderBy('n.id', 'DESC')
      .take(limit + 1)
      .getMany();
    const edges = rows.slice(0, limit).map((n) => ({ cursor: encodeCursor([n.id]), node: n }));
    return { edges, pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null }, totalCount };
  }

  async unreadCount(ctx: RequestContext): Promise<number> {
    const me = ctx.requireUser();
    return this.db
      .getRepository(Notification)
      .createQueryBuilder('n')
      .where('n.user_id = :me AND n.read_at IS NULL', { me: me.id })
      .getCount();
  }

  /** Marks the caller's notifications read (only their own; others' ids are ignored). */
  async markRead(ctx: RequestContext, ids: readonly string[]): Promise<number> {
    const me = ctx.requireUser();
    const valid = ids.filter((id) => /^\d+$/.test(id));
    if (valid.length === 0) return 0;
    const res = await this.db
      .createQueryBuilder()
      .update(Notification)
      .set({ readAt: ctx.now })
      .where('user_id = :me AND id IN (:...ids) AND read_at IS NULL', { me: me.id, ids: valid })
      .execute();
    return res.affected ?? 0;
  }
}
