import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DAY_MS, isCalendarDate, shanghaiDate, shanghaiDayRange } from '@yigou/shared/time';
import { badInput, forbidden, RequestContext } from '@yigou/server/core';
import { JobScheduler, withAdvisoryLock } from '@yigou/server/jobs';
import { queryNamed } from '@yigou/server/database';
import { OrderPayments, RefundOfDay } from '@yigou/server/orders';
import type { Fen } from '@yigou/shared/money';
import { PaymentLedger } from './payment-ledger.service';
import { PAYMENT_PROVIDERS, PaymentProvider, ProviderPaymentState, ProviderRefundState, ProviderUnreachable } from './payment-provider';
import { RefundSender } from './refund-sender.service';
import * as SQL from '../sql/provider-reconciliation.sql';
import {
  DIFFERENCE_LABELS,
  DifferenceKind,
  PaymentProviderStatus,
  ProviderDifference,
  ProviderReconciliationDesk,
  ProviderReconciliationRun,
} from '../dto/provider-reconciliation.types';

/** The daily job's name on the cluster schedule. */
export const PROVIDER_RECONCILIATION_JOB = 'payments.provider-reconciliation';
const LOCK = 4_420_015;

type Difference = {
  kind: DifferenceKind;
  attemptId?: string;
  refundId?: string;
  providerRef: string | null;
  orderIds: string[];
  oursFen: number | null;
  theirsFen: number | null;
  oursState: string | null;
  theirsState: string | null;
  action: string | null;
};

/**
 * The daily provider reconciliation (docs/payments.md): for every live provider that answers `queryPayment`, each
 * attempt and online refund of one Shanghai day is asked of the provider and compared with our ledger. A payment the
 * provider has but we never recorded (its notification was lost, or the API stopped between the provider's success
 * and our write) is completed through PaymentLedger with the reconciliation's own notice id `reconcile:<attempt>`,
 * so it applies once, whatever runs again or arrives later; the ledger's amount check still applies. Everything
 * else is listed for finance. Runs at 03:00 Shanghai for the day before, once per cluster (JobScheduler).
 */
@Injectable()
export class ProviderReconciliationService implements OnModuleInit {
  private readonly log = new Logger('ProviderReconciliation');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(PAYMENT_PROVIDERS) private readonly providers: PaymentProvider[],
    private readonly ledger: PaymentLedger,
    private readonly sender: RefundSender,
    private readonly scheduler: JobScheduler,
    private readonly orders: OrderPayments,
  ) {}

  onModuleInit(): void {
    // 03:00 Shanghai (19:00 UTC); a cluster that was down then catches up within the day
    this.scheduler.register({
      name: PROVIDER_RECONCILIATION_JOB,
      cron: '0 19 * * *',
      backfillMs: DAY_MS,
      run: (now) => this.runDaily(now),
    });
  }

  /** The scheduled run: the Shanghai day before `now`, each provider once (a day already reconciled is skipped). */
  async runDaily(now: Date): Promise<ProviderReconciliationRun[]> {
    const day = shanghaiDate(new Date(now.getTime() - DAY_MS));
    return this.run(day, 'daily', now);
  }

  /** Finance: reconcile a day now (default: yesterday, Shanghai). */
  async runManually(ctx: RequestContext, day: string | null): Promise<ProviderReconciliationRun[]> {
    this.requireDesk(ctx);
    const d = day ?? shanghaiDate(new Date(ctx.now.getTime() - DAY_MS));
    if (!isCalendarDate(d)) throw badInput('日期格式应为 YYYY-MM-DD');
    if (d > shanghaiDate(ctx.now)) throw badInput('不能对账未来的日期');
    return this.run(d, 'manual', ctx.now);
  }

  async desk(ctx: RequestContext): Promise<ProviderReconciliationDesk> {
    this.requireDesk(ctx);
    const runs = await this.latestRuns();
    return { runs, differences: await this.differencesOf(runs.map((r) => r.id)) };
  }

  /** Platform admin: which providers are live, when each last notified us, its last reconciliation. */
  async providerStatus(ctx: RequestContext): Promise<PaymentProviderStatus[]> {
    if (!ctx.hasRole('platform_admin')) throw forbidden('只有平台管理员可以查看支付渠道状态');
    const runs = new Map((await this.latestRuns()).map((r) => [r.provider, r]));
    const notified = await queryNamed(this.db, SQL.LAST_NOTIFICATIONS, {});
    const last = new Map(notified.map((n) => [n.provider, n.at]));
    return this.providers.map((p) => {
      const run = runs.get(p.name);
      return {
        name: p.name,
        label: p.label,
        live: p.available,
        reconciles: typeof p.queryPayment === 'function',
        lastNotificationAt: last.get(p.name) ?? null,
        lastReconciliationAt: run?.finishedAt ?? null,
        lastReconciliationDifferences: run ? run.differenceCount : null,
        lastReconciliationError: run?.error ?? null,
      };
    });
  }

  private requireDesk(ctx: RequestContext): void {
    ctx.requireUser();
    if (!ctx.financeDeskRole()) throw forbidden('仅平台财务可以处理');
  }

  private latestRuns(): Promise<ProviderReconciliationRun[]> {
    return queryNamed(this.db, SQL.LATEST_RUNS, {});
  }

  private async differencesOf(runIds: string[]): Promise<ProviderDifference[]> {
    if (runIds.length === 0) return [];
    const rows = await queryNamed(this.db, SQL.DIFFERENCES_OF_RUNS, { runIds });
    return rows.map((r) => ({
      ...r,
      kindLabel: DIFFERENCE_LABELS[r.kind as DifferenceKind] ?? r.kind,
      oursFen: r.oursFen === null ? null : (Number(r.oursFen) as Fen),
      theirsFen: r.theirsFen === null ? null : (Number(r.theirsFen) as Fen),
    }));
  }

  /** Reconciles `day` for every live provider that can be queried; one run at a time in the cluster. */
  async run(day: string, trigger: 'daily' | 'manual', now: Date): Promise<ProviderReconciliationRun[]> {
    const ids = await withAdvisoryLock(this.db, LOCK, async () => {
      const out: string[] = [];
      for (const p of this.providers) {
        if (!p.available || typeof p.queryPayment !== 'function') continue;
        if (trigger === 'daily' && (await queryNamed(this.db, SQL.DAILY_RUN_EXISTS, { provider: p.name, day })).length) continue;
        out.push(await this.runProvider(p, day, trigger, now));
      }
      return out;
    });
    if (ids === null) throw badInput('渠道对账正在进行，请稍后再试');
    return ids.length ? queryNamed(this.db, SQL.RUNS_BY_ID, { ids }) : [];
  }

  private async runProvider(p: PaymentProvider, day: string, trigger: string, now: Date): Promise<string> {
    const [{ id: runId }] = await queryNamed(this.db, SQL.START_RUN, { provider: p.name, day, trigger, startedAt: now });
    const { from, to: until } = shanghaiDayRange(day);
    const diffs: Difference[] = [];
    let attempts: SQL.AttemptRow[] = [];
    let refunds: RefundOfDay[] = [];
    let error: string | null = null;
    try {
      attempts = await queryNamed(this.db, SQL.ATTEMPTS_OF_DAY, { provider: p.name, from, until });
      for (const a of attempts) {
        const d = await this.checkAttempt(p, a, now);
        if (d) diffs.push(d);
      }
      refunds = await this.orders.refundsOfDay({ method: p.name, from, until });
      for (const r of refunds) {
        const d = await this.checkRefund(p, r, now);
        if (d) diffs.push(d);
      }
    } catch (e) {
      error = (e instanceof Error ? e.message : String(e)).slice(0, 1000);
      this.log.error(`${p.name} ${day}: ${error}`);
    }
    const orderNos = await this.orders.orderNos(diffs.flatMap((d) => d.orderIds));
    for (const d of diffs) {
      await queryNamed(this.db, SQL.ADD_DIFFERENCE, {
        runId,
        provider: p.name,
        kind: d.kind,
        attemptId: d.attemptId ?? null,
        refundId: d.refundId ?? null,
        providerRef: d.providerRef,
        orderNos: d.orderIds.map((o) => orderNos.get(o) ?? o),
        oursFen: d.oursFen,
        theirsFen: d.theirsFen,
        oursState: d.oursState,
        theirsState: d.theirsState,
        action: d.action,
      });
    }
    await queryNamed(this.db, SQL.FINISH_RUN, {
      id: runId,
      finishedAt: new Date(),
      attemptsChecked: attempts.length,
      refundsChecked: refunds.length,
      differenceCount: diffs.length,
      error,
    });
    if (diffs.length) this.log.warn(`${p.name} ${day}: ${diffs.length} differences`);
    return runId;
  }

  private async checkAttempt(p: PaymentProvider, a: SQL.AttemptRow, now: Date): Promise<Difference | null> {
    const ours = { attemptId: a.id, orderIds: a.orderIds, oursState: a.status };
    let theirs: ProviderPaymentState | null;
    try {
      theirs = await (p.queryPayment as NonNullable<PaymentProvider['queryPayment']>)({ id: a.id, providerPaymentId: a.providerPaymentId });
    } catch (e) {
      if (!(e instanceof ProviderUnreachable)) throw e;
      return {
        ...ours,
        kind: 'unreachable',
        providerRef: a.providerPaymentId,
        oursFen: Number(a.amountFen),
        theirsFen: null,
        theirsState: null,
        action: e.message.slice(0, 300),
      };
    }
    const paidThere = theirs?.state === 'succeeded';
    const ref = theirs?.providerPaymentId ?? a.providerPaymentId;
    if (paidThere && (a.status === 'created' || a.status === 'failed' || a.status === 'canceled')) {
      // the lost notification, supplied by the provider's own answer: the ledger applies it once (its id is fixed)
      const result = await this.ledger.record(
        {
          provider: p.name,
          eventId: `reconcile:${a.id}`,
          type: 'reconciliation.payment_succeeded',
          kind: 'succeeded',
          providerPaymentId: theirs?.providerPaymentId ?? a.providerPaymentId,
          attemptId: a.id,
          amountFen: theirs?.amountFen ?? null,
          currency: theirs?.currency ?? null,
          message: null,
          occurredAt: theirs?.paidAt ?? null,
        },
        now,
      );
      return {
        ...ours,
        kind: 'paid_there_not_here',
        providerRef: ref,
        oursFen: null,
        theirsFen: theirs?.amountFen ?? null,
        theirsState: theirs?.state ?? null,
        action: result,
      };
    }
    const receivedHere = a.status === 'succeeded' || a.status === 'needs_review';
    if (
      paidThere &&
      receivedHere &&
      (Number(a.receivedFen) !== theirs?.amountFen || (a.receivedCurrency ?? '').toLowerCase() !== (theirs?.currency ?? '').toLowerCase())
    ) {
      return {
        ...ours,
        kind: 'amount_differs',
        providerRef: ref,
        oursFen: a.receivedFen === null ? null : Number(a.receivedFen),
        theirsFen: theirs?.amountFen ?? null,
        theirsState: theirs?.state ?? null,
        action: null,
      };
    }
    if (a.status === 'succeeded' && !paidThere) {
      return {
        ...ours,
        kind: 'here_not_there',
        providerRef: ref,
        oursFen: a.receivedFen === null ? null : Number(a.receivedFen),
        theirsFen: null,
        theirsState: theirs?.state ?? 'none',
        action: null,
      };
    }
    return null;
  }

  private async checkRefund(p: PaymentProvider, r: RefundOfDay, now: Date): Promise<Difference | null> {
    const ours = { refundId: r.id, orderIds: [r.orderId], oursFen: Number(r.amountFen) };
    let theirs: ProviderRefundState | null;
    try {
      theirs = await p.findRefund({
        refundId: r.id,
        orderId: r.orderId,
        providerPaymentId: r.providerPaymentId,
        providerRefundId: r.providerRefundId,
        amountFen: Number(r.amountFen) as Fen,
        currency: 'cny',
      });
    } catch (e) {
      if (!(e instanceof ProviderUnreachable)) throw e;
      return {
        ...ours,
        kind: 'unreachable',
        providerRef: r.providerRefundId,
        oursState: r.status,
        theirsFen: null,
        theirsState: null,
        action: e.message.slice(0, 300),
      };
    }
    let status = r.status;
    if (status === 'pending' && theirs && theirs.state !== 'pending') {
      // the provider has settled it: the refund sender settles ours from the same query now (one path for every refund)
      await this.orders.wakeRefund(r.id);
      await this.sender.sendNow([r.id], now);
      status = (await this.orders.refundStatus(r.id)) ?? status;
    }
    const ref = theirs?.providerRefundId ?? r.providerRefundId;
    if (status === 'succeeded' && theirs?.state !== 'succeeded')
      return {
        ...ours,
        kind: 'refund_here_not_there',
        providerRef: ref,
        oursState: status,
        theirsFen: null,
        theirsState: theirs?.state ?? 'none',
        action: null,
      };
    if (status === 'failed' && theirs?.state === 'succeeded')
      return {
        ...ours,
        kind: 'refund_there_not_here',
        providerRef: ref,
        oursState: status,
        theirsFen: Number(r.amountFen),
        theirsState: theirs.state,
        action: null,
      };
    return null;
  }
}
