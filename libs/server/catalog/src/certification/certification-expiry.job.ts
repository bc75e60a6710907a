import { Inject, Injectable, Logger, OnApplicationShutdown, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@yigou/server/core';
import { withAdvisoryLock } from '@yigou/server/database';
import { CertificationService } from './certification.service';

/** pg advisory lock key for the expiry check ('cert-exp' as a number), so one API process runs it at a time. */
export const CERT_EXPIRY_LOCK_KEY = 0x63657274;
const EVERY_MS = 60 * 60 * 1000;

/** Runs CertificationService.checkExpiries hourly (and shortly after start) in one process at a time. */
@Injectable()
export class CertificationExpiryJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger('CertificationExpiryJob');
  private timers: NodeJS.Timeout[] = [];

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly certifications: CertificationService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (this.config.nodeEnv === 'test') return; // tests call runOnce with their own clock
    this.timers.push(setTimeout(() => void this.runOnce(new Date()), 30_000).unref());
    this.timers.push(setInterval(() => void this.runOnce(new Date()), EVERY_MS).unref());
  }

  onApplicationShutdown(): void {
    this.timers.forEach((t) => clearTimeout(t));
  }

  /** Runs the check unless another process holds the lock; returns null when it did not run. */
  async runOnce(now: Date): Promise<number | null> {
    try {
      return await withAdvisoryLock(this.db, CERT_EXPIRY_LOCK_KEY, async () => (await this.certifications.checkExpiries(now)).remindersSent);
    } catch (e) {
      this.log.error(`certification expiry check failed: ${String(e)}`);
      return null;
    }
  }
}
