export * from './reconciliation.module';
export * from './services/reconciliation.service';
export * from './entities/reconciliation-run.entity';
export * from './services/reconcile';
export * from './services/compare-figures';
export * from './services/expected-figures';
export * from './services/order-facts';
export * from './jobs/nightly-reconciliation.job';
