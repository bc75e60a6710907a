import { BeforeApplicationShutdown, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { queryNamed } from '@yigou/server/database';
import { badInput, notFound, RequestContext } from '@yigou/server/core';
import { COMMENT_MAX_LENGTH, LiveComment } from '../entities/live-comment.entity';
import { commentTooFast, muted, sessionState } from '../errors';
import { LiveSessionService } from './live-session.service';
import { LivePublisher } from '../realtime/services/live-publisher.service';
import { LiveCommentItem, LiveTickerItem, LiveUpdate } from '../realtime/dto/live-update.types';
import { isUuid } from '@yigou/shared/validation';
import { ViewerTally } from '../realtime/services/viewer-tally';
import { BUMP_LIKE } from '../realtime/sql/live-counters.sql';
import { DELETE_COMMENT, INSERT_COMMENT, IS_MUTED, LOCK_COMMENTER, MUTE, RECENT_ORDERS, UNMUTE } from '../sql/live-room.sql';

/** One comment per user per this many seconds in a session. */
export const COMMENT_INTERVAL_SECONDS = 3;

/** The live room: comments with moderation, likes, viewers and the feed of pushes. */
@Injectable()
export class LiveRoomService implements BeforeApplicationShutdown {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly sessions: LiveSessionService,
    private readonly publisher: LivePublisher,
  ) {
    this.viewers = new ViewerTally(db, publisher);
  }

  private readonly viewers: ViewerTally;

  async beforeApplicationShutdown(): Promise<void> {
    await this.publisher.hub.close();
    await this.viewers.flush();
  }

  /** Writes pending viewer joins and leaves now. */
  flushViewers(): Promise<void> {
    return this.viewers.flush();
  }

  async postComment(ctx: RequestContext, sessionId: string, raw: string): Promise<LiveCommentItem> {
    const user = ctx.requireUser();
    // Plain text: control characters go, markup stays as typed and is shown as text by clients.
    const body = raw.replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '').trim();
    if (!body) throw badInput('评论不能为空', 'body');
    if ([...body].length > COMMENT_MAX_LENGTH) throw badInput(`评论最多 ${COMMENT_MAX_LENGTH} 个字`, 'body');
    const s = await this.sessions.byId(sessionId);
    if (s.status === 'ended') throw sessionState('直播已结束，不能再评论');
    return this.db.transaction(async (em) => {
      const mutedRows = await queryNamed(em, IS_MUTED, { sessionId: s.id, userId: user.id });
      if (mutedRows.length > 0) throw muted();
      // Serialise one user's comments in this session, then insert only if the last one is old enough.
      await queryNamed(em, LOCK_COMMENTER, { sessionId: s.id, userId: user.id });
      const rows = await queryNamed(em, INSERT_COMMENT, {
        sessionId: s.id,
        userId: user.id,
        authorName: user.displayName,
        body,
        intervalSeconds: COMMENT_INTERVAL_SECONDS,
      });
      if (rows.length === 0) throw commentTooFast(COMMENT_INTERVAL_SECONDS);
      const item: LiveCommentItem = { id: rows[0].id, userId: user.id, authorName: user.displayName, body, createdAt: rows[0].created_at };
      const counters = await this.publisher.bump(em, s.id);
      if (counters)
        this.publisher.publishAfterCommit(em, {
          sessionId: s.id,
          counters,
          comments: [{ ...item, createdAt: item.createdAt.toISOString() }],
        });
      return item;
    });
  }

  async deleteComment(ctx: RequestContext, commentId: string): Promise<boolean> {
    if (!isUuid(commentId)) throw notFound('评论不存在');
    const c = await this.db.getRepository(LiveComment).findOne({ where: { id: commentId } });
    if (!c) throw notFound('评论不存在');
    const s = await this.sessions.byId(c.sessionId);
    this.sessions.requireManage(ctx, s);
    return this.db.transaction(async (em) => {
      await queryNamed(em, DELETE_COMMENT, { commentId: c.id });
      const counters = await this.publisher.bump(em, s.id);
      if (counters) this.publisher.publishAfterCommit(em, { sessionId: s.id, counters, deletedCommentIds: [c.id] });
      return true;
    });
  }

  async mute(ctx: RequestContext, sessionId: string, userId: string, on: boolean): Promise<boolean> {
    const s = await this.sessions.byId(sessionId);
    this.sessions.requireManage(ctx, s);
    if (!isUuid(userId)) throw badInput('用户不正确', 'userId');
    if (on) {
      await queryNamed(this.db, MUTE, { sessionId: s.id, userId, mutedById: ctx.requireUser().id });
    } else {
      await queryNamed(this.db, UNMUTE, { sessionId: s.id, userId });
    }
    return true;
  }

  async like(ctx: RequestContext, sessionId: string): Promise<number> {
    ctx.requireUser();
    const s = await this.sessions.byId(sessionId);
    if (s.status !== 'live') throw sessionState('直播未在进行中');
    return this.db.transaction(async (em) => {
      const counters = await this.publisher.bump(em, s.id, BUMP_LIKE, {});
      if (!counters) throw notFound('直播不存在');
      this.publisher.publishAfterCommit(em, { sessionId: s.id, counters });
      return counters.likeCount;
    });
  }

  async recentComments(sessionId: string, first: number): Promise<LiveCommentItem[]> {
    const rows = await this.db
      .getRepository(LiveComment)
      .createQueryBuilder('c')
      .where('c.session_id = :id AND c.deleted_at IS NULL', { id: sessionId })
      .orderBy('c.created_at', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .take(first)
      .getMany();
    return rows.reverse().map((c) => ({ id: c.id, userId: c.userId, authorName: c.authorName, body: c.body, createdAt: c.createdAt }));
  }

  /**
   * The room's latest order lines, one per order: 已付款 with the paid text once the session ledger counts it
   * (and while it still does), else 已下单 as placed. Orders paid before placements were recorded show their paid line.
   */
  async recentOrders(sessionId: string, first: number): Promise<LiveTickerItem[]> {
    const rows = await queryNamed(this.db, RECENT_ORDERS, { sessionId, limit: first });
    return rows.reverse().map((r) => ({ id: String(r.id), orderId: r.order_id, status: r.status, text: r.text, at: r.at }));
  }

  /**
   * A viewer's stream of pushes. Refuses a session that does not exist;
   * counts the viewer in (unique and peak) and out again when the
   * subscription ends, whatever ended it.
   */
  async watch(ctx: RequestContext, sessionId: string): Promise<AsyncIterableIterator<LiveUpdate>> {
    const s = await this.sessions.byId(sessionId);
    const viewerKey = ctx.user?.id ?? `anon:${randomUUID()}`;
    const iterator = await this.publisher.hub.listen(s.id, async () => this.viewers.leave(s.id));
    this.viewers.join(s.id, viewerKey, ctx.user?.id ?? null);
    return iterator;
  }
}
