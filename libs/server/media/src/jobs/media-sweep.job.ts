import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ExclusiveJob, JobScheduler } from '@yigou/server/jobs';
import { MediaStorageService } from '../services/media-storage.service';

/** pg advisory lock key ('mswp'), so sweeps never overlap. */
export const MEDIA_SWEEP_LOCK_KEY = 0x6d737770;
/** How long an upload may wait for its form to be saved before it counts as abandoned. */
export const MEDIA_UNCLAIMED_GRACE_HOURS = 24;

/**
 * 清理未使用的图片: nightly (03:17 Beijing time), once per cluster, removes every image uploaded more than
 * MEDIA_UNCLAIMED_GRACE_HOURS ago that no domain claimed — a picture chosen on a form that was never saved, a licence
 * scan of an application never sent. They cost storage and, for licences and certificates, keep documents nobody
 * asked us to keep. Claimed images stay, even when no longer shown: an order or a review may still name them.
 */
@Injectable()
export class MediaSweepJob extends ExclusiveJob {
  constructor(
    @InjectDataSource() db: DataSource,
    private readonly media: MediaStorageService,
    scheduler: JobScheduler,
  ) {
    super(db, scheduler, { name: 'media.sweep-unclaimed', cron: '17 19 * * *', lockKey: MEDIA_SWEEP_LOCK_KEY, what: 'media sweep' });
  }

  /** Sweeps the uploads abandoned as of `now`; how many were removed, or null when another process was sweeping. */
  runOnce(now: Date): Promise<number | null> {
    return this.exclusively(() => this.media.sweepUnclaimed(new Date(now.getTime() - MEDIA_UNCLAIMED_GRACE_HOURS * 3600_000)));
  }
}
