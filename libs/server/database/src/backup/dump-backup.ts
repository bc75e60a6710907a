import { spawn } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';

/**
 * Backups of an external database (DATABASE_URL) with pg_dump's custom format, restored with pg_restore.
 * pg_dump refuses a server newer than itself, so the client is chosen to match: PG_BIN_DIR if set, else the
 * newest of Debian's /usr/lib/postgresql/<major>/bin, else pg_dump on the PATH.
 */
export function clientBinary(name: 'pg_dump' | 'pg_restore', serverMajor: number, env: NodeJS.ProcessEnv = process.env): string {
  if (env.PG_BIN_DIR) return join(env.PG_BIN_DIR, name);
  const root = '/usr/lib/postgresql';
  const majors = existsSync(root)
    ? readdirSync(root)
        .map(Number)
        .filter((n) => Number.isInteger(n))
        .sort((a, b) => b - a)
    : [];
  const fit = majors.find((m) => m >= serverMajor && existsSync(join(root, String(m), 'bin', name)));
  if (fit) return join(root, String(fit), 'bin', name);
  if (majors.length && majors[0] < serverMajor) {
    throw new Error(
      `${name} ${majors[0]} cannot handle PostgreSQL ${serverMajor}: install postgresql-client-${serverMajor} or set PG_BIN_DIR`,
    );
  }
  return name;
}

export async function serverMajor(url: string): Promise<number> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    const { rows } = await c.query<{ v: string }>(`SELECT current_setting('server_version_num') AS v`);
    return Math.floor(Number(rows[0].v) / 10000);
  } finally {
    await c.end();
  }
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'inherit', 'pipe'], env });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${cmd} exited with ${code}: ${err.trim().split('\n').slice(-3).join(' ')}`)),
    );
  });
}

/** Connection settings for libpq through the environment, so the password is not on a command line. */
function libpqEnv(url: string): NodeJS.ProcessEnv {
  const u = new URL(url);
  return {
    ...process.env,
    PGHOST: u.hostname,
    PGPORT: u.port || '5432',
    PGUSER: decodeURIComponent(u.username),
    PGPASSWORD: decodeURIComponent(u.password),
    PGDATABASE: decodeURIComponent(u.pathname.slice(1)),
    ...(u.searchParams.get('sslmode') ? { PGSSLMODE: u.searchParams.get('sslmode') as string } : {}),
  };
}

/** pg_dump -Fc of the database at `url` into `target` (written beside it first, renamed when complete). */
export async function dumpBackup(url: string, target: string): Promise<void> {
  const bin = clientBinary('pg_dump', await serverMajor(url));
  const partial = `${target}.partial`;
  try {
    await run(bin, ['--format=custom', '--no-owner', '--no-privileges', `--file=${partial}`], libpqEnv(url));
    renameSync(partial, target);
  } finally {
    rmSync(partial, { force: true });
  }
}

/** pg_restore of a dump into the database at `url`, replacing what is there, in one transaction. */
export async function restoreDump(file: string, url: string): Promise<void> {
  const bin = clientBinary('pg_restore', await serverMajor(url));
  await run(
    bin,
    [
      '--clean',
      '--if-exists',
      '--no-owner',
      '--no-privileges',
      '--single-transaction',
      '--exit-on-error',
      `--dbname=${libpqEnv(url).PGDATABASE}`,
      file,
    ],
    libpqEnv(url),
  );
}
