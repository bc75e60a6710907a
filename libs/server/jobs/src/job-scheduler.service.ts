import { hostname } from 'node:os';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Logger as WorkerLogger, parseCronItems, run, Runner, runMigrations } from 'graphile-worker';
import { APP_CONFIG, AppConfig } from '@yigou/server/core';

/** Creates or updates graphile-worker's own schema (`graphile_worker`); `start` does it too. */
export async function installJobSchema(connectionString: string): Promise<void> {
  await runMigrations({ connectionString });
}

/** This process, as `job_run.worker` records it. */
const WORKER = `${hostname()}:${process.pid}`;

/** Work that runs on a schedule, once per cluster. */
export interface PeriodicJob {
  /** Stable task name, e.g. 'orders.sweep'; renaming it makes a new schedule. */
  name: string;
  /** Five-field crontab pattern in UTC, e.g. '* * * * *' (every minute), '0 * * * *' (hourly). */
  cron: string;
  /** `now` is the tick the run is for (the scheduled minute), so a late run works for the time it was due. */
  run(now: Date): Promise<unknown>;
  /** How far back a process that starts after missed ticks catches up (ms); default none. */
  backfillMs?: number;
}

/**
 * Periodic jobs through graphile-worker: every API process runs a worker, and graphile-worker's cron turns each
 * tick of each schedule into exactly one job for the whole cluster (the tick is recorded in its
 * `_private_known_crontabs` row in the same transaction that adds the job), which one worker takes. Jobs register
 * in `onModuleInit`; the worker starts after the application (not under NODE_ENV=test or JOBS_ENABLED=false,
 * where tests run the jobs themselves with their own clock).
 */
@Injectable()
export class JobScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger('jobs');
  private readonly jobs = new Map<string, PeriodicJob>();
  private runner: Runner | null = null;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    // the run log keeps 30 days
    this.register({
      name: 'jobs.run-retention',
      cron: '40 20 * * *',
      backfillMs: 86_400_000,
      run: () => this.db.query(`DELETE FROM job_run WHERE started_at < now() - interval '30 days'`),
    });
  }

  register(job: PeriodicJob): void {
    if (this.jobs.has(job.name)) throw new Error(`duplicate periodic job ${job.name}`);
    this.jobs.set(job.name, job);
  }

  registered(): PeriodicJob[] {
    return [...this.jobs.values()];
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.nodeEnv === 'test' || !this.config.jobsEnabled || !this.db.isInitialized) return;
    await this.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.stop();
  }

  /** Starts this process's worker (at most once). */
  async start(): Promise<void> {
    if (this.runner || this.jobs.size === 0) return;
    const url = (this.db.options as { url?: string }).url;
    if (!url) return;
    const jobs = [...this.jobs.values()];
    this.runner = await run({
      connectionString: url,
      maxPoolSize: 3,
      concurrency: 2,
      noHandleSignals: true,
      pollInterval: 5000,
      logger: this.workerLogger(),
      taskList: Object.fromEntries(
        jobs.map((j) => [
          j.name,
          async (payload: unknown) => {
            const tick = (payload as { _cron?: { ts?: string } } | null)?._cron?.ts;
            await this.runLogged(j, tick ? new Date(tick) : new Date());
          },
        ]),
      ),
      // one attempt: the next tick runs the job again anyway; a failure stays visible in graphile_worker's jobs
      parsedCronItems: parseCronItems(
        jobs.map((j) => ({
          task: j.name,
          match: j.cron,
          identifier: j.name,
          options: { backfillPeriod: j.backfillMs ?? 0, maxAttempts: 1 },
        })),
      ),
    });
  }

  /**
   * Runs a job for its tick and records the run in `job_run` (job, tick, this process, end, error): how the desks
   * tell when a job last ran, and how a test sees that each tick ran once in the cluster.
   */
  async runLogged(job: PeriodicJob, tick: Date): Promise<void> {
    const [{ id }]: { id: string }[] = await this.db.query(`INSERT INTO job_run (job, tick, worker) VALUES ($1, $2, $3) RETURNING id`, [
      job.name,
      tick,
      WORKER,
    ]);
    try {
      await job.run(tick);
      await this.db.query(`UPDATE job_run SET finished_at = now() WHERE id = $1`, [id]);
    } catch (e) {
      await this.db.query(`UPDATE job_run SET finished_at = now(), error = $2 WHERE id = $1`, [
        id,
        (e instanceof Error ? e.message : String(e)).slice(0, 1000),
      ]);
      throw e;
    }
  }

  /** When a job last finished without error (null: never). */
  async lastSuccess(name: string): Promise<Date | null> {
    const rows: { at: Date }[] = await this.db.query(
      `SELECT finished_at AS at FROM job_run WHERE job = $1 AND finished_at IS NOT NULL AND error IS NULL ORDER BY tick DESC LIMIT 1`,
      [name],
    );
    return rows[0]?.at ?? null;
  }

  async stop(): Promise<void> {
    const r = this.runner;
    this.runner = null;
    await r?.stop().catch((e: unknown) => this.log.warn(`job worker stop: ${String(e)}`));
  }

  private workerLogger(): WorkerLogger {
    return new WorkerLogger(() => (level, message) => {
      if (level === 'error') this.log.error(message);
      else if (level === 'warning') this.log.warn(message);
      else this.log.debug(message);
    });
  }
}
