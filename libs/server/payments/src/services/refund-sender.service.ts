import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@yigou/server/core';
import { JobScheduler, withAdvisoryLock } from '@yigou/server/jobs';
import { ORDER_REFUND_KINDS, OrderLifecycle, OrderPayments, SYSTEM } from '@yigou/server/orders';
import { formatFen } from '@yigou/shared/money';
import { PAYMENT_PROVIDERS, PaymentProvider, ProviderRefundState, ProviderRejected, ProviderUnreachable } from './payment-provider';

const SEND_LOCK = 4_420_014;
/** The periodic sweep's job name. */
export const REFUND_SWEEP_JOB = 'payments.refund-sweep';
const FIRST_RETRY_MS = 30_000;
const MAX_RETRY_MS = 3_600_000;

/** 30 s, 1 min, 2 min … at most an hour between tries. */
export const retryDelayMs = (attempts: number): number => Math.min(FIRST_RETRY_MS * 2 ** Math.max(attempts - 1, 0), MAX_RETRY_MS);

/**
 * Delivers online refunds to their provider until it gives a final answer. A refund row is its own pending
 * send (written with the refund, in the same transaction): `to_send` until the provider has it, `sent` while
 * the provider works on it, `unknown` after a timeout. Before sending again the provider is asked whether it
 * already has the refund (by its id, else by ours), so a timeout never becomes a second refund nor a failure.
 * Only the provider's own answer about this refund settles it. Sent right after commit by whoever created it,
 * and swept every minute by the cluster's job scheduler (graphile-worker cron: one process per tick; the advisory
 * lock still keeps a manual sweep and the job apart) for anything due.
 */
@Injectable()
export class RefundSender implements OnModuleInit {
  private readonly log = new Logger('RefundSender');
  private readonly byName: Map<string, PaymentProvider>;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(PAYMENT_PROVIDERS) providers: PaymentProvider[],
    private readonly lifecycle: OrderLifecycle,
    private readonly scheduler: JobScheduler,
    private readonly orders: OrderPayments,
  ) {
    this.byName = new Map(providers.map((p) => [p.name, p]));
  }

  onModuleInit(): void {
    // a process that starts after missed ticks catches up the last five minutes (one sweep per tick, cluster-wide)
    this.scheduler.register({ name: REFUND_SWEEP_JOB, cron: '* * * * *', backfillMs: 5 * 60_000, run: (now) => this.sweep(now) });
  }

  /** Right after the commit that created them; never throws (the sweep tries again). */
  async sendNow(ids: readonly string[], now = new Date()): Promise<void> {
    for (const id of ids) {
      await this.process(id, now).catch((e: unknown) => this.log.error(`refund ${id}: ${e instanceof Error ? e.message : String(e)}`));
    }
  }

  /** Every pending online refund that is due (never sent, not yet final, or waiting out a backoff). One process at a time. */
  async sweep(now: Date): Promise<number | null> {
    return withAdvisoryLock(this.db, SEND_LOCK, async () => {
      const due = await this.orders.dueOnlineRefundIds(now);
      await this.sendNow(due, now);
      return due.length;
    });
  }

  private async process(id: string, now: Date): Promise<void> {
    const refund = id ? await this.orders.refund(id) : null;
    if (!refund || refund.status !== 'pending' || !refund.sendState || !refund.providerPaymentId) return;
    const provider = this.byName.get(refund.method);
    const order = {
      refundId: refund.id,
      orderId: refund.orderId,
      providerPaymentId: refund.providerPaymentId,
      providerRefundId: refund.providerRefundId,
      amountFen: refund.amountFen,
      currency: 'cny',
    };
    let state: ProviderRefundState | null;
    try {
      if (!provider?.available) throw new ProviderUnreachable(`${refund.method} 未配置`);
      // Anything but a refund never sent may already be at the provider: ask first.
      state = refund.sendState === 'to_send' && refund.sendAttempts === 0 ? null : await provider.findRefund(order);
      state ??= await provider.sendRefund(order);
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      if (e instanceof ProviderRejected) {
        await this.settle(id, { state: 'failed', providerRefundId: refund.providerRefundId, message }, now);
        return;
      }
      await this.orders.refundSendUnanswered({
        id,
        nextSendAt: new Date(now.getTime() + retryDelayMs(refund.sendAttempts + 1)),
        lastError: `未得到结果，稍后查询：${message}`.slice(0, 500),
      });
      return;
    }
    await this.settle(id, state, now);
  }

  /** Applies the provider's answer about this refund, once (the row is locked and must still be pending). */
  private async settle(id: string, state: ProviderRefundState, now: Date): Promise<void> {
    await this.db.transaction(async (em) => {
      const refund = await this.orders.lockRefund(em, id);
      if (!refund || refund.status !== 'pending') return;
      const providerRefundId = state.providerRefundId ?? refund.providerRefundId;
      if (state.state === 'pending') {
        await this.orders.updateRefund(em, id, {
          providerRefundId,
          sendState: 'sent',
          sendAttempts: refund.sendAttempts + 1,
          nextSendAt: new Date(now.getTime() + retryDelayMs(refund.sendAttempts + 1)),
          lastError: null,
        });
        return;
      }
      const succeeded = state.state === 'succeeded';
      await this.orders.updateRefund(em, id, {
        providerRefundId,
        status: succeeded ? 'succeeded' : 'failed',
        sendState: null,
        nextSendAt: null,
        settledAt: now,
        lastError: succeeded ? null : `退款被拒绝：${state.message ?? '原因未知'}`,
      });
      const [order] = await this.lifecycle.lock(em, [refund.orderId]);
      if (!order) return;
      if (!succeeded) {
        await this.lifecycle.paymentNote(
          em,
          order,
          SYSTEM,
          `在线退款 ${formatFen(refund.amountFen)} 被支付渠道拒绝（${state.message ?? '原因未知'}），请平台财务处理`,
          now,
        );
      } else if (ORDER_REFUND_KINDS.includes(refund.kind)) {
        await this.lifecycle.refunded(
          em,
          order,
          { ...refund, amountFen: refund.amountFen },
          SYSTEM,
          `在线退款成功 ${formatFen(refund.amountFen)}：${refund.reason}`,
          now,
        );
      } else {
        await this.lifecycle.paymentNote(em, order, SYSTEM, `${refund.reason}：${formatFen(refund.amountFen)} 已退回`, now);
      }
    });
  }
}
