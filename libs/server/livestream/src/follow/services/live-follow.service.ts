import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { queryNamed } from '@yigou/server/database';
import { RequestContext } from '@yigou/server/core';
import { CatalogService } from '@yigou/server/catalog';
import { RegionService } from '@yigou/server/regions';
import { NotificationService } from '@yigou/server/notifications';
import { LiveFollow, FollowTargetKind } from '../entities/live-follow.entity';
import { SHANGHAI_TIME_ZONE } from '@yigou/shared/time';
import { INSERT_FOLLOW_NOTICES, SESSION_PRODUCT_IDS, SESSIONS_STARTING } from '../sql/live-follow.sql';

/** How long before a session starts its followers hear of it. */
export const LIVE_NOTICE_LEAD_MINUTES = 30;

export interface UpcomingNoticeResult {
  sessions: number;
  notified: number;
}

const startTime = new Intl.DateTimeFormat('zh-CN', {
  timeZone: SHANGHAI_TIME_ZONE,
  month: 'long',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** Follows of suppliers and counties, and the "your followed live session starts soon" notices. */
@Injectable()
export class LiveFollowService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly catalog: CatalogService,
    private readonly regions: RegionService,
    private readonly notifications: NotificationService,
  ) {}

  /** Follows an approved supplier (idempotent). */
  async followSupplier(ctx: RequestContext, supplierId: string): Promise<LiveFollow> {
    const supplier = await this.catalog.supplierById(supplierId); // NOT_FOUND unless approved
    return this.follow(ctx, 'supplier', supplier.id);
  }

  /** Follows a county's live sessions (idempotent). */
  async followCounty(ctx: RequestContext, countyCode: string): Promise<LiveFollow> {
    const county = await this.regions.requireCounty(countyCode);
    return this.follow(ctx, 'county', county.code);
  }

  /** Stops following; true when there was a follow to remove. */
  async unfollow(ctx: RequestContext, kind: FollowTargetKind, targetId: string): Promise<boolean> {
    const me = ctx.requireUser();
    const res = await this.db.getRepository(LiveFollow).delete({ userId: me.id, targetKind: kind, targetId });
    return (res.affected ?? 0) > 0;
  }

  /** The caller's follows, newest first. */
  mine(ctx: RequestContext): Promise<LiveFollow[]> {
    const me = ctx.requireUser();
    return this.db.getRepository(LiveFollow).find({ where: { userId: me.id }, order: { id: 'DESC' }, take: 500 });
  }

  /** Display names of follow targets: supplier names and county names. */
  async targetNames(follows: readonly Pick<LiveFollow, 'targetKind' | 'targetId'>[]): Promise<Map<string, string>> {
    const suppliers = await this.catalog.supplierNames(follows.filter((f) => f.targetKind === 'supplier').map((f) => f.targetId));
    const counties = await this.regions.regionNames(follows.filter((f) => f.targetKind === 'county').map((f) => f.targetId));
    const names = new Map<string, string>();
    suppliers.forEach((name, id) => names.set(`supplier:${id}`, name));
    counties.forEach((name, code) => names.set(`county:${code}`, name));
    return names;
  }

  /**
   * Tells followers of a scheduled session that it starts within
   * `leadMinutes` of `now`: followers of its county, and of the suppliers of
   * the products on its list. Each follower hears once per session (the
   * notice row and the notification commit together, per session).
   */
  async notifyUpcoming(now: Date, leadMinutes = LIVE_NOTICE_LEAD_MINUTES): Promise<UpcomingNoticeResult> {
    const until = new Date(now.getTime() + leadMinutes * 60_000);
    const sessions = await queryNamed(this.db, SESSIONS_STARTING, { from: now, until });
    let notified = 0;
    for (const s of sessions) {
      const productIds = (await queryNamed(this.db, SESSION_PRODUCT_IDS, { sessionId: s.id })).map((r) => r.product_id);
      const supplierIds = await this.supplierIdsOf(productIds);
      notified += await this.db.transaction(async (em) => {
        const fresh = await queryNamed(em, INSERT_FOLLOW_NOTICES, { sessionId: s.id, countyCode: s.county_code, supplierIds });
        if (fresh.length === 0) return 0;
        const host = [s.host_title, s.host_name].filter(Boolean).join(' ');
        return this.notifications.send(
          em,
          fresh.map((r) => r.user_id),
          {
            kind: 'live_upcoming',
            title: `您关注的直播即将开始：${s.title}`,
            body: `${host} 将于 ${startTime.format(new Date(s.starts_at))} 开播，直播间有专享价，记得来看。`,
            refType: 'live_session',
            refId: s.id,
          },
        );
      });
    }
    return { sessions: sessions.length, notified };
  }

  private async follow(ctx: RequestContext, kind: FollowTargetKind, targetId: string): Promise<LiveFollow> {
    const me = ctx.requireUser();
    const repo = this.db.getRepository(LiveFollow);
    await repo.createQueryBuilder().insert().values({ userId: me.id, targetKind: kind, targetId }).orIgnore().execute();
    return repo.findOneByOrFail({ userId: me.id, targetKind: kind, targetId });
  }

  /** Suppliers of the products on a session's list (products no longer on sale are left out). */
  private async supplierIdsOf(productIds: readonly string[]): Promise<string[]> {
    const ids = new Set<string>();
    for (const id of productIds) {
      const product = await this.catalog.productById(id).catch(() => null);
      if (product) ids.add(product.supplierId);
    }
    return [...ids];
  }
}
