import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ExclusiveJob, JobScheduler } from '@yigou/server/jobs';
import { LiveFollowService, UpcomingNoticeResult } from '../services/live-follow.service';

/** pg advisory lock key for the upcoming-session notices ('livf' as a number), so one API process sends them at a time. */
export const LIVE_FOLLOW_NOTICE_LOCK_KEY = 0x6c697666;

/** Runs LiveFollowService.notifyUpcoming every minute, once per cluster (JobScheduler's cron; the lock keeps runs from overlapping). */
@Injectable()
export class LiveFollowNoticeJob extends ExclusiveJob {
  constructor(
    @InjectDataSource() db: DataSource,
    private readonly follows: LiveFollowService,
    scheduler: JobScheduler,
  ) {
    super(db, scheduler, {
      name: 'livestream.follow-notices',
      cron: '* * * * *',
      lockKey: LIVE_FOLLOW_NOTICE_LOCK_KEY,
      what: 'live follow notices',
    });
  }

  /** Sends the notices due at `now` unless another process holds the lock; null when it did not run. */
  runOnce(now: Date, leadMinutes?: number): Promise<UpcomingNoticeResult | null> {
    return this.exclusively(() => this.follows.notifyUpcoming(now, leadMinutes));
  }
}
