import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { forbidden, notFound, RequestContext } from '@yigou/server/core';
import { WorkUnitService } from '@yigou/server/identity';
import { Notification, NotificationService } from '@yigou/server/notifications';
import type { QuotaReminderType } from '../dto/quota.types';
import { QuotaRankingService } from './quota-ranking.service';
import { mayReviewRegion } from './quota-jurisdiction';
import { queryNamed } from '@yigou/server/database';
import { LOCK_REMINDERS } from '../sql/quota-reminder.sql';

/** The inbox kind of quota reminders: the quota desk reads the inbox filtered by it; the notification centre shows them too. */
export const QUOTA_REMINDER_KIND = 'quota_reminder';
export const QUOTA_REMINDER_TITLE = '以购代捐进度提醒';
/** How many of the latest reminders the quota desk lists. */
const DESK_LIMIT = 20;

const asReminder = (n: Notification): QuotaReminderType => ({
  id: n.id,
  unitId: n.refId ?? '',
  message: n.body,
  readAt: n.readAt,
  createdAt: n.createdAt,
});

/**
 * Reminders (提醒) from finance to units behind the pace of the year, delivered through the one inbox: every member
 * of the unit and every admin of it gets their own notification (kind 'quota_reminder', ref work_unit) with their
 * own read state, so one person reading it does not hide it from the others.
 */
@Injectable()
export class QuotaReminderService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly rankings: QuotaRankingService,
    private readonly units: WorkUnitService,
    private readonly inbox: NotificationService,
  ) {}

  /** Reminds every unit behind the pace (red or amber), at most once a day per unit; returns how many units were reached. */
  async send(ctx: RequestContext, regionCode: string, year: number): Promise<number> {
    const user = ctx.requireUser();
    if (!mayReviewRegion(ctx, regionCode)) throw forbidden('只有本辖区的财政审核人员可以发送提醒');
    const ranking = await this.rankings.computeRanking(regionCode, year, ctx.now);
    const behind = ranking.rows.filter((r) => r.status !== 'green');
    if (!behind.length) return 0;
    const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
    return this.db.transaction(async (em) => {
      // two reviewers sending at once (overlapping jurisdictions) must not both pass the once-a-day check
      await queryNamed(em, LOCK_REMINDERS, { kind: QUOTA_REMINDER_KIND });
      const recent = await this.inbox.refsNotifiedWithin(
        em,
        QUOTA_REMINDER_KIND,
        'work_unit',
        behind.map((r) => r.unitId),
        '1 day',
      );
      const message = new Map(
        behind
          .filter((r) => !recent.has(r.unitId))
          .map((r) => [r.unitId, `${year} 年以购代捐完成率 ${pct(r.rate)}，低于全年进度 ${pct(ranking.pace)}，请抓紧采购`]),
      );
      const audience = await this.units.unitAudience(em, [...message.keys()]);
      await this.inbox.sendEach(
        em,
        audience.map((a) => ({
          userId: a.userId,
          kind: QUOTA_REMINDER_KIND,
          title: QUOTA_REMINDER_TITLE,
          body: message.get(a.unitId) as string,
          refType: 'work_unit',
          refId: a.unitId,
          sentBy: user.id,
        })),
      );
      return new Set(audience.map((a) => a.unitId)).size;
    });
  }

  /** The caller's latest quota reminders, newest first. */
  async mine(ctx: RequestContext): Promise<QuotaReminderType[]> {
    return (await this.inbox.latest(ctx, DESK_LIMIT, { kind: QUOTA_REMINDER_KIND })).map(asReminder);
  }

  unreadCount(ctx: RequestContext): Promise<number> {
    return this.inbox.unreadCount(ctx, { kind: QUOTA_REMINDER_KIND });
  }

  /** Marks one of the caller's reminders read (already read: unchanged). */
  async markRead(ctx: RequestContext, id: string): Promise<QuotaReminderType> {
    await this.inbox.markRead(ctx, [id], { kind: QUOTA_REMINDER_KIND });
    const n = await this.inbox.one(ctx, id, { kind: QUOTA_REMINDER_KIND });
    if (!n) throw notFound('找不到该提醒');
    return asReminder(n);
  }

  /** Marks every unread reminder of the caller read; returns how many. */
  markAllRead(ctx: RequestContext): Promise<number> {
    return this.inbox.markAllRead(ctx, { kind: QUOTA_REMINDER_KIND });
  }
}
