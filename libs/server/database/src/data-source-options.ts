import type { DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/** One place that says how Yigou talks to PostgreSQL; entities and migrations are passed in by the app. */
export function postgresOptions(
  url: string,
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  parts: { entities: DataSourceOptions['entities']; migrations: Function[] | string[]; poolSize?: number },
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: parts.entities,
    migrations: parts.migrations,
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    extra: { max: parts.poolSize ?? 20, application_name: 'yigou-api' },
  } as DataSourceOptions;
}
