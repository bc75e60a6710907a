import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { queryNamed } from '@yigou/server/database';
import { CatalogService } from '@yigou/server/catalog';
import { CellValue, writeWorkbook } from '@yigou/server/spreadsheet';
import { WorkUnitService } from '@yigou/server/identity';
import { badInput, forbidden, notFound, RequestContext } from '@yigou/server/core';
import { fenToRmbUppercase } from '@yigou/shared/money';
import { countingStatus } from './counting-status';
import { procurementListTooLong } from '../../errors';
import { INVOICE_KIND_LABEL, InvoiceKind, readInvoiceRequest } from '../dto/invoice-request';
import { ProcurementList, ProcurementListFile, ProcurementListOrder, UnitInvoice } from '../dto/procurement-list.types';
import { isUuid } from '@yigou/shared/validation';
import {
  PROCUREMENT_ORDER,
  PROCUREMENT_UNIT_MONTH,
  PROCUREMENT_UNIT_MONTH_OF_BUYER,
  ProcurementOrderRow,
  UNIT_INVOICES,
} from '../sql/procurement-list.sql';
import { shanghaiMonthRange as monthRange, shanghaiParts } from '@yigou/shared/time';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

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

  /** The most orders one 采购清单 lists; a month with more is refused (the tests lower it). */
  maxOrders = 10_000;

  /** One order: for its buyer, its unit's admin and the platform finance desk. */
  async forOrder(ctx: RequestContext, orderId: string): Promise<ProcurementList> {
    const user = ctx.requireUser();
    if (!isUuid(orderId)) throw notFound('订单不存在');
    const rows = await queryNamed(this.db, PROCUREMENT_ORDER, { orderId, limit: 1 });
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
    const limit = this.maxOrders + 1;
    const rows = all
      ? await queryNamed(this.db, PROCUREMENT_UNIT_MONTH, { unitId, from, to, limit })
      : await queryNamed(this.db, PROCUREMENT_UNIT_MONTH_OF_BUYER, { unitId, from, to, buyerId: user.id, limit });
    // A 采购清单 is signed with its 合计: one cut short would state a wrong total, so a month too long is refused.
    if (rows.length > this.maxOrders) throw procurementListTooLong(this.maxOrders);
    const [y, m] = month.split('-');
    return this.list(ctx, `${unitName} ${y} 年 ${Number(m)} 月消费帮扶采购清单`, unitName, month, rows);
  }

  /** The unit's invoices issued in a Shanghai month: for its admin and the platform finance desk. */
  async unitInvoices(ctx: RequestContext, unitId: string, month: string): Promise<UnitInvoice[]> {
    ctx.requireUser();
    const { from, to } = shanghaiMonthRange(month);
    if (!isUuid(unitId)) throw notFound('单位不存在');
    if (!this.isUnitAdmin(ctx, unitId) && !ctx.financeDeskRole()) throw forbidden('只有本单位管理员可以查看单位发票');
    const rows = await queryNamed(this.db, UNIT_INVOICES, { unitId, from, to });
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

  private async list(
    ctx: RequestContext,
    title: string,
    unitName: string | null,
    month: string | null,
    rows: ProcurementOrderRow[],
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
