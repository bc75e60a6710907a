import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { queryNamed } from '@yigou/server/database';
import { ExclusiveJob, JobScheduler } from '@yigou/server/jobs';
import { ReconciliationRun } from '../entities/reconciliation-run.entity';
import { ReconciliationService } from '../services/reconciliation.service';
import { NIGHTLY_RUN_SINCE } from '../sql/reconciliation.sql';
import { shanghaiDate, shanghaiHour, startOfShanghaiDay } from '@yigou/shared/time';

/** pg advisory lock key ('reco' as a number), so one API process reconciles at a time. */
export const RECONCILIATION_LOCK_KEY = 0x7265636f;
/** The job's name on the cluster schedule. */
export const NIGHTLY_RECONCILIATION_JOB = 'reconciliation.nightly';
/** Runs after 02:00 Shanghai time, when orders are quiet. */
const RUN_AFTER_HOUR = 2;

/**
 * The nightly reconciliation: once per Shanghai day after 02:00. Checked every 15 minutes on the cluster schedule
 * (graphile-worker cron: each tick runs in one process of the cluster), so a failed or missed 02:00 run is made up
 * within the day; the day's run is found in reconciliation_run, and the advisory lock keeps a manual run apart.
 */
@Injectable()
export class NightlyReconciliationJob extends ExclusiveJob {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly reconciliation: ReconciliationService,
    scheduler: JobScheduler,
  ) {
    super(db, scheduler, {
      name: NIGHTLY_RECONCILIATION_JOB,
      cron: '*/15 * * * *',
      backfillMs: 60 * 60_000,
      lockKey: RECONCILIATION_LOCK_KEY,
      what: 'nightly reconciliation',
    });
  }

  /** The scheduled run: runIfDue. */
  runOnce(now: Date): Promise<ReconciliationRun | null> {
    return this.runIfDue(now);
  }

  /** Reconciles when no nightly run exists yet for this Shanghai day and it is past 02:00 there; returns the run, or null. */
  async runIfDue(now: Date): Promise<ReconciliationRun | null> {
    if (shanghaiHour(now) < RUN_AFTER_HOUR) return null;
    return this.exclusively(async () => {
      const dayStart = startOfShanghaiDay(shanghaiDate(now));
      const done = await queryNamed(this.db, NIGHTLY_RUN_SINCE, { dayStart });
      if (done.length) return null;
      const run = await this.reconciliation.run('nightly', null, now);
      if (!run.clean) this.log.warn(`nightly reconciliation found ${run.differenceCount} differences`);
      return run;
    });
  }
}
