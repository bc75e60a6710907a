import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@yigou/server/core';
import { withAdvisoryLock } from '@yigou/server/database';
import { NoticeResult, PaymentLedger } from './payment-ledger.service';
import { PAYMENT_PROVIDERS, PaymentProvider } from './payment-provider';

const SYNC_LOCK = 4_420_015;
const INTERVAL_MS = 60_000;
/** An attempt younger than this is left to its notification. */
const QUIET_MS = 2 * 60_000;
/** Older than this the provider has closed it long ago (WeChat Pay / Alipay orders expire within hours). */
const LOOKBACK_MS = 3 * 24 * 3600_000;

/**
 * Completes payments whose success notification never arrived (lost, or the API died between the provider's
 * success and our write): every minute, each live attempt of a provider that answers `queryPayment` and is older
 * than two minutes is asked about, and the provider's answer goes through the ledger as a notice with a stable
 * event id (`query:<provider payment id>:<state>`), so asking twice, or the real notification arriving later,
 * changes nothing more: the order is completed exactly once, with the same amount and currency checks.
 */
@Injectable()
export class PaymentQuerySync implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger('PaymentQuerySync');
  private timer: NodeJS.Timeout | null = null;
  private readonly byName: Map<string, PaymentProvider>;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(PAYMENT_PROVIDERS) providers: PaymentProvider[],
    private readonly ledger: PaymentLedger,
  ) {
    this.byName = new Map(providers.filter((p) => p.queryPayment).map((p) => [p.name, p]));
  }

  onApplicationBootstrap(): void {
    if (this.config.nodeEnv === 'test' || !this.config.jobsEnabled) return;
    this.timer = setInterval(() => {
      this.sweep(new Date()).catch((e: unknown) => this.log.error(e instanceof Error ? e.message : String(e)));
    }, INTERVAL_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Every live attempt old enough to have been notified, one process at a time. */
  async sweep(now: Date, quietMs = QUIET_MS): Promise<number | null> {
    const names = [...this.byName.values()].filter((p) => p.available).map((p) => p.name);
    if (names.length === 0) return 0;
    return withAdvisoryLock(this.db, SYNC_LOCK, async () => {
      const due: { id: string }[] = await this.db.query(
        `SELECT id FROM payment_attempt WHERE status = 'created' AND provider = ANY($1) AND provider_payment_id IS NOT NULL
           AND created_at <= $2 AND created_at > $3 ORDER BY created_at LIMIT 200`,
        [names, new Date(now.getTime() - quietMs), new Date(now.getTime() - LOOKBACK_MS)],
      );
      for (const a of due) await this.syncAttempt(a.id, now).catch((e: unknown) => this.log.warn(`attempt ${a.id}: ${e instanceof Error ? e.message : String(e)}`));
      return due.length;
    });
  }

  /** Asks the provider about one attempt and records its answer; null when there is nothing to record. */
  async syncAttempt(attemptId: string, now = new Date()): Promise<NoticeResult | null> {
    const [a]: { id: string; provider: string; provider_payment_id: string | null }[] = await this.db.query(
      `SELECT id, provider, provider_payment_id FROM payment_attempt WHERE id = $1`,
      [attemptId],
    );
    const provider = a ? this.byName.get(a.provider) : undefined;
    if (!a || !provider?.queryPayment || !provider.available) return null;
    const s = await provider.queryPayment({ id: a.id, providerPaymentId: a.provider_payment_id });
    if (!s || s.state === 'pending') return null;
    const pid = s.providerPaymentId ?? a.provider_payment_id;
    return this.ledger.record(
      {
        provider: provider.name,
        eventId: `query:${pid}:${s.state}`,
        type: `query.${s.state}`,
        kind: s.state === 'succeeded' ? 'succeeded' : s.state === 'closed' ? 'canceled' : 'failed',
        providerPaymentId: pid,
        attemptId: a.id,
        amountFen: s.amountFen,
        currency: s.currency,
        message: s.state === 'succeeded' ? null : `支付渠道查询：${s.state}`,
        occurredAt: s.paidAt ?? now,
      },
      now,
    );
  }
}
