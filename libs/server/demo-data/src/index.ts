export * from './demo-data.types';
export * from './demo-scopes';
export * from './household-generator';
export * from './demo-data.loader';
export * from './demo-data.module';
export * from './demo-seed.entity';
export * from './demo-history';
