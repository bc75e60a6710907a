import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { runExclusively } from '@yigou/server/database';
import { JobScheduler } from '@yigou/server/jobs';
import { CertificationService } from '../services/certification.service';

/** pg advisory lock key for the expiry check ('cert-exp' as a number), so one API process runs it at a time. */
export const CERT_EXPIRY_LOCK_KEY = 0x63657274;

/** Runs CertificationService.checkExpiries hourly, once per cluster (JobScheduler's cron; the lock keeps runs from overlapping). */
@Injectable()
export class CertificationExpiryJob implements OnModuleInit {
  private readonly log = new Logger('CertificationExpiryJob');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly certifications: CertificationService,
    private readonly scheduler: JobScheduler,
  ) {}

  onModuleInit(): void {
    // tests call runOnce with their own clock
    this.scheduler.register({ name: 'catalog.certification-expiry', cron: '0 * * * *', run: (now) => this.runOnce(now) });
  }

  /** Runs the check unless another process holds the lock; returns null when it did not run. */
  async runOnce(now: Date): Promise<number | null> {
    return runExclusively(
      this.db,
      CERT_EXPIRY_LOCK_KEY,
      this.log,
      'certification expiry check',
      async () => (await this.certifications.checkExpiries(now)).remindersSent,
    );
  }
}
