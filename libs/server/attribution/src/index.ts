export * from './household.entity';
export * from './benefit-link.entity';
export * from './attribution-rule.entity';
export * from './id-number-cipher';
export * from './attribution.module';
