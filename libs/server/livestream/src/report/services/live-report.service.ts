import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { queryNamed } from '@yigou/server/database';
import { badInput, forbidden, RequestContext } from '@yigou/server/core';
import { CatalogService } from '@yigou/server/catalog';
import { writeWorkbook } from '@yigou/server/spreadsheet';
import { LiveSession } from '../../entities/live-session.entity';
import { LiveSessionService } from '../../services/live-session.service';
import { formatWanYuan } from '../../services/livestream.utils';
import { LiveHostSummary, LivePeriodReport, LiveSessionReport, LiveTopProduct } from '../dto/live-report.types';
import { SESSION_AGGREGATES, SESSION_HELD, SESSION_PRODUCTS_SOLD, SESSION_VIEWERS } from '../sql/live-report.sql';

const MAX_PERIOD_DAYS = 366 * 3;

/** Session, host and county reports from the live order ledger; the office sentence is built from the data. */
@Injectable()
export class LiveReportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly sessions: LiveSessionService,
    private readonly catalog: CatalogService,
  ) {}

  async sessionReport(ctx: RequestContext, sessionId: string): Promise<LiveSessionReport> {
    const s = await this.sessions.byId(sessionId);
    this.sessions.requireManage(ctx, s);
    const [r] = await this.reports([s]);
    return r;
  }

  async periodReport(ctx: RequestContext, countyCode: string, from: Date, to: Date): Promise<LivePeriodReport> {
    ctx.requireUser();
    if (
      !this.sessions.canManage(ctx, { countyCode }) &&
      !ctx.canActInRegion('finance_reviewer', countyCode) &&
      !ctx.canActInRegion('auditor', countyCode)
    ) {
      throw forbidden('您无权查看该县的直播报表');
    }
    if (to <= from) throw badInput('结束时间必须晚于开始时间', 'to');
    if (to.getTime() - from.getTime() > MAX_PERIOD_DAYS * 86_400_000) throw badInput('统计周期最长 3 年', 'to');
    const list = await this.db
      .getRepository(LiveSession)
      .createQueryBuilder('s')
      .where('s.county_code = :c AND s.starts_at >= :from AND s.starts_at < :to', { c: countyCode, from, to })
      .orderBy('s.starts_at')
      .addOrderBy('s.id')
      .take(1000)
      .getMany();
    const bySession = await this.reports(list);
    const hosts = new Map<string, LiveHostSummary>();
    for (const r of bySession) {
      const key = `${r.hostName}\u0000${r.hostTitle ?? ''}`;
      const h = hosts.get(key) ?? {
        hostName: r.hostName,
        hostTitle: r.hostTitle,
        salesSessions: 0,
        tourismSessions: 0,
        orders: 0,
        salesFen: 0,
      };
      if (r.kind === 'tourism') h.tourismSessions++;
      else h.salesSessions++;
      h.orders += r.orders;
      h.salesFen += r.paidSalesFen;
      hosts.set(key, h);
    }
    const tourism = bySession.filter((r) => r.kind === 'tourism').length;
    const orders = bySession.reduce((a, r) => a + r.orders, 0);
    const items = bySession.reduce((a, r) => a + r.items, 0);
    const salesFen = bySession.reduce((a, r) => a + r.paidSalesFen, 0);
    const byHost = [...hosts.values()].sort((a, b) => b.salesFen - a.salesFen);
    return {
      countyCode,
      from,
      to,
      hosts: byHost.length,
      sessions: bySession.length,
      salesSessions: bySession.length - tourism,
      tourismSessions: tourism,
      orders,
      items,
      salesFen,
      summary: officeSentence({
        hosts: byHost.length,
        leaders: byHost.every((h) => !!h.hostTitle),
        sessions: bySession.length,
        tourism,
        orders,
        salesFen,
      }),
      byHost,
      bySession,
    };
  }

  async periodWorkbook(ctx: RequestContext, countyCode: string, from: Date, to: Date): Promise<Buffer> {
    const r = await this.periodReport(ctx, countyCode, from, to);
    const yuan = (fen: number) => fen / 100;
    const headers = (names: string[]) => names.map((header) => ({ header }));
    return writeWorkbook([
      {
        name: '汇总',
        rows: [
          [r.summary],
          [],
          ['主播人数', r.hosts],
          ['直播场次', r.sessions],
          ['其中文旅推介', r.tourismSessions],
          ['订单数', r.orders],
          ['销售金额 (元)', yuan(r.salesFen)],
        ],
      },
      {
        name: '主播',
        columns: headers(['主播', '职务', '带货场次', '文旅推介场次', '订单数', '销售金额 (元)']),
        rows: r.byHost.map((h) => [h.hostName, h.hostTitle ?? '', h.salesSessions, h.tourismSessions, h.orders, yuan(h.salesFen)]),
      },
      {
        name: '场次',
        columns: headers([
          '标题',
          '主播',
          '类型',
          '开始时间',
          '订单数',
          '件数',
          '已付金额 (元)',
          '待付金额 (元)',
          '买家数',
          '买家单位数',
          '独立观众',
          '峰值观众',
          '转化率',
          '客单价 (元)',
        ]),
        rows: r.bySession.map((s) => [
          s.title,
          `${s.hostTitle ?? ''} ${s.hostName}`.trim(),
          s.kind === 'tourism' ? '文旅推介' : '直播带货',
          s.startsAt,
          s.orders,
          s.items,
          yuan(s.paidSalesFen),
          yuan(s.pendingSalesFen),
          s.buyers,
          s.buyerUnits,
          s.uniqueViewers,
          s.peakViewers,
          s.conversion,
          yuan(s.averageOrderFen),
        ]),
      },
    ]);
  }

  private async reports(list: LiveSession[]): Promise<LiveSessionReport[]> {
    if (list.length === 0) return [];
    const ids = list.map((s) => s.id);
    const aggs = await queryNamed(this.db, SESSION_AGGREGATES, { sessionIds: ids });
    const viewers = await queryNamed(this.db, SESSION_VIEWERS, { sessionIds: ids });
    const held = await queryNamed(this.db, SESSION_HELD, { sessionIds: ids });
    const sold = await queryNamed(this.db, SESSION_PRODUCTS_SOLD, { sessionIds: ids });
    // product names are catalog's: asked of it, not joined (a domain names only its own tables)
    const names = await this.catalog.productNames(sold.map((t) => t.product_id));
    const top = sold
      .map((t) => ({ ...t, name: names.get(t.product_id) ?? '' }))
      .sort((a, b) => Number(b.f) - Number(a.f) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return list.map((s) => {
      const a = aggs.find((x) => x.session_id === s.id);
      const orders = a?.orders ?? 0;
      const paid = Number(a?.paid ?? 0);
      const unique = viewers.find((v) => v.session_id === s.id)?.n ?? 0;
      const buyers = a?.buyers ?? 0;
      const heldFen = Number(held.find((h) => h.session_id === s.id)?.fen ?? 0);
      const topProducts: LiveTopProduct[] = top
        .filter((t) => t.session_id === s.id)
        .slice(0, 5)
        .map((t) => ({ productId: t.product_id, name: t.name, quantity: t.q, salesFen: Number(t.f) }));
      return {
        sessionId: s.id,
        title: s.title,
        hostName: s.hostName,
        hostTitle: s.hostTitle,
        kind: s.kind as LiveSessionReport['kind'],
        startsAt: s.startsAt,
        orders,
        items: a?.items ?? 0,
        paidSalesFen: paid,
        pendingSalesFen: heldFen,
        buyers,
        buyerUnits: a?.units ?? 0,
        uniqueViewers: unique,
        peakViewers: s.peakViewers,
        conversion: unique > 0 ? Math.round((buyers / unique) * 10_000) / 10_000 : 0,
        averageOrderFen: orders > 0 ? Math.round(paid / orders) : 0,
        topProducts,
      };
    });
  }
}

/** "5 名县级领导直播带货 9 场（含文旅推介 2 场），累计销售 16,831 单，销售金额 147.81 万元": Chinese punctuation, as a county office writes it */
export function officeSentence(r: {
  hosts: number;
  leaders: boolean;
  sessions: number;
  tourism: number;
  orders: number;
  salesFen: number;
}): string {
  const who = r.leaders ? '名县级领导' : '名主播';
  const tourism = r.tourism > 0 ? `（含文旅推介 ${r.tourism} 场）` : '';
  return `${r.hosts} ${who}直播带货 ${r.sessions} 场${tourism}，累计销售 ${r.orders.toLocaleString('en-US')} 单，销售金额 ${formatWanYuan(r.salesFen)}`;
}
