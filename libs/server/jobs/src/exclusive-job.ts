import { Logger, OnModuleInit } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { runExclusively } from './advisory-lock';
import type { JobScheduler } from './job-scheduler.service';

/** What a scheduled job says about itself: its task and crontab (UTC), its advisory lock, how its failures read. */
export interface ExclusiveJobSpec {
  /** Stable task name, e.g. 'orders.delivery-reminder'. */
  name: string;
  cron: string;
  /** pg advisory lock key, so runs never overlap. */
  lockKey: number;
  /** Logged as "<what> failed: …". */
  what: string;
  backfillMs?: number;
}

/**
 * The skeleton the domains' scheduled jobs share: registered on the cluster schedule when the module starts (tests
 * call `runOnce` with their own clock instead), each run's work under the job's advisory lock, a failure logged
 * and answered with null so the schedule goes on (`runExclusively`). A job gives its spec and says what a run does.
 */
export abstract class ExclusiveJob implements OnModuleInit {
  protected readonly log = new Logger(this.constructor.name);

  protected constructor(
    private readonly lockDb: DataSource,
    private readonly scheduler: JobScheduler,
    private readonly spec: ExclusiveJobSpec,
  ) {}

  onModuleInit(): void {
    const { name, cron, backfillMs } = this.spec;
    this.scheduler.register({ name, cron, ...(backfillMs === undefined ? {} : { backfillMs }), run: (now) => this.runOnce(now) });
  }

  /** One scheduled run at `now`. */
  abstract runOnce(now: Date): Promise<unknown>;

  /** `work` under the job's lock; null when another process holds it, or when it failed (logged). */
  protected exclusively<T>(work: () => Promise<T>): Promise<T | null> {
    return runExclusively(this.lockDb, this.spec.lockKey, this.log, this.spec.what, work);
  }
}
