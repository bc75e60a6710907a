import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ExclusiveJob, JobScheduler } from '@yigou/server/jobs';
import { CertificationService } from '../services/certification.service';

/** pg advisory lock key for the expiry check ('cert-exp' as a number), so one API process runs it at a time. */
export const CERT_EXPIRY_LOCK_KEY = 0x63657274;

/** Runs CertificationService.checkExpiries hourly, once per cluster (JobScheduler's cron; the lock keeps runs from overlapping). */
@Injectable()
export class CertificationExpiryJob extends ExclusiveJob {
  constructor(
    @InjectDataSource() db: DataSource,
    private readonly certifications: CertificationService,
    scheduler: JobScheduler,
  ) {
    super(db, scheduler, {
      name: 'catalog.certification-expiry',
      cron: '0 * * * *',
      lockKey: CERT_EXPIRY_LOCK_KEY,
      what: 'certification expiry check',
    });
  }

  /** Runs the check unless another process holds the lock; returns null when it did not run. */
  runOnce(now: Date): Promise<number | null> {
    return this.exclusively(async () => (await this.certifications.checkExpiries(now)).remindersSent);
  }
}
