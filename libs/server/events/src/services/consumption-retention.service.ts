import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig, queryNamed } from '@yigou/server/core';
import { PRUNE_CONSUMPTION } from '../sql/outbox-delivery.sql';

const BATCH = 10_000;
const DAY_MS = 86_400_000;

/**
 * Keeps `event_consumption` from growing forever: once a day, deletes the records of events that a consumer
 * handled more than EVENT_CONSUMPTION_RETENTION_DAYS ago and that lie below its low-water mark (delivery never
 * looks there again: every wanted event below the mark is handled, or held behind a dead letter of its
 * aggregate, and those aggregates keep all their records). Each consumer's newest record stays (the lag metric).
 * Scheduled by the application shell (job `events.consumption-retention`, apps/api/src/jobs/platform-jobs.ts): the
 * events library sits below the job library.
 */
@Injectable()
export class ConsumptionRetention {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Deletes in batches; returns how many records went. */
  async runOnce(now: Date): Promise<number> {
    const before = new Date(now.getTime() - this.config.eventConsumptionRetentionDays * DAY_MS);
    let total = 0;
    for (;;) {
      const rows = await queryNamed(this.db, PRUNE_CONSUMPTION, { before, batchSize: BATCH });
      const n = rows[0]?.n ?? 0;
      total += n;
      if (n < BATCH) return total;
    }
  }
}
