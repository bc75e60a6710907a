import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@yigou/server/core';
import { LiveFollowService, UpcomingNoticeResult } from './live-follow.service';

/** pg advisory lock key for the upcoming-session notices ('livf' as a number), so one API process sends them at a time. */
export const LIVE_FOLLOW_NOTICE_LOCK_KEY = 0x6c697666;
const EVERY_MS = 60 * 1000;

/** Runs LiveFollowService.notifyUpcoming every minute in one process at a time. */
@Injectable()
export class LiveFollowNoticeJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger('LiveFollowNoticeJob');
  private timers: NodeJS.Timeout[] = [];

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly follows: LiveFollowService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.nodeEnv === 'test') return; // tests call runOnce with their own clock
    this.timers.push(setTimeout(() => void this.runOnce(new Date()), 20_000).unref());
    this.timers.push(setInterval(() => void this.runOnce(new Date()), EVERY_MS).unref());
  }

  onApplicationShutdown(): void {
    this.timers.forEach((t) => clearTimeout(t));
  }

  /** Sends the notices due at `now` unless another process holds the lock; null when it did not run. */
  async runOnce(now: Date, leadMinutes?: number): Promise<UpcomingNoticeResult | null> {
    const runner = this.db.createQueryRunner();
    try {
      await runner.connect();
      const [{ locked }]: { locked: boolean }[] = await runner.query('SELECT pg_try_advisory_lock($1) AS locked', [LIVE_FOLLOW_NOTICE_LOCK_KEY]);
      if (!locked) return null;
      try {
        return await this.follows.notifyUpcoming(now, leadMinutes);
      } finally {
        await runner.query('SELECT pg_advisory_unlock($1)', [LIVE_FOLLOW_NOTICE_LOCK_KEY]);
      }
    } catch (e) {
      this.log.error(`live follow notices failed: ${String(e)}`);
      return null;
    } finally {
      await runner.release();
    }
  }
}
