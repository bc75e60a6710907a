import { Global, Module } from '@nestjs/common';
import { JobScheduler } from './job-scheduler.service';

/** Periodic jobs once per cluster (graphile-worker cron). */
@Global()
@Module({ providers: [JobScheduler], exports: [JobScheduler] })
export class JobsModule {}
