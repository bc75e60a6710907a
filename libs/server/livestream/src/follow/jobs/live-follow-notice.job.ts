import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { runExclusively } from '@yigou/server/database';
import { JobScheduler } from '@yigou/server/jobs';
import { LiveFollowService, UpcomingNoticeResult } from '../services/live-follow.service';

/** pg advisory lock key for the upcoming-session notices ('livf' as a number), so one API process sends them at a time. */
export const LIVE_FOLLOW_NOTICE_LOCK_KEY = 0x6c697666;

/** Runs LiveFollowService.notifyUpcoming every minute, once per cluster (JobScheduler's cron; the lock keeps runs from overlapping). */
@Injectable()
export class LiveFollowNoticeJob implements OnModuleInit {
  private readonly log = new Logger('LiveFollowNoticeJob');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly follows: LiveFollowService,
    private readonly scheduler: JobScheduler,
  ) {}

  onModuleInit(): void {
    // tests call runOnce with their own clock
    this.scheduler.register({ name: 'livestream.follow-notices', cron: '* * * * *', run: (now) => this.runOnce(now) });
  }

  /** Sends the notices due at `now` unless another process holds the lock; null when it did not run. */
  async runOnce(now: Date, leadMinutes?: number): Promise<UpcomingNoticeResult | null> {
    return runExclusively(this.db, LIVE_FOLLOW_NOTICE_LOCK_KEY, this.log, 'live follow notices', () =>
      this.follows.notifyUpcoming(now, leadMinutes),
    );
  }
}
