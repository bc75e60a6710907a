import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { reconcile } from './reconcile';
import { ReconciliationRun, ReconciliationTrigger } from '../entities/reconciliation-run.entity';

/** Differences kept on a run (the count is always complete). */
export const MAX_STORED_DIFFERENCES = 500;

/**
 * Runs the reconciliation (orders → expected figures → compared with the ledgers)
 * and stores each run, so dashboards can say when it last ran and whether it was clean.
 * Plain constructor arguments: the CLI builds it on a bare DataSource.
 */
@Injectable()
export class ReconciliationService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async run(trigger: ReconciliationTrigger, startedBy: string | null, now: Date = new Date()): Promise<ReconciliationRun> {
    const started = Date.now();
    // One snapshot of orders and ledgers: a delivery committing meanwhile is seen entirely or not at all.
    const result = await this.db.transaction('REPEATABLE READ', (em) =>
      reconcile((sql: string, params?: unknown[]) => em.query(sql, params)),
    );
    const finishedAt = new Date(now.getTime() + (Date.now() - started));
    return this.db.getRepository(ReconciliationRun).save({
      startedAt: now,
      finishedAt,
      trigger,
      startedBy,
      clean: result.differences.length === 0,
      differenceCount: result.differences.length,
      ordersChecked: result.ordersChecked,
      differences: result.differences.slice(0, MAX_STORED_DIFFERENCES),
    });
  }

  async last(): Promise<ReconciliationRun | null> {
    return this.db.getRepository(ReconciliationRun).findOne({ where: {}, order: { finishedAt: 'DESC' } });
  }
}
