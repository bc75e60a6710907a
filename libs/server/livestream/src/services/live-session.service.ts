import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { queryNamed } from '@yigou/server/database';
import { badInput, Connection, forbidden, keysetPage, keysetSort, notFound, pageSize, RequestContext } from '@yigou/server/core';
import { CatalogService } from '@yigou/server/catalog';
import { MediaStorageService, UPLOADS_URL_PREFIX } from '@yigou/server/media';
import { RegionService } from '@yigou/server/regions';
import { LiveSession, LiveSessionStatus } from '../entities/live-session.entity';
import { LiveSessionProduct } from '../entities/live-session-product.entity';
import { sessionState } from '../errors';
import { PinLiveProductInput, ScheduleLiveSessionInput, UpdateLiveSessionInput } from '../dto/live-session.input';
import { LivePublisher } from '../realtime/services/live-publisher.service';
import { isUuid } from '@yigou/shared/validation';
import { pinnableCap, requireSameCounty } from '../offer-request/services/live-offer-terms';
import { BUMP_CURRENT_OFFER, BUMP_END, BUMP_GO_LIVE, BUMP_UNPINNED } from '../realtime/sql/live-counters.sql';
import { AGREED_TERMS_FOR_SHARE, COUNT_OFFERS, OFFER_ORDER_COUNTS, OFFER_PINNED, PIN_OFFER, UNPIN_OFFER } from '../sql/live-session.sql';

/** Only platform admins decide whether a session may sell products of other counties' suppliers. */
function requireCrossCountyPower(ctx: RequestContext, allowCrossCounty: boolean | null | undefined): void {
  if (allowCrossCounty != null && !ctx.hasRole('platform_admin')) throw forbidden('只有平台管理员可以设置跨县选品');
}

/** Which status may follow which: scheduled → live → ended. */
const NEXT: Record<LiveSessionStatus, LiveSessionStatus[]> = { scheduled: ['live', 'ended'], live: ['ended'], ended: [] };

@Injectable()
export class LiveSessionService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly catalog: CatalogService,
    private readonly regions: RegionService,
    private readonly publisher: LivePublisher,
    private readonly media: MediaStorageService,
  ) {}

  /** A cover is an image uploaded through /media/images (the product images' path), or an https address. */
  private async checkCover(url: string | null | undefined): Promise<void> {
    if (url && url.startsWith(UPLOADS_URL_PREFIX) && !(await this.media.claim(url))) throw badInput('封面图片无效，请重新上传', 'coverUrl');
  }

  /** Hosts and county admins of the session's county (and platform admins) manage it. */
  canManage(ctx: RequestContext, s: Pick<LiveSession, 'countyCode'>): boolean {
    return ctx.canActInRegion('live_host', s.countyCode) || ctx.canActInRegion('county_admin', s.countyCode);
  }

  requireManage(ctx: RequestContext, s: Pick<LiveSession, 'countyCode'>): void {
    ctx.requireUser();
    if (!this.canManage(ctx, s)) throw forbidden('您无权管理该县的直播');
  }

  async byId(id: string, em: EntityManager = this.db.manager): Promise<LiveSession> {
    if (!isUuid(id)) throw notFound('直播不存在');
    const s = await em.findOne(LiveSession, { where: { id } });
    if (!s) throw notFound('直播不存在');
    return s;
  }

  async exists(id: string): Promise<boolean> {
    return isUuid(id) && (await this.db.getRepository(LiveSession).exists({ where: { id } }));
  }

  async list(args: {
    status?: LiveSessionStatus | null;
    countyCode?: string | null;
    first?: number | null;
    after?: string | null;
  }): Promise<Connection<LiveSession>> {
    const limit = pageSize(args.first);
    const qb = this.db.getRepository(LiveSession).createQueryBuilder('s');
    if (args.status) qb.andWhere('s.status = :status', { status: args.status });
    if (args.countyCode) qb.andWhere('s.county_code = :county', { county: args.countyCode });
    return keysetPage(qb, keysetSort('s', 'starts_at', 'timestamptz'), limit, args.after);
  }

  async schedule(ctx: RequestContext, input: ScheduleLiveSessionInput): Promise<LiveSession> {
    const user = ctx.requireUser();
    this.requireManage(ctx, { countyCode: input.countyCode });
    await this.regions.requireCounty(input.countyCode);
    requireCrossCountyPower(ctx, input.allowCrossCounty);
    await this.checkCover(input.coverUrl);
    const hostUserId = input.hostUserId ?? (ctx.hasRole('live_host') ? user.id : null);
    const repo = this.db.getRepository(LiveSession);
    return repo.save(
      repo.create({
        title: input.title.trim(),
        hostName: input.hostName.trim(),
        hostTitle: input.hostTitle?.trim() || null,
        hostUserId,
        createdById: user.id,
        kind: input.kind,
        countyCode: input.countyCode,
        startsAt: input.startsAt,
        coverUrl: input.coverUrl ?? null,
        streamUrl: input.streamUrl ?? null,
        externalRoomUrl: input.externalRoomUrl ?? null,
        allowCrossCounty: input.allowCrossCounty ?? false,
      }),
    );
  }

  async update(ctx: RequestContext, id: string, input: UpdateLiveSessionInput): Promise<LiveSession> {
    await this.checkCover(input.coverUrl);
    return this.db.transaction(async (em) => {
      const s = await this.lockForManage(ctx, em, id);
      if (input.replayUrl !== undefined && input.replayUrl !== null && s.status !== 'ended')
        throw badInput('直播结束后才能设置回放地址', 'replayUrl');
      requireCrossCountyPower(ctx, input.allowCrossCounty);
      if (input.allowCrossCounty != null) s.allowCrossCounty = input.allowCrossCounty;
      for (const k of ['title', 'hostName', 'hostTitle', 'startsAt', 'coverUrl', 'streamUrl', 'externalRoomUrl', 'replayUrl'] as const) {
        const v = input[k];
        if (v === undefined) continue;
        if (v === null && (k === 'title' || k === 'hostName' || k === 'startsAt')) continue;
        (s as unknown as Record<string, unknown>)[k] = typeof v === 'string' ? v.trim() : v;
      }
      return em.save(s);
    });
  }

  async transition(ctx: RequestContext, id: string, to: 'live' | 'ended', replayUrl?: string | null): Promise<LiveSession> {
    return this.db.transaction(async (em) => {
      const s = await this.lockForManage(ctx, em, id);
      if (!NEXT[s.status].includes(to)) throw sessionState(to === 'live' ? '该直播已结束，不能再开播' : '该直播已经结束');
      if (to === 'live' && !s.streamUrl && !s.externalRoomUrl) throw badInput('开播前请填写直播流地址或外部直播间链接', 'streamUrl');
      const now = ctx.now;
      const counters =
        to === 'live'
          ? await this.publisher.bump(em, id, BUMP_GO_LIVE, { now })
          : await this.publisher.bump(em, id, BUMP_END, { now, replayUrl: replayUrl ?? null });
      if (counters) this.publisher.publishAfterCommit(em, { sessionId: id, counters });
      return this.byId(id, em);
    });
  }

  async pin(ctx: RequestContext, input: PinLiveProductInput): Promise<LiveSessionProduct> {
    if (input.offerStartsAt && input.offerEndsAt && input.offerEndsAt <= input.offerStartsAt)
      throw badInput('优惠结束时间必须晚于开始时间', 'offerEndsAt');
    const [skus] = await this.catalog.skusByProductIds([input.productId]);
    if (!skus?.some((k) => k.id === input.skuId)) throw badInput('该规格不属于所选商品', 'skuId');
    const product = await this.catalog.productById(input.productId); // on sale, supplier approved
    const supplier = await this.catalog.supplierById(product.supplierId);
    return this.db.transaction(async (em) => {
      const s = await this.lockForManage(ctx, em, input.sessionId);
      if (s.status === 'ended') throw sessionState('直播已结束，不能再上架商品');
      requireSameCounty(s, supplier);
      const [agreed] = await queryNamed(em, AGREED_TERMS_FOR_SHARE, { sessionId: s.id, skuId: input.skuId });
      const stockCap = pinnableCap(
        agreed && agreed.product_id === product.id
          ? {
              status: agreed.status,
              approvedPriceFen: agreed.approved_price_fen === null ? null : Number(agreed.approved_price_fen),
              approvedStockCap: agreed.approved_stock_cap,
            }
          : null,
        input.livePriceFen,
        input.stockCap,
      );
      const [{ n }] = await queryNamed(em, COUNT_OFFERS, { sessionId: s.id });
      const rows = await queryNamed(em, PIN_OFFER, {
        sessionId: s.id,
        productId: input.productId,
        skuId: input.skuId,
        livePriceFen: input.livePriceFen,
        stockCap,
        perBuyerLimit: input.perBuyerLimit ?? null,
        offerStartsAt: input.offerStartsAt ?? null,
        offerEndsAt: input.offerEndsAt ?? null,
        sortOrder: n,
      }).catch((e: unknown) => {
        if (String(e).includes('live_session_product_claimed_check')) throw badInput('直播库存不能少于已售出的数量', 'stockCap');
        throw e;
      });
      const counters = await this.publisher.bump(em, s.id);
      if (counters) this.publisher.publishAfterCommit(em, { sessionId: s.id, counters, offers: [LivePublisher.offerState(rows[0])] });
      return em.findOneOrFail(LiveSessionProduct, { where: { id: rows[0].id } });
    });
  }

  async unpin(ctx: RequestContext, sessionId: string, skuId: string): Promise<boolean> {
    return this.db.transaction(async (em) => {
      const s = await this.lockForManage(ctx, em, sessionId);
      const [row] = await queryNamed(em, UNPIN_OFFER, { sessionId: s.id, skuId });
      if (!row) throw notFound('该商品不在本场直播中');
      const counters = await this.publisher.bump(em, s.id, BUMP_UNPINNED, { offerId: row.id });
      if (counters) this.publisher.publishAfterCommit(em, { sessionId: s.id, counters, offers: [LivePublisher.offerState(row)] });
      return true;
    });
  }

  /**
   * 当前讲解: the host marks the pinned offer being explained now (null: none); every viewer's room highlights it from
   * the push that follows. Only the session's managers; not after the show.
   */
  async setCurrentOffer(ctx: RequestContext, sessionId: string, offerId: string | null): Promise<LiveSession> {
    return this.db.transaction(async (em) => {
      const s = await this.lockForManage(ctx, em, sessionId);
      if (s.status === 'ended') throw sessionState('直播已结束，不能再设置当前讲解');
      if (offerId !== null) {
        const [offer]: { pinned: boolean }[] = isUuid(offerId) ? await queryNamed(em, OFFER_PINNED, { offerId, sessionId: s.id }) : [];
        if (!offer) throw notFound('该商品不在本场直播中');
        if (!offer.pinned) throw badInput('该商品已下架，请先上架再讲解', 'offerId');
      }
      const counters = await this.publisher.bump(em, s.id, BUMP_CURRENT_OFFER, { offerId });
      if (counters) this.publisher.publishAfterCommit(em, { sessionId: s.id, counters });
      return this.byId(s.id, em);
    });
  }

  /**
   * Per offer of each session: orders placed with its SKU (已下单, as the room counts placements) and paid orders
   * with it that still count (已付款: the session ledger; a cancelled or fully refunded order drops out).
   */
  async offerOrderCounts(sessionIds: readonly string[]): Promise<Map<string, { placed: number; paid: number }>> {
    const rows = await queryNamed(this.db, OFFER_ORDER_COUNTS, { sessionIds: [...sessionIds] });
    return new Map(rows.map((r) => [`${r.session_id}:${r.sku_id}`, { placed: r.placed, paid: r.paid }]));
  }

  async offers(sessionIds: readonly string[], pinnedOnly: boolean): Promise<LiveSessionProduct[][]> {
    const rows = await this.db
      .getRepository(LiveSessionProduct)
      .createQueryBuilder('p')
      .where('p.session_id = ANY(:ids)', { ids: [...sessionIds] })
      .andWhere(pinnedOnly ? 'p.pinned' : 'true')
      .orderBy('p.sort_order')
      .addOrderBy('p.id')
      .getMany();
    return sessionIds.map((id) => rows.filter((r) => r.sessionId === id));
  }

  private async lockForManage(ctx: RequestContext, em: EntityManager, id: string): Promise<LiveSession> {
    if (!isUuid(id)) throw notFound('直播不存在');
    const s = await em.findOne(LiveSession, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!s) throw notFound('直播不存在');
    this.requireManage(ctx, s);
    return s;
  }
}
