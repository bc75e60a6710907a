export * from './decimal.transformer';
export * from './quota-rule.entity';
export * from './quota.module';
