/**
 * What every benchmark starts with: a fresh database (DATABASE_URL's server, or
 * an embedded PostgreSQL in a temp folder), the API as its own process in
 * production mode on a free port, waiting for /health, and a GraphQL helper.
 * `stop()` ends the API and removes the database.
 */
import { randomBytes } from 'node:crypto';
import { ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { dropDatabaseIfExists, ensureDatabase, startEmbeddedPostgres, withDatabase } from '@yigou/server/database';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

export interface BenchApi {
  dbUrl: string;
  port: number;
  /** http://127.0.0.1:<port> */
  base: string;
  api: ChildProcess;
  /** POSTs a GraphQL operation; throws with the errors when there is no data. */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<T>;
  stop(): Promise<void>;
}

/**
 * `opts.cwd`: run the API from another checkout (e.g. `git archive <commit> | tar -x -C /tmp/base` with a
 * node_modules link), so a benchmark can drive the code before and after a change in the same rounds.
 */
export async function startBenchApi(name: string, env: Record<string, string> = {}, opts: { cwd?: string } = {}): Promise<BenchApi> {
  const dbName = `yigou_bench_${name}_${Date.now()}`;
  let dbUrl: string;
  let stopPg: (() => Promise<void>) | null = null;
  if (process.env.DATABASE_URL) {
    await ensureDatabase(withDatabase(process.env.DATABASE_URL, 'postgres'), dbName);
    dbUrl = withDatabase(process.env.DATABASE_URL, dbName);
  } else {
    const pg = await startEmbeddedPostgres({
      dataDir: join(mkdtempSync(join(tmpdir(), 'yigou-bench-')), 'pg'),
      port: await freePort(),
      database: dbName,
      persistent: false,
    });
    dbUrl = pg.url;
    stopPg = pg.stop;
  }
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  // BENCH_API_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof", profiles the API process (not allowed in NODE_OPTIONS).
  const nodeArgs = (process.env.BENCH_API_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const api = spawn(process.execPath, [...nodeArgs, '-r', '@swc-node/register', 'apps/api/src/main.ts'], {
    cwd: opts.cwd,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      JWT_SECRET: 'bench-secret-bench-secret-bench-secret!!',
      HOUSEHOLD_ID_KEY: randomBytes(32).toString('hex'),
      LOAD_DEMO_DATA: 'true',
      LOG_LEVEL: 'warn',
      PORT: String(port),
      DATABASE_URL: dbUrl,
      SWC_NODE_PROJECT: 'tsconfig.base.json',
      // Benchmarks drive one account or one address at machine speed, which is what the per-client budgets and the
      // anonymous gate exist to refuse: off unless a benchmark asks for them (bench/abuse runs them as deployed).
      RATE_LIMIT_ANONYMOUS_POINTS: '0',
      RATE_LIMIT_USER_POINTS: '0',
      ANONYMOUS_CONCURRENCY: '0',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const stop = async () => {
    if (api.exitCode === null) {
      api.kill('SIGTERM');
      await new Promise((r) => api.once('exit', r));
    }
    if (stopPg) await stopPg();
    else if (process.env.DATABASE_URL)
      await dropDatabaseIfExists(withDatabase(process.env.DATABASE_URL, 'postgres'), dbName).catch(() => undefined);
  };
  try {
    for (let i = 0; ; i++) {
      if (api.exitCode !== null) throw new Error(`API exited with ${api.exitCode}`);
      try {
        if ((await fetch(`${base}/health`)).ok) break;
      } catch {
        /* starting */
      }
      if (i > 600) throw new Error('API did not start');
      await sleep(200);
    }
  } catch (e) {
    await stop();
    throw e;
  }
  const gql = async <T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: unknown };
    if (!body.data) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  return { dbUrl, port, base, api, gql, stop };
}

/**
 * Every process's /proc/<pid>/stat as [comm, state, ppid, …]: field N of proc(5) at index N − 2 (utime 12, stime 13,
 * cutime 14, cstime 15). Read once per snapshot by cpuSeconds and postgresCpuByKind.
 */
function procStats(): Map<number, string[]> {
  const stats = new Map<number, string[]>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      stats.set(Number(d), [stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')), ...stat.slice(stat.lastIndexOf(')') + 2).split(' ')]);
    } catch {
      /* gone */
    }
  }
  return stats;
}

/**
 * CPU seconds (user + system) used so far by the given processes, read from
 * /proc (Linux), with their direct children (cluster workers). With
 * `postgres: true` it adds every process named postgres, so a run can say how
 * much CPU each side spent per request.
 */
export function cpuSeconds(pids: number[], opts: { postgres?: boolean } = {}): number {
  const ticks = 100; // USER_HZ on Linux
  const stats = procStats();
  // the given processes, their children (e.g. API_WORKERS' cluster workers), and with `postgres` every postgres process
  const all = new Set(pids);
  for (const [pid, f] of stats) {
    if (all.has(Number(f[2])) || (opts.postgres && f[0] === 'postgres')) all.add(pid);
  }
  let total = 0;
  for (const pid of all) {
    const f = stats.get(pid);
    if (!f) continue;
    total += (Number(f[12]) + Number(f[13])) / ticks;
    // A postgres process also counts its reaped children (cutime, cstime): the postmaster's hold the backends that
    // ended during the measurement (pgbench's, autovacuum workers), which are gone from /proc by its end.
    if (opts.postgres && f[0] === 'postgres') total += (Number(f[14]) + Number(f[15])) / ticks;
  }
  return total;
}

/**
 * CPU seconds of every postgres process so far, by what the process is (its title: "checkpointer", "autovacuum
 * worker", a backend as "<user> <database>"; reaped children under "ended"), so that the difference of two snapshots
 * says which part of PostgreSQL's CPU a benchmark's figure holds.
 */
export function postgresCpuByKind(): Map<string, number> {
  const ticks = 100;
  const byKind = new Map<string, number>();
  const add = (kind: string, s: number) => byKind.set(kind, (byKind.get(kind) ?? 0) + s);
  for (const [pid, f] of procStats()) {
    if (f[0] !== 'postgres') continue;
    try {
      const title = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
      // "postgres: 15/main: postgres yigou_x 127.0.0.1(5432) idle" → "postgres yigou_x"; "postgres: 15/main: checkpointer" → "checkpointer"
      const rest = title.replace(/^postgres: (?:[^:]+: )?/, '');
      const kind = title.startsWith('postgres:') ? (/^(\S+ \S+) \S+\(\d+\)/.exec(rest)?.[1] ?? rest) : 'postmaster';
      add(kind.replace(/ (idle|active|waiting).*$/, ''), (Number(f[12]) + Number(f[13])) / ticks);
      add('ended', (Number(f[14]) + Number(f[15])) / ticks);
    } catch {
      /* gone */
    }
  }
  return byKind;
}

/**
 * CPU seconds so far of each backend of one database, by pid (from /proc: a process named postgres whose title names
 * the database). Two snapshots give what the database's backends spent in between even when the pool closes an idle
 * connection or opens a new one meanwhile (`backendCpuGrowth`): summing a pid list read at the start lost a closed
 * backend's whole past CPU (a negative figure) and missed a new one's.
 */
export function backendCpuByPid(database: string): Map<number, number> {
  const byPid = new Map<number, number>();
  for (const [pid, f] of procStats()) {
    if (f[0] !== 'postgres') continue;
    try {
      const title = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
      if (title.split(' ').includes(database)) byPid.set(pid, (Number(f[12]) + Number(f[13])) / 100);
    } catch {
      /* gone */
    }
  }
  return byPid;
}

/**
 * What the backends in `after` spent since `before`: a pid in both counts its growth, a new one all it has; one gone
 * by the end counts nothing (its CPU in the window is not in /proc any more: an idle connection the pool closed).
 */
export function backendCpuGrowth(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, s] of after) total += s - (before.get(pid) ?? 0);
  return total;
}

/** The kinds whose CPU grew between two `postgresCpuByKind` snapshots, largest first, as "kind 1.23 s". */
export function postgresCpuGrowth(before: Map<string, number>, after: Map<string, number>): string {
  return [...after]
    .map(([kind, s]) => [kind, s - (before.get(kind) ?? 0)] as const)
    .filter(([, s]) => s >= 0.05)
    .sort((a, b) => b[1] - a[1])
    .map(([kind, s]) => `${kind} ${s.toFixed(2)} s`)
    .join(', ');
}
