import { Injectable, OnModuleInit } from '@nestjs/common';
import { ConsumptionRetention } from '@yigou/server/events';
import { JobScheduler } from '@yigou/server/jobs';

const DAY_MS = 86_400_000;

/**
 * Periodic work of the platform libraries that sit below the job library (the module-boundary rule keeps
 * data-access libraries from depending on each other), put on the cluster schedule here in the shell.
 */
@Injectable()
export class PlatformJobs implements OnModuleInit {
  constructor(
    private readonly scheduler: JobScheduler,
    private readonly retention: ConsumptionRetention,
  ) {}

  onModuleInit(): void {
    // 04:30 Shanghai (20:30 UTC); a cluster that was down then catches up once within a day
    this.scheduler.register({
      name: 'events.consumption-retention',
      cron: '30 20 * * *',
      backfillMs: DAY_MS,
      run: (now) => this.retention.runOnce(now),
    });
  }
}
