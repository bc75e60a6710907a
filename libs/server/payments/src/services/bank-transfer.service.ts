import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { queryNamed } from '@yigou/server/database';
import { applyDayRange, badInput, Connection, keysetPage, pageSize, RequestContext } from '@yigou/server/core';
import { isUuid } from '@yigou/shared/validation';
import { invalidState, Order, OrderLifecycle, OrderPayments } from '@yigou/server/orders';
import { formatFen, MoneyError, yuanToFen } from '@yigou/shared/money';
import { transferOverMatched } from '../errors';
import { BankTransfer } from '../entities/bank-transfer.entity';
import { TransferMatch } from '../entities/transfer-match.entity';
import { INSERT_MATCH, INSERT_TRANSFERS, TRANSFER_BY_TXN_NO } from '../sql/bank-transfer.sql';
import { isCalendarDate, startOfShanghaiDay } from '@yigou/shared/time';
import { decodeText, parseCsv, TableRow } from '@yigou/server/spreadsheet';
import { type TransferListArgs, transferSort } from './transfer-list';
import { DeskActor, requireDeskActor } from './desk-actor';

/** What someone other than the finance desk is told. */
const DESK_ONLY = '仅平台财务可以处理转账';

export interface TransferInput {
  bankTxnNo: string;
  payerName: string;
  payerAccount?: string | null;
  amountFen: number;
  memo?: string | null;
  receivedAt: Date;
}

export interface ImportResult {
  imported: number;
  duplicates: number;
  autoMatched: number;
  errors: string[];
  /** How the file was read (uploads only). */
  encoding: string | null;
}

/** The documented maximum of one statement. */
export const MAX_STATEMENT_ROWS = 5000;

const REF_PATTERN = /HK[23456789A-HJ-NP-Z]{10}/g;

/** The remittance references a memo names, once each. */
const refsIn = (memo: string | null | undefined): string[] => [...new Set(memo?.toUpperCase().match(REF_PATTERN) ?? [])];

/**
 * How a transfer's balance would pay the orders its memo names: in the given (order-number) order, each eligible
 * order (unpaid bank transfer, not cancelled or refunded) up to what it still owes, until the balance runs out.
 * The one rule behind auto-matching on import and the desk's suggestions.
 */
function allocateBalance(orders: Order[], balanceFen: number): { order: Order; owedFen: number; amountFen: number }[] {
  let left = balanceFen;
  const out: { order: Order; owedFen: number; amountFen: number }[] = [];
  for (const o of orders) {
    const owedFen = o.totalFen - o.paidFen;
    if (owedFen <= 0 || left <= 0 || o.paymentMethod !== 'bank_transfer' || o.status === 'cancelled' || o.status === 'refunded') continue;
    const amountFen = Math.min(owedFen, left);
    out.push({ order: o, owedFen, amountFen });
    left -= amountFen;
  }
  return out;
}

/**
 * 对公转账: finance records or imports incoming transfers and matches one
 * transfer to one or more orders. Partial amounts leave the order partly paid
 * (with what is still owed shown); an excess stays visible as the transfer's unmatched balance.
 */
@Injectable()
export class BankTransferService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly lifecycle: OrderLifecycle,
    private readonly orders: OrderPayments,
  ) {}

  /** 到账记录 of the finance desk: a page in the chosen order, optionally only those with a balance and received within days. */
  async list(ctx: RequestContext, args: TransferListArgs): Promise<Connection<BankTransfer>> {
    requireDeskActor(ctx, DESK_ONLY);
    const first = pageSize(args.first);
    const qb = this.db.getRepository(BankTransfer).createQueryBuilder('t');
    if (args.onlyOpen) qb.where('t.matched_fen < t.amount_fen');
    applyDayRange(qb, 't.received_at', args.from, args.to);
    const page = await keysetPage(qb, transferSort(args.sort, args.direction), first, args.after);
    await this.suggest(page.edges.map((e) => e.node));
    return page;
  }

  /**
   * For each transfer with a balance: the unpaid bank-transfer orders its memo names by 汇款识别码, in order-number
   * order, each with the amount a match would apply (the balance is spent in that order, as auto-matching does).
   * One query for the whole page.
   */
  private async suggest(transfers: BankTransfer[]): Promise<void> {
    const refsOf = new Map(transfers.map((t) => [t.id, t.matchedFen < t.amountFen ? refsIn(t.memo) : []]));
    const refs = [...new Set([...refsOf.values()].flat())];
    const orders = refs.length ? await this.orders.ordersByRemittanceRefs(refs, { open: true }) : [];
    for (const t of transfers) {
      const mine = new Set(refsOf.get(t.id));
      t.suggestions = allocateBalance(
        orders.filter((o) => mine.has(o.remittanceRef)),
        t.amountFen - t.matchedFen,
      ).map(({ order: o, owedFen, amountFen }) => ({
        orderId: o.id,
        orderNo: o.orderNo,
        remittanceRef: o.remittanceRef,
        owedFen,
        amountFen,
      }));
    }
  }

  async matchesOf(transferIds: readonly string[]): Promise<TransferMatch[]> {
    if (transferIds.length === 0) return [];
    return this.db
      .getRepository(TransferMatch)
      .createQueryBuilder('m')
      .where('m.transfer_id IN (:...ids)', { ids: [...transferIds] })
      .orderBy('m.created_at')
      .getMany();
  }

  async record(ctx: RequestContext, input: TransferInput): Promise<BankTransfer> {
    const actor = requireDeskActor(ctx, DESK_ONLY);
    this.check(input);
    const rows = await queryNamed(this.db, TRANSFER_BY_TXN_NO, { bankTxnNo: input.bankTxnNo.trim() });
    if (rows.length) throw badInput('该银行流水号已登记', 'bankTxnNo');
    return this.db.getRepository(BankTransfer).save({ ...this.clean(input), matchedFen: 0, recordedBy: actor.id });
  }

  /** A statement file as uploaded (UTF-8 or GBK/GB18030, detected). */
  async importFile(ctx: RequestContext, bytes: Buffer): Promise<ImportResult> {
    requireDeskActor(ctx, DESK_ONLY);
    const { text, encoding } = decodeText(bytes);
    return { ...(await this.importCsv(ctx, text)), encoding };
  }

  /**
   * CSV columns: 交易流水号,交易日期,付款人户名,付款账号,金额,附言 (amount in yuan); at most 5,000 rows.
   * All or nothing: a row in error imports nothing. Re-importing skips known rows (by 流水号). A memo naming
   * remittance references matches the transfer to those unpaid bank-transfer orders.
   */
  async importCsv(ctx: RequestContext, csv: string): Promise<ImportResult> {
    const actor = requireDeskActor(ctx, DESK_ONLY);
    let records: TableRow[];
    try {
      records = parseCsv(csv, { trim: true });
    } catch {
      throw badInput('文件不是有效的 CSV', 'csv');
    }
    if (records.length > 0 && /流水|txn/i.test(records[0].cells[0] ?? '')) records = records.slice(1);
    if (records.length > MAX_STATEMENT_ROWS) throw badInput(`一次最多导入 ${MAX_STATEMENT_ROWS} 行，本文件有 ${records.length} 行`, 'csv');
    const result: ImportResult = { imported: 0, duplicates: 0, autoMatched: 0, errors: [], encoding: null };
    const parsed: TransferInput[] = [];
    records.forEach(({ number: line, cells }) => {
      try {
        const [bankTxnNo, date, payerName, payerAccount, amount, memo] = cells;
        const day = (date ?? '').replace(/\//g, '-');
        if (!bankTxnNo || !payerName || !isCalendarDate(day)) throw new Error('流水号、日期或户名缺失');
        const receivedAt = startOfShanghaiDay(day);
        const input = {
          bankTxnNo,
          payerName,
          payerAccount: payerAccount || null,
          amountFen: yuanToFen((amount ?? '').replace(/,/g, '')),
          memo: memo || null,
          receivedAt,
        };
        this.check(input);
        parsed.push(input);
      } catch (e) {
        if (result.errors.length < 50)
          result.errors.push(`第 ${line} 行：${e instanceof MoneyError || e instanceof Error ? e.message : '格式错误'}`);
      }
    });
    if (result.errors.length) return result; // nothing half-written
    await this.db.transaction(async (em) => {
      const inserted: TransferInput[] = [];
      for (let i = 0; i < parsed.length; i += 1000) {
        const chunk = parsed.slice(i, i + 1000);
        const rows = await queryNamed(em, INSERT_TRANSFERS, {
          bankTxnNos: chunk.map((x) => x.bankTxnNo),
          payerNames: chunk.map((x) => x.payerName),
          payerAccounts: chunk.map((x) => x.payerAccount),
          amountsFen: chunk.map((x) => x.amountFen),
          memos: chunk.map((x) => x.memo),
          receivedAts: chunk.map((x) => x.receivedAt),
          recordedBy: actor.id,
        });
        const ids = new Map(rows.map((r) => [r.bank_txn_no, r.id]));
        for (const x of chunk) {
          const id = ids.get(x.bankTxnNo);
          if (id) {
            ids.delete(x.bankTxnNo); // a number repeated within the file counts once
            inserted.push({ ...x, id } as TransferInput & { id: string });
          }
        }
      }
      result.imported = inserted.length;
      result.duplicates = parsed.length - inserted.length;
      for (const input of inserted as (TransferInput & { id: string })[]) {
        if (await this.autoMatch(em, ctx, input, actor)) result.autoMatched++;
      }
    });
    return result;
  }

  /** Matches a new transfer to the unpaid bank-transfer orders its memo names, up to its amount. */
  private async autoMatch(
    em: EntityManager,
    ctx: RequestContext,
    input: TransferInput & { id: string },
    actor: DeskActor,
  ): Promise<boolean> {
    const refs = refsIn(input.memo);
    if (refs.length === 0) return false;
    const orders = await this.orders.ordersByRemittanceRefs(refs, { em });
    const allocations = allocateBalance(orders, input.amountFen).map((a) => ({ orderId: a.order.id, amountFen: a.amountFen }));
    if (allocations.length === 0) return false;
    await this.applyMatch(em, ctx, input.id, allocations, actor);
    return true;
  }

  async match(ctx: RequestContext, transferId: string, allocations: { orderId: string; amountFen: number }[]): Promise<BankTransfer> {
    const actor = requireDeskActor(ctx, DESK_ONLY);
    if (allocations.length === 0) throw badInput('请选择要匹配的订单', 'allocations');
    if (!isUuid(transferId)) throw badInput('转账记录不存在', 'transferId');
    return this.db.transaction((em) => this.applyMatch(em, ctx, transferId, allocations, actor));
  }

  private async applyMatch(
    em: EntityManager,
    ctx: RequestContext,
    transferId: string,
    allocations: { orderId: string; amountFen: number }[],
    actor: DeskActor,
  ): Promise<BankTransfer> {
    const transfer = await em
      .getRepository(BankTransfer)
      .createQueryBuilder('t')
      .where('t.id = :id', { id: transferId })
      .setLock('pessimistic_write')
      .getOne();
    if (!transfer) throw badInput('转账记录不存在', 'transferId');
    const total = allocations.reduce((s, a) => s + a.amountFen, 0);
    allocations.forEach((a, i) => {
      if (!Number.isSafeInteger(a.amountFen) || a.amountFen <= 0) throw badInput('匹配金额必须大于 0', `allocations.${i}.amountFen`);
    });
    if (new Set(allocations.map((a) => a.orderId)).size !== allocations.length) throw badInput('同一订单请只填写一次', 'allocations');
    if (transfer.matchedFen + total > transfer.amountFen) {
      throw transferOverMatched(
        `该笔转账仅剩 ${formatFen(transfer.amountFen - transfer.matchedFen)} 未匹配，不能再匹配 ${formatFen(total)}`,
        'allocations',
      );
    }
    const orders = await this.lifecycle.lock(
      em,
      allocations.map((a) => a.orderId),
    );
    const byId = new Map(orders.map((o) => [o.id, o]));
    for (const [i, a] of allocations.entries()) {
      const order = byId.get(a.orderId);
      if (!order) throw badInput('订单不存在', `allocations.${i}.orderId`);
      if (order.paymentMethod !== 'bank_transfer') throw badInput(`订单 ${order.orderNo} 不是对公转账订单`, `allocations.${i}.orderId`);
      // A cancelled order's transfer is still matched (whose money it is), then queued to be paid back.
      if (order.status === 'refunded') throw invalidState(order.status, '匹配转账');
      const owed = order.totalFen - order.paidFen;
      if (a.amountFen > owed)
        throw badInput(`订单 ${order.orderNo} 尚欠 ${formatFen(owed)}，匹配金额不能超过`, `allocations.${i}.amountFen`);
      const ins = await queryNamed(em, INSERT_MATCH, {
        transferId: transfer.id,
        orderId: order.id,
        amountFen: a.amountFen,
        actorId: actor.id,
      });
      if (ins.length === 0) throw transferOverMatched(`该笔转账已匹配过订单 ${order.orderNo}`, `allocations.${i}.orderId`);
      const note = `对公转账到账 ${formatFen(a.amountFen)}（流水 ${transfer.bankTxnNo}）`;
      if (order.status === 'cancelled') await this.lifecycle.transferAfterCancel(em, order, a.amountFen, actor, note, ctx.now);
      else await this.lifecycle.applyPayment(em, order, a.amountFen, actor, note, ctx.now);
    }
    transfer.matchedFen += total;
    await em.getRepository(BankTransfer).update(transfer.id, { matchedFen: transfer.matchedFen });
    return transfer;
  }

  private check(input: TransferInput): void {
    if (!input.bankTxnNo?.trim() || input.bankTxnNo.length > 64) throw badInput('请填写银行流水号', 'bankTxnNo');
    if (!input.payerName?.trim()) throw badInput('请填写付款人户名', 'payerName');
    if (!Number.isSafeInteger(input.amountFen) || input.amountFen <= 0) throw badInput('金额必须大于 0', 'amountFen');
  }

  private clean(input: TransferInput): Omit<TransferInput, never> {
    return {
      ...input,
      bankTxnNo: input.bankTxnNo.trim(),
      payerName: input.payerName.trim(),
      payerAccount: input.payerAccount?.trim() || null,
      memo: input.memo?.trim() || null,
    };
  }
}
