import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@yigou/server/core';
import { withAdvisoryLock } from '@yigou/server/database';
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
    try {
      return await withAdvisoryLock(this.db, LIVE_FOLLOW_NOTICE_LOCK_KEY, () => this.follows.notifyUpcoming(now, leadMinutes));
    } catch (e) {
      this.log.error(`live follow notices failed: ${String(e)}`);
      return null;
    }
  }
}
