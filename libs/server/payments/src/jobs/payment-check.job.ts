import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { JobScheduler } from '@yigou/server/jobs';
import { PaymentCheckService } from '../services/payment-check.service';

/**
 * Asks the providers about live attempts whose notification has not come (PaymentCheckService.sweep) every minute,
 * once per cluster (JobScheduler's cron; the sweep's advisory lock keeps runs from overlapping).
 */
@Injectable()
export class PaymentCheckJob implements OnModuleInit {
  private readonly log = new Logger('PaymentCheckJob');

  constructor(
    private readonly checks: PaymentCheckService,
    private readonly scheduler: JobScheduler,
  ) {}

  onModuleInit(): void {
    // tests call PaymentCheckService.sweep with their own clock
    this.scheduler.register({ name: 'payments.check-live', cron: '* * * * *', run: (now) => this.runOnce(now) });
  }

  async runOnce(now: Date): Promise<number | null> {
    try {
      return await this.checks.sweep(now);
    } catch (e) {
      this.log.error(`live payment check failed: ${String(e)}`);
      return null;
    }
  }
}
