export * from './test-app';
export * from './test-database';
export * from './second-api';
export * from './accounts';
export * from './paging';
export * from './until';
export * from './work-units';
export * from './provider-timeouts';
