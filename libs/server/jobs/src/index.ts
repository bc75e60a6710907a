export * from './job-scheduler.service';
export * from './jobs.module';
