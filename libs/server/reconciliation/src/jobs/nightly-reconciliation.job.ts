import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { shanghaiDate } from '@yigou/server/catalog';
import { APP_CONFIG, AppConfig } from '@yigou/server/core';
import { withAdvisoryLock } from '@yigou/server/database';
import { ReconciliationRun } from '../reconciliation-run.entity';
import { ReconciliationService } from '../reconciliation.service';

/** pg advisory lock key ('reco' as a number), so one API process reconciles at a time. */
export const RECONCILIATION_LOCK_KEY = 0x7265636f;
const CHECK_EVERY_MS = 15 * 60 * 1000;
/** Runs after 02:00 Shanghai time, when orders are quiet. */
const RUN_AFTER_HOUR = 2;

/** The nightly reconciliation: once per Shanghai day after 02:00, in one process at a time. */
@Injectable()
export class NightlyReconciliationJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger('NightlyReconciliationJob');
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly reconciliation: ReconciliationService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.nodeEnv === 'test') return; // tests call runIfDue with their own clock
    this.timer = setInterval(() => void this.runIfDue(new Date()), CHECK_EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Reconciles when no nightly run exists yet for this Shanghai day and it is past 02:00 there; returns the run, or null. */
  async runIfDue(now: Date): Promise<ReconciliationRun | null> {
    const shanghaiHour = new Date(now.getTime() + 8 * 3600_000).getUTCHours();
    if (shanghaiHour < RUN_AFTER_HOUR) return null;
    try {
      return await withAdvisoryLock(this.db, RECONCILIATION_LOCK_KEY, async () => {
        const dayStart = new Date(`${shanghaiDate(now)}T00:00:00+08:00`);
        const done: unknown[] = await this.db.query(`SELECT 1 FROM reconciliation_run WHERE trigger = 'nightly' AND started_at >= $1 LIMIT 1`, [dayStart]);
        if (done.length) return null;
        const run = await this.reconciliation.run('nightly', null, now);
        if (!run.clean) this.log.warn(`nightly reconciliation found ${run.differenceCount} differences`);
        return run;
      });
    } catch (e) {
      this.log.error(`nightly reconciliation failed: ${String(e)}`);
      return null;
    }
  }
}
