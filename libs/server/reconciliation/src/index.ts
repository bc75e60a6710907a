export * from './reconciliation.module';
export * from './reconciliation.service';
export * from './reconciliation-run.entity';
export * from './reconcile';
export * from './compare-figures';
export * from './expected-figures';
export * from './order-facts';
export * from './jobs/nightly-reconciliation.job';
