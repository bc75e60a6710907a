export * from './job-scheduler.service';
export * from './jobs.module';
export * from './exclusive-job';
export * from './advisory-lock';
