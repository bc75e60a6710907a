import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createSuiteDatabase } from '@yigou/server/testing';
import { freePort } from '../harness/test-postgres';

jest.setTimeout(60_000);

const REDIS = ['/usr/bin/redis-server', '/usr/local/bin/redis-server'].find((p) => existsSync(p));
const describeWithRedis = REDIS ? describe : describe.skip;
/** The child processes of `pid` (ps exits 1 when there are none). */
function children(pid: number): number[] {
  try {
    return execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' })
      .split('\n')
      .map(Number)
      .filter(Boolean);
  } catch {
    return [];
  }
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** API_WORKERS=2: node's cluster with a supervisor (apps/api/src/main.ts), on its own Redis (API_WORKERS > 1 needs one). */
describeWithRedis('the cluster supervisor (API_WORKERS)', () => {
  let redis: ChildProcess;
  let api: ChildProcess;
  afterAll(async () => {
    for (const c of [api, redis]) if (c && c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  });

  it('replaces a worker that dies instead of stopping, and stops every worker on SIGTERM', async () => {
    const redisPort = await freePort();
    redis = spawn(REDIS as string, ['--port', String(redisPort), '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    const db = await createSuiteDatabase();
    const port = await freePort();
    api = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], {
      env: {
        ...process.env,
        NODE_ENV: 'test',
        PORT: String(port),
        DATABASE_URL: db.url,
        REDIS_URL: `redis://127.0.0.1:${redisPort}`,
        REDIS_KEY_PREFIX: `yigou-cluster-${process.pid}:`,
        API_WORKERS: '2',
        LOAD_DEMO_DATA: 'false',
        EVENTS_AUTO_DELIVER: 'false',
        LOG_LEVEL: 'error',
        SWC_NODE_PROJECT: 'tsconfig.base.json',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    api.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
    // A connection the primary handed to the worker just killed is never answered: give up on it after a second.
    const ready = () =>
      fetch(`http://127.0.0.1:${port}/health/ready`, { signal: AbortSignal.timeout(1000) })
        .then((r) => r.status)
        .catch(() => 0);
    let workers: number[] = [];
    for (let i = 0; i < 240 && (workers.length < 2 || (await ready()) !== 200); i++) {
      if (api.exitCode !== null) throw new Error(`API exited: ${stderr}`);
      await sleep(250);
      workers = children(api.pid as number);
    }
    expect(workers).toHaveLength(2);

    process.kill(workers[0], 'SIGKILL');
    let now: number[] = [];
    for (let i = 0; i < 200; i++) {
      now = children(api.pid as number);
      if (now.length === 2 && !now.includes(workers[0]) && stderr.includes(`API worker ${workers[0]} exited`)) break;
      await sleep(100);
    }
    expect(api.exitCode).toBeNull(); // the supervisor kept going
    expect(now).toHaveLength(2);
    expect(now).toContain(workers[1]);
    expect(now).not.toContain(workers[0]);
    expect(stderr).toMatch(new RegExp(`API worker ${workers[0]} exited with SIGKILL; starting a new one`));
    // Both workers answer again (readiness needs the database, Redis and the migrations in each).
    for (let i = 0; i < 100 && (await ready()) !== 200; i++) await sleep(100);
    for (let i = 0; i < 6; i++) expect(await ready()).toBe(200);

    api.kill('SIGTERM');
    expect(await new Promise((r) => api.once('exit', r))).toBe(0);
    for (const pid of now) expect(() => process.kill(pid, 0)).toThrow();
    await db.drop();
  });
});
