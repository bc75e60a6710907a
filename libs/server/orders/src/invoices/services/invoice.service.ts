import { createHash, randomUUID } from 'node:crypto';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, QueryFailedError } from 'typeorm';
import { queryNamed } from '@yigou/server/database';
import { CatalogService } from '@yigou/server/catalog';
import { NotificationService } from '@yigou/server/notifications';
import { badInput, forbidden, groupByKeys, notFound, RequestContext } from '@yigou/server/core';
import type { ImageStore } from '@yigou/server/media';
import { Order } from '../../entities/order.entity';
import { OrderLine } from '../../entities/order-line.entity';
import { invalidState } from '../../errors';
import { OrderService } from '../../services/order.service';
import { INVOICE_CONTENT_TYPES, InvoiceFileFormat, invoiceNoProblem, sniffInvoiceFile } from './invoice-file';
import { INVOICE_ISSUER, InvoiceIssuer, InvoiceIssuerError } from './invoice-issuer';
import { INVOICE_KIND_LABEL, InvoiceRequestFields, invoiceSnapshot, readInvoiceRequest } from '../dto/invoice-request';
import { INVOICE_STORE } from './invoice-store';
import { badInvoiceFile, invoiceAlreadyIssued, invoiceNotRequested, issuerFailed, issuerUnavailable } from '../errors';
import { IssuedInvoice } from '../entities/issued-invoice.entity';
import { LOCK_ORDER } from '../sql/invoice.sql';
import { isUuid } from '@yigou/shared/validation';

/** Orders past these states take no invoice (nothing was bought) and no new request. */
const CLOSED = new Set(['cancelled', 'refunded']);

export interface InvoiceDownload {
  fileName: string;
  contentType: string;
  bytes: Buffer;
}

/** 电子发票: the buyer's request, the supplier's issue (upload or provider), the authorised download. */
@Injectable()
export class InvoiceService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly orders: OrderService,
    private readonly catalog: CatalogService,
    private readonly notifications: NotificationService,
    @Inject(INVOICE_STORE) private readonly store: ImageStore,
    @Optional() @Inject(INVOICE_ISSUER) private readonly issuer: InvoiceIssuer | null,
  ) {}

  get providerAvailable(): boolean {
    return !!this.issuer;
  }

  /** The buyer asks for (or corrects) the invoice of an order after checkout; refused once it is issued. */
  async request(ctx: RequestContext, orderId: string, input: InvoiceRequestFields): Promise<Order> {
    const snapshot = invoiceSnapshot(input);
    return this.orders.act(ctx, orderId, 'buyer', async (em, order) => {
      if (CLOSED.has(order.status)) throw invalidState(order.status, '申请发票');
      const issued = await em.getRepository(IssuedInvoice).findOne({ where: { orderId: order.id } });
      if (issued) throw invoiceAlreadyIssued(issued.invoiceNo);
      await em.getRepository(Order).update({ id: order.id }, { invoice: snapshot });
      order.invoice = snapshot;
    });
  }

  /** Open requests on the caller's supplier desk (or one supplier's), oldest first: asked for, not yet issued. */
  async openRequests(ctx: RequestContext, supplierId: string | null): Promise<Order[]> {
    ctx.requireUser();
    if (supplierId && !isUuid(supplierId)) throw notFound('供应商不存在');
    if (supplierId && !ctx.canActForSupplier(supplierId)) throw forbidden('您无权查看其他供应商的订单');
    const scoped = supplierId
      ? [supplierId]
      : ctx
          .grantsFor('supplier_staff')
          .map((g) => g.supplierId)
          .filter((s): s is string => !!s);
    const qb = this.db
      .getRepository(Order)
      .createQueryBuilder('o')
      .where('o.invoice IS NOT NULL')
      .andWhere(`o.status NOT IN ('cancelled', 'refunded', 'pending_payment')`)
      .andWhere('NOT EXISTS (SELECT 1 FROM order_invoice i WHERE i.order_id = o.id)');
    if (scoped.length > 0) qb.andWhere('o.supplier_id IN (:...sids)', { sids: scoped });
    else if (!ctx.hasRole('platform_admin')) throw forbidden('您不是供应商人员');
    return qb.orderBy('o.created_at', 'ASC').addOrderBy('o.id', 'ASC').take(200).getMany();
  }

  async issuedByOrderIds(ids: readonly string[]): Promise<(IssuedInvoice | null)[]> {
    const rows = ids.length ? await this.db.getRepository(IssuedInvoice).find({ where: { orderId: In([...ids]) } }) : [];
    return groupByKeys(ids, rows, (r) => r.orderId).map((g) => g[0] ?? null);
  }

  /** The supplier's staff issue by uploading the PDF/OFD they issued. Nothing is written when it is refused. */
  async issueUpload(
    ctx: RequestContext,
    orderId: string,
    invoiceNo: string | undefined,
    file: { buffer: Buffer; size: number } | undefined,
  ): Promise<IssuedInvoice> {
    const order = await this.issuable(ctx, orderId);
    const noProblem = invoiceNoProblem(invoiceNo);
    if (noProblem) throw badInput(noProblem, 'invoiceNo');
    if (!file || file.size === 0) throw badInvoiceFile('请选择发票文件（PDF 或 OFD）');
    const format = sniffInvoiceFile(file.buffer);
    if (!format) throw badInvoiceFile('发票文件应为 PDF 或 OFD 格式');
    return this.record(ctx, order, (invoiceNo ?? '').trim(), format, file.buffer, 'upload');
  }

  /** The supplier's staff issue through the configured 数电票 platform. */
  async issueThroughProvider(ctx: RequestContext, orderId: string): Promise<IssuedInvoice> {
    if (!this.issuer) throw issuerUnavailable();
    const order = await this.issuable(ctx, orderId);
    const lines = await this.db.getRepository(OrderLine).find({ where: { orderId: order.id }, order: { productName: 'ASC', id: 'ASC' } });
    const supplierName = (await this.catalog.supplierNames([order.supplierId])).get(order.supplierId) ?? '';
    let result;
    try {
      result = await this.issuer.issue({
        orderNo: order.orderNo,
        supplierId: order.supplierId,
        supplierName,
        buyer: readInvoiceRequest(order.invoice)!,
        lines: lines.map((l) => ({
          name: l.productName,
          spec: l.skuSpec,
          quantity: l.quantity,
          unitPriceFen: l.unitPriceFen,
          amountFen: l.amountFen,
        })),
        shippingFen: order.shippingFen,
        totalFen: order.totalFen,
      });
    } catch (e) {
      if (e instanceof InvoiceIssuerError) throw issuerFailed(e.message);
      throw e;
    }
    const noProblem = invoiceNoProblem(result.invoiceNo);
    if (noProblem || !sniffInvoiceFile(result.bytes)) throw issuerFailed('开票平台返回的发票号码或文件无效');
    return this.record(ctx, order, result.invoiceNo, result.format, result.bytes, 'provider');
  }

  /** The file, for the order's buyer, its unit's admin, its supplier's staff and the platform finance desk only. */
  async download(ctx: RequestContext, orderId: string): Promise<InvoiceDownload> {
    const user = ctx.requireUser();
    const order = await this.findOrder(orderId);
    const unitAdmin = !!order.unitId && ctx.grantsFor('unit_admin').some((g) => g.unitId === order.unitId);
    if (order.buyerId !== user.id && !unitAdmin && !ctx.canActForSupplier(order.supplierId) && !ctx.financeDeskRole())
      throw notFound('订单不存在');
    const issued = await this.db.getRepository(IssuedInvoice).findOne({ where: { orderId: order.id } });
    if (!issued) throw notFound('该订单的发票尚未开具');
    const obj = await this.store.get(issued.fileKey);
    if (!obj?.body) throw notFound('发票文件暂时无法读取，请稍后重试');
    return {
      fileName: `发票-${order.orderNo}-${issued.invoiceNo}.${issued.format}`,
      contentType: INVOICE_CONTENT_TYPES[issued.format],
      bytes: obj.body,
    };
  }

  private async findOrder(orderId: string): Promise<Order> {
    if (!isUuid(orderId)) throw notFound('订单不存在');
    const order = await this.db.getRepository(Order).findOne({ where: { id: orderId } });
    if (!order) throw notFound('订单不存在');
    return order;
  }

  /** The order if the caller's supplier may issue its invoice now (another supplier's order is not found, as in `visibleOrder`). */
  private async issuable(ctx: RequestContext, orderId: string): Promise<Order> {
    const order = await this.orders.visibleOrder(ctx, orderId);
    if (!ctx.canActForSupplier(order.supplierId)) throw forbidden('只能为本供应商的订单开票');
    if (!order.invoice) throw invoiceNotRequested();
    if (CLOSED.has(order.status) || order.status === 'pending_payment') throw invalidState(order.status, '开票');
    const issued = await this.db.getRepository(IssuedInvoice).findOne({ where: { orderId: order.id } });
    if (issued) throw invoiceAlreadyIssued(issued.invoiceNo);
    return order;
  }

  /** Stores the file, then the row under the order's lock; a refusal after storing removes the file again. */
  private async record(
    ctx: RequestContext,
    order: Order,
    invoiceNo: string,
    format: InvoiceFileFormat,
    bytes: Buffer,
    via: 'upload' | 'provider',
  ): Promise<IssuedInvoice> {
    const user = ctx.requireUser();
    const id = randomUUID();
    const key = `invoices/${id.slice(0, 2)}/${id}.${format}`;
    await this.store.put(key, bytes, INVOICE_CONTENT_TYPES[format]);
    try {
      return await this.db.transaction(async (em) => {
        await queryNamed(em, LOCK_ORDER, { orderId: order.id });
        const existing = await em.getRepository(IssuedInvoice).findOne({ where: { orderId: order.id } });
        if (existing) throw invoiceAlreadyIssued(existing.invoiceNo);
        const sameNo = await em.getRepository(IssuedInvoice).findOne({ where: { supplierId: order.supplierId, invoiceNo } });
        if (sameNo) throw badInput('该发票号码已用于本供应商的另一张订单', 'invoiceNo');
        const request = readInvoiceRequest(order.invoice)!;
        await this.notifications.send(em, [order.buyerId], {
          kind: 'order.invoice_issued',
          title: `订单 ${order.orderNo} 的发票已开具`,
          body: `${INVOICE_KIND_LABEL[request.kind]}，发票号码 ${invoiceNo}，可在订单页下载`,
          refType: 'order',
          refId: order.id,
        });
        return em.getRepository(IssuedInvoice).save(
          em.getRepository(IssuedInvoice).create({
            id,
            orderId: order.id,
            supplierId: order.supplierId,
            unitId: order.unitId,
            invoiceNo,
            kind: request.kind,
            title: request.title,
            format,
            fileKey: key,
            fileBytes: bytes.length,
            sha256: createHash('sha256').update(bytes).digest('hex'),
            issuedVia: via,
            issuedBy: user.id,
            issuedAt: ctx.now,
          }),
        );
      });
    } catch (e) {
      await this.store.remove(key).catch(() => undefined);
      // Two issues of one order (or one number) racing: the unique indexes refuse the second.
      if (e instanceof QueryFailedError && (e as QueryFailedError & { code?: string }).code === '23505')
        throw invoiceAlreadyIssued(invoiceNo);
      throw e;
    }
  }
}
