import { join } from 'node:path';
import type { AppConfig } from '@yigou/server/core';
import { type EmbeddedPostgresHandle, startEmbeddedPostgres } from '@yigou/server/database';

/**
 * The API's database as the API and its command-line tools open it: the configured server (`DATABASE_URL`), or
 * else the persistent embedded PostgreSQL under the data folder, started here (the caller stops `embedded`).
 * The backup command does not use it: it first looks for the API's running embedded server.
 */
export async function openAppDatabase(
  config: Pick<AppConfig, 'databaseUrl' | 'dataDir' | 'embeddedPgPort'>,
): Promise<{ url: string; embedded: EmbeddedPostgresHandle | null }> {
  if (config.databaseUrl) return { url: config.databaseUrl, embedded: null };
  const embedded = await startEmbeddedPostgres({
    dataDir: join(config.dataDir, 'postgres'),
    port: config.embeddedPgPort,
    database: 'yigou',
    persistent: true,
  });
  return { url: embedded.url, embedded };
}
