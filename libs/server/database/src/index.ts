export * from './snake-naming.strategy';
export * from './embedded-postgres';
export * from './fen.transformer';
export * from './decimal.transformer';
export * from './data-source-options';
export * from './migrations';
export * from './prepared-statement';
// SQL with named parameters lives in core (pure, no imports), so that every server library may use it; kept here too.
export { executeNamed, namedSql, namedValues, queryNamed, type NamedSql, type Queryable } from '@yigou/server/core';
export * from './backup';
export * from './read-replicas';
export * from './pg-channel-listener';
