import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { queryNamed } from '@yigou/server/database';
import { badInput, Connection, forbidden, keysetPage, keysetSort, notFound, pageSize, RequestContext } from '@yigou/server/core';
import { CatalogService } from '@yigou/server/catalog';
import { UserService } from '@yigou/server/identity';
import { NotificationService } from '@yigou/server/notifications';
import { formatFen } from '@yigou/shared/money';
import { LiveSession } from '../../entities/live-session.entity';
import { LiveSessionService } from '../../services/live-session.service';
import { sessionState } from '../../errors';
import { isUuid } from '@yigou/shared/validation';
import { AnswerLiveOfferRequestInput, RequestLiveOfferInput } from '../../dto/live-session.input';
import { LiveOfferRequest, LiveOfferRequestStatus } from '../entities/live-offer-request.entity';
import { requireSameCounty } from './live-offer-terms';
import { UPSERT_OFFER_REQUEST } from '../sql/live-offer-request.sql';

/**
 * Live offers are the supplier's to give: a session's managers ask for a SKU
 * with a proposed live price and cap; the supplier's staff accept (with the
 * price floor and cap they approve) or decline. Pinning and checkout read the
 * answer (see `pinnableCap` and `LiveOfferService.claim`).
 */
@Injectable()
export class LiveOfferRequestService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly catalog: CatalogService,
    private readonly sessions: LiveSessionService,
    private readonly users: UserService,
    private readonly notifications: NotificationService,
  ) {}

  /** Asks (or asks again, with new terms) for a SKU in a session; the answer goes back to pending. */
  async request(ctx: RequestContext, input: RequestLiveOfferInput): Promise<LiveOfferRequest> {
    const user = ctx.requireUser();
    const session = await this.sessions.byId(input.sessionId);
    this.sessions.requireManage(ctx, session);
    if (session.status === 'ended') throw sessionState('直播已结束，不能再邀请商品');
    const product = await this.catalog.productById(input.productId);
    const [skus] = await this.catalog.skusByProductIds([product.id]);
    if (!skus?.some((k) => k.id === input.skuId)) throw badInput('该规格不属于所选商品', 'skuId');
    const supplier = await this.catalog.supplierById(product.supplierId);
    requireSameCounty(session, supplier);
    const note = input.note?.trim() || null;
    return this.db.transaction(async (em) => {
      const [row] = await queryNamed(em, UPSERT_OFFER_REQUEST, {
        sessionId: session.id,
        supplierId: supplier.id,
        productId: product.id,
        skuId: input.skuId,
        requestedPriceFen: input.livePriceFen,
        requestedStockCap: input.stockCap,
        note,
        requestedById: user.id,
      });
      const staff = await this.users.userIdsWithGrant('supplier_staff', { supplierId: supplier.id }, em);
      await this.notifications.send(em, staff, {
        kind: 'live.offer_requested',
        title: '直播邀请',
        body: `${session.title}（${session.hostName}）邀请「${product.name}」以 ${formatFen(input.livePriceFen)} 参加直播，限 ${input.stockCap} 件，请在供应商中心答复。`,
        refType: 'live_offer_request',
        refId: row.id,
      });
      return em.findOneByOrFail(LiveOfferRequest, { id: row.id });
    });
  }

  /** The supplier's staff accept (with the floor price and cap they approve) or decline a pending request. */
  async answer(ctx: RequestContext, input: AnswerLiveOfferRequestInput): Promise<LiveOfferRequest> {
    const user = ctx.requireUser();
    if (!isUuid(input.requestId)) throw notFound('直播邀请不存在');
    return this.db.transaction(async (em) => {
      const req = await em.findOne(LiveOfferRequest, { where: { id: input.requestId }, lock: { mode: 'pessimistic_write' } });
      if (!req) throw notFound('直播邀请不存在');
      if (!this.isStaffOf(ctx, req.supplierId)) throw forbidden('只有该供应商的工作人员可以答复直播邀请');
      if (req.status !== 'pending') throw badInput(req.status === 'accepted' ? '该邀请已同意' : '该邀请已拒绝', 'requestId');
      const session = await em.findOneByOrFail(LiveSession, { id: req.sessionId });
      if (session.status === 'ended') throw sessionState('直播已结束，无需再答复');
      req.answeredById = user.id;
      req.answeredAt = ctx.now;
      if (input.accept) {
        req.status = 'accepted';
        req.approvedPriceFen = input.livePriceFen ?? req.requestedPriceFen;
        req.approvedStockCap = input.stockCap ?? req.requestedStockCap;
      } else {
        req.status = 'declined';
        req.declineReason = input.declineReason?.trim() || null;
      }
      if (req.requestedById) {
        await this.notifications.send(em, [req.requestedById], {
          kind: 'live.offer_answered',
          title: req.status === 'accepted' ? '供应商已同意直播邀请' : '供应商已拒绝直播邀请',
          body:
            req.status === 'accepted'
              ? `「${session.title}」：供应商同意最低直播价 ${formatFen(req.approvedPriceFen ?? 0)}，直播库存 ${req.approvedStockCap} 件，现在可以上架。`
              : `「${session.title}」：供应商拒绝了该商品的直播邀请${req.declineReason ? `（${req.declineReason}）` : ''}。`,
          refType: 'live_session',
          refId: session.id,
        });
      }
      return em.save(req);
    });
  }

  /** Requests to the caller's supplier(s), newest first. */
  async forSupplierStaff(
    ctx: RequestContext,
    args: { status?: LiveOfferRequestStatus | null; first?: number | null; after?: string | null },
  ): Promise<Connection<LiveOfferRequest>> {
    ctx.requireUser();
    const supplierIds = ctx
      .grantsFor('supplier_staff')
      .map((g) => g.supplierId)
      .filter((id): id is string => !!id);
    if (supplierIds.length === 0) throw forbidden('只有供应商工作人员可以查看直播邀请');
    const limit = pageSize(args.first);
    const qb = this.db.getRepository(LiveOfferRequest).createQueryBuilder('r').where('r.supplier_id = ANY(:ids)', { ids: supplierIds });
    if (args.status) qb.andWhere('r.status = :status', { status: args.status });
    return keysetPage(qb, keysetSort('r', 'created_at', 'timestamptz'), limit, args.after);
  }

  /** The requests of these sessions, in the order they were asked. */
  async ofSessions(sessionIds: readonly string[]): Promise<LiveOfferRequest[][]> {
    const rows = await this.db
      .getRepository(LiveOfferRequest)
      .createQueryBuilder('r')
      .where('r.session_id = ANY(:ids)', { ids: [...sessionIds] })
      .orderBy('r.created_at')
      .addOrderBy('r.id')
      .getMany();
    return sessionIds.map((id) => rows.filter((r) => r.sessionId === id));
  }

  /** Only the supplier's own staff answer; a platform admin does not answer for them. */
  private isStaffOf(ctx: RequestContext, supplierId: string): boolean {
    return ctx.grantsFor('supplier_staff').some((g) => g.supplierId === supplierId);
  }
}
