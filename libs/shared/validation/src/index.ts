export * from './credit-code';
export * from './id-number';
export * from './contact';
export * from './uuid';
