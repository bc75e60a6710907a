import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { queryNamed } from '@yigou/server/database';
import { JobScheduler } from '@yigou/server/jobs';
import { ProductImportService } from './product-import.service';
import { FAIL_STALE_IMPORTS, IMPORT_HEARTBEAT } from '../sql/product-import.sql';

export const INTERRUPTED_IMPORT_MESSAGE = '导入因服务重启而中断，请重新导入';
/** How often a process refreshes the heartbeat of the jobs it runs. */
export const HEARTBEAT_MS = 30_000;
/** A validating/importing job whose heartbeat is older than this belongs to a process that is gone. */
export const STALE_AFTER_MS = 3 * 60_000;

/**
 * Import jobs run inside the API process. While a process runs a job it refreshes the job's
 * heartbeat; at start, and every minute once per cluster (JobScheduler's cron), jobs still validating
 * or importing whose heartbeat stopped (the process died or restarted) are marked failed. Nothing of such a job was imported:
 * the import writes everything in one transaction, which PostgreSQL rolled back when the
 * connection of the dead process went away.
 */
@Injectable()
export class ProductImportRecovery implements OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger('ProductImportRecovery');
  private timers: NodeJS.Timeout[] = [];

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly imports: ProductImportService,
    private readonly scheduler: JobScheduler,
  ) {}

  onModuleInit(): void {
    this.scheduler.register({ name: 'catalog.import-recovery', cron: '* * * * *', run: () => this.sweep() });
  }

  async onApplicationBootstrap(): Promise<void> {
    // tools that boot the app before migrating (template preparation, migration generator) have no table yet
    await this.sweep().catch((e: unknown) => {
      if ((e as { code?: string }).code !== '42P01') this.log.error(`sweep failed: ${String(e)}`);
    });
    const every = (ms: number, work: () => Promise<unknown>) => {
      const timer = setInterval(() => void work().catch((e: unknown) => this.log.error(String(e))), ms);
      timer.unref();
      this.timers.push(timer);
    };
    // the heartbeat is this process's own; the sweep for everyone is the cluster-wide job above
    every(HEARTBEAT_MS, () => this.heartbeat());
  }

  onApplicationShutdown(): void {
    for (const t of this.timers) clearInterval(t);
    this.timers = [];
  }

  /** Refreshes the heartbeat of the jobs this process is running. */
  async heartbeat(): Promise<void> {
    const ids = this.imports.runningJobIds();
    if (ids.length) await queryNamed(this.db, IMPORT_HEARTBEAT, { jobIds: ids });
  }

  /** Marks interrupted jobs failed; returns their ids. */
  async sweep(staleAfterMs = STALE_AFTER_MS): Promise<string[]> {
    const mine = this.imports.runningJobIds();
    const rows = await queryNamed(this.db, FAIL_STALE_IMPORTS, {
      failureMessage: INTERRUPTED_IMPORT_MESSAGE,
      staleAfterSeconds: staleAfterMs / 1000,
      runningIds: mine,
    });
    if (rows.length) this.log.warn(`marked ${rows.length} interrupted import job(s) failed: ${rows.map((r) => r.id).join(', ')}`);
    return rows.map((r) => r.id);
  }
}
