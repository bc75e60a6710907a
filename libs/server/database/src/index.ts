export * from './snake-naming.strategy';
export * from './embedded-postgres';
export * from './fen.transformer';
export * from './data-source-options';
export * from './migrations';
export * from './advisory-lock';
export * from './prepared-statement';
export * from './backup';
