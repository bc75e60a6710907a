export * from './roles';
export * from './catalog';
export * from './regions';
export * from './error-codes';
export * from './legal';
export * from './carriers';
export * from './households';
export * from './work-units';
