import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CatalogService } from '@yigou/server/catalog';
import { CellValue, writeWorkbook } from '@yigou/server/spreadsheet';
import { WorkUnitService } from '@yigou/server/identity';
import { badInput, forbidden, notFound, RequestContext } from '@yigou/server/core';
import { fenToRmbUppercase } from '@yigou/shared/money';
import { countingStatus } from './counting-status';
import { INVOICE_KIND_LABEL, InvoiceKind, readInvoiceRequest } from '../dto/invoice-request';
import { ProcurementList, ProcurementListFile, ProcurementListOrder, UnitInvoice } from '../dto/procurement-list.types';
import { isUuid } from '@yigou/shared/validation';
import { shanghaiMonthRange as monthRange, shanghaiParts } from '@yigou/shared/time';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface OrderRow {
  id: string;
  order_no: string;
  unit_id: string | null;
  buyer_id: string;
  supplier_id: string;
  status: string;
  payment_status: string;
  shipping_fen: string;
  total_fen: string;
  paid_fen: string;
  refunded_fen: string;
  invoice: Record<string, string> | null;
  created_at: Date;
  invoice_no: string | null;
  invoice_kind: string | null;
  lines: { productName: string; spec: string; quantity: number; unitPriceFen: number; amountFen: number; certified: boolean }[];
}

/** The month's [start, end) in Shanghai time, from "YYYY-MM". */
export function shanghaiMonthRange(month: string): { from: Date; to: Date } {
  if (!MONTH.test(month)) throw badInput('月份格式应为 YYYY-MM', 'month');
  return monthRange(month);
}

/** 报销材料: the 采购清单 of one order or of a unit's month, as a page's data and as XLSX; the unit's invoices of a month. */
@Injectable()
export class ProcurementListService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly catalog: CatalogService,
    private readonly units: WorkUnitService,
  ) {}

  /** One order: for its buyer, its unit's admin and the platform finance desk. */
  async forOrder(ctx: RequestContext, orderId: string): Promise<ProcurementList> {
    const user = ctx.requireUser();
    if (!isUuid(orderId)) throw notFound('订单不存在');
    const rows = await this.rows('o.id = $1', [orderId]);
    const o = rows[0];
    if (!o) throw notFound('订单不存在');
    const unitAdmin = !!o.unit_id && this.isUnitAdmin(ctx, o.unit_id);
    if (o.buyer_id !== user.id && !unitAdmin && !ctx.financeDeskRole()) throw notFound('订单不存在');
    const unitName = o.unit_id ? await this.unitName(o.unit_id) : null;
    return this.list(ctx, `采购清单（订单 ${o.order_no}）`, unitName, null, rows);
  }

  /**
   * A unit's month (orders placed in the Shanghai month, not cancelled or unpaid): every order for the unit's
   * admin and the platform finance desk; a purchaser or buyer of the unit gets the orders they placed themselves.
   */
  async forUnitMonth(ctx: RequestContext, unitId: string, month: string): Promise<ProcurementList> {
    const user = ctx.requireUser();
    const { from, to } = shanghaiMonthRange(month);
    if (!isUuid(unitId)) throw notFound('单位不存在');
    const unitName = await this.unitName(unitId);
    if (unitName === null) throw notFound('单位不存在');
    const all = this.isUnitAdmin(ctx, unitId) || !!ctx.financeDeskRole();
    const member =
      ctx.grantsFor('unit_purchaser').some((g) => g.unitId === unitId) || ctx.grantsFor('buyer').some((g) => g.unitId === unitId);
    if (!all && !member) throw forbidden('只能导出本单位的采购清单');
    const where = `o.unit_id = $1 AND o.created_at >= $2 AND o.created_at < $3 AND o.status NOT IN ('cancelled', 'pending_payment')${all ? '' : ' AND o.buyer_id = $4'}`;
    const rows = await this.rows(where, all ? [unitId, from, to] : [unitId, from, to, user.id]);
    const [y, m] = month.split('-');
    return this.list(ctx, `${unitName} ${y} 年 ${Number(m)} 月消费帮扶采购清单`, unitName, month, rows);
  }

  /** The unit's invoices issued in a Shanghai month: for its admin and the platform finance desk. */
  async unitInvoices(ctx: RequestContext, unitId: string, month: string): Promise<UnitInvoice[]> {
    ctx.requireUser();
    const { from, to } = shanghaiMonthRange(month);
    if (!isUuid(unitId)) throw notFound('单位不存在');
    if (!this.isUnitAdmin(ctx, unitId) && !ctx.financeDeskRole()) throw forbidden('只有本单位管理员可以查看单位发票');
    const rows: {
      order_id: string;
      order_no: string;
      supplier_id: string;
      invoice_no: string;
      kind: string;
      title: string;
      format: string;
      total_fen: string;
      issued_at: Date;
    }[] = await this.db.query(
      `SELECT i.order_id, o.order_no, i.supplier_id, i.invoice_no, i.kind, i.title, i.format, o.total_fen, i.issued_at
         FROM order_invoice i JOIN shop_order o ON o.id = i.order_id
        WHERE i.unit_id = $1 AND i.issued_at >= $2 AND i.issued_at < $3
        ORDER BY i.issued_at, i.id`,
      [unitId, from, to],
    );
    const suppliers = await this.catalog.supplierNames([...new Set(rows.map((r) => r.supplier_id))]);
    return rows.map((r) => ({
      orderId: r.order_id,
      orderNo: r.order_no,
      supplierName: suppliers.get(r.supplier_id) ?? '',
      invoiceNo: r.invoice_no,
      kind: r.kind,
      title: r.title,
      format: r.format,
      totalFen: Number(r.total_fen),
      issuedAt: r.issued_at,
    }));
  }

  async xlsx(list: ProcurementList): Promise<ProcurementListFile> {
    const yuan = (fen: number) => fen / 100;
    const money = '#,##0.00';
    const rows: CellValue[][] = [];
    const mergeDown: { from: number; to: number; columns: number[] }[] = [];
    list.orders.forEach((o, i) => {
      const from = rows.length;
      o.lines.forEach((l, k) => {
        const head = k === 0;
        rows.push([
          head ? i + 1 : null,
          head ? o.orderNo : null,
          head ? o.placedOn : null,
          head ? o.supplierName : null,
          l.productName,
          l.spec,
          l.quantity,
          yuan(l.unitPriceFen),
          yuan(l.amountFen),
          head ? yuan(o.shippingFen) : null,
          head ? yuan(o.totalFen) : null,
          head ? yuan(o.refundedFen) : null,
          head ? yuan(o.netFen) : null,
          head ? (o.invoiceNo ?? '') : null,
          head ? o.invoiceStatus : null,
          head ? o.countingStatus : null,
        ]);
      });
      // an order's own cells stand once beside its lines
      mergeDown.push({ from, to: rows.length - 1, columns: [1, 2, 3, 4, 10, 11, 12, 13, 14, 15, 16] });
    });
    const file = await writeWorkbook([
      {
        name: '采购清单',
        title: list.title,
        above: [
          {
            cells: [
              list.unitName ? `采购单位：${list.unitName}` : '',
              // 12 empty cells: the date stands in the 14th column
              ...Array<string>(12).fill(''),
              `制表时间：${shanghaiParts(list.generatedAt).day}`,
            ],
          },
        ],
        columns: [
          { header: '序号', width: 6 },
          { header: '订单号', width: 20 },
          { header: '下单日期', width: 12 },
          { header: '供应商', width: 28 },
          { header: '商品', width: 22 },
          { header: '规格', width: 14 },
          { header: '数量', width: 8 },
          { header: '单价（元）', width: 12, numFmt: money },
          { header: '金额（元）', width: 12, numFmt: money },
          { header: '运费（元）', width: 10, numFmt: money },
          { header: '订单金额（元）', width: 14, numFmt: money },
          { header: '退款（元）', width: 10, numFmt: money },
          { header: '实付（元）', width: 14, numFmt: money },
          { header: '发票号码', width: 22 },
          { header: '发票状态', width: 20 },
          { header: '以购代捐计入', width: 30 },
        ],
        rows,
        mergeDown,
        below: [
          { cells: ['合计', '', '', '', '', '', '', '', '', '', '', '', yuan(list.totalFen)], bold: true },
          { cells: [`合计金额（大写）：${list.totalUppercase}`], bold: true, mergeAcross: true },
          { cells: [] },
          { cells: ['经办人：', '', '', '审核人：', '', '', '', '单位负责人：'] },
        ],
        landscape: true,
      },
    ]);
    return { filename: `${list.title.replace(/[\\/:*?"<>|\s]+/g, '')}.xlsx`, mimeType: XLSX_TYPE, contentBase64: file.toString('base64') };
  }

  private isUnitAdmin(ctx: RequestContext, unitId: string): boolean {
    return ctx.grantsFor('unit_admin').some((g) => g.unitId === unitId);
  }

  private async unitName(unitId: string): Promise<string | null> {
    return (await this.units.unitsByIds([unitId]))[0]?.name ?? null;
  }

  private rows(where: string, params: unknown[]): Promise<OrderRow[]> {
    return this.db.query(
      `SELECT o.id, o.order_no, o.unit_id, o.buyer_id, o.supplier_id,
              o.status, o.payment_status, o.shipping_fen, o.total_fen, o.paid_fen, o.refunded_fen, o.invoice, o.created_at,
              i.invoice_no, i.kind AS invoice_kind,
              (SELECT COALESCE(jsonb_agg(jsonb_build_object('productName', l.product_name, 'spec', l.sku_spec, 'quantity', l.quantity,
                        'unitPriceFen', l.unit_price_fen, 'amountFen', l.amount_fen, 'certified', l.certified) ORDER BY l.product_name, l.id), '[]')
                 FROM order_line l WHERE l.order_id = o.id) AS lines
         FROM shop_order o
         LEFT JOIN order_invoice i ON i.order_id = o.id
        WHERE ${where}
        ORDER BY o.created_at, o.id
        LIMIT 2000`,
      params,
    );
  }

  private async list(
    ctx: RequestContext,
    title: string,
    unitName: string | null,
    month: string | null,
    rows: OrderRow[],
  ): Promise<ProcurementList> {
    const suppliers = await this.catalog.supplierNames([...new Set(rows.map((r) => r.supplier_id))]);
    const orders: ProcurementListOrder[] = rows.map((r) => {
      const totalFen = Number(r.total_fen);
      const refundedFen = Number(r.refunded_fen);
      const request = readInvoiceRequest(r.invoice);
      const kindLabel = (k: string | null | undefined) => (k ? (INVOICE_KIND_LABEL[k as InvoiceKind] ?? '') : '');
      return {
        orderId: r.id,
        orderNo: r.order_no,
        placedOn: shanghaiParts(r.created_at).day,
        supplierName: suppliers.get(r.supplier_id) ?? '',
        lines: r.lines.map((l) => ({ ...l, unitPriceFen: Number(l.unitPriceFen), amountFen: Number(l.amountFen) })),
        shippingFen: Number(r.shipping_fen),
        totalFen,
        refundedFen,
        netFen: totalFen - refundedFen,
        invoiceNo: r.invoice_no,
        invoiceStatus: r.invoice_no
          ? `已开具${kindLabel(r.invoice_kind)}`
          : request
            ? `已申请${kindLabel(request.kind)}，待开具`
            : '未申请',
        countingStatus: countingStatus({
          unitId: r.unit_id,
          status: r.status,
          paymentStatus: r.payment_status,
          paidFen: Number(r.paid_fen),
          refundedFen,
          lines: r.lines,
        }),
      };
    });
    const totalFen = orders.reduce((s, o) => s + o.netFen, 0);
    return { title, unitName, month, orders, totalFen, totalUppercase: fenToRmbUppercase(totalFen), generatedAt: ctx.now.toISOString() };
  }
}
