import { ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createSuiteDatabase } from '@yigou/server/testing';
import { freePort } from '../harness/test-postgres';

jest.setTimeout(120_000);

/**
 * `nx build api` → plain JavaScript that starts with `node`, without @swc-node/register or TypeScript, and
 * loads no dev dependency: harness/no-dev-dependencies.cjs is preloaded and throws on any package that
 * `npm ci --omit=dev` would leave out (also checked by hand once: `npm ci --omit=dev` in a copy, then the same start).
 */
const GUARD = join(process.cwd(), 'apps/api/test/harness/no-dev-dependencies.cjs');
mkdirSync(join(process.cwd(), 'tmp'), { recursive: true });

describe('the production build', () => {
  // Inside the repository (tmp/ is git-ignored), so that the compiled files find node_modules the way dist/api does.
  const out = mkdtempSync(join(process.cwd(), 'tmp', 'build-'));
  let api: ChildProcess | null = null;
  afterAll(async () => {
    if (api && api.exitCode === null) {
      api.kill('SIGTERM');
      await new Promise((r) => api!.once('exit', r));
    }
    rmSync(out, { recursive: true, force: true });
  });

  it('compiles the API to JavaScript that starts with plain node and serves GraphQL, health and metrics', async () => {
    execFileSync(process.execPath, ['tools/scripts/build-api.mjs'], { env: { ...process.env, YIGOU_BUILD_OUT: out }, stdio: 'pipe' });
    const main = join(out, 'apps/api/src/main.js');
    expect(existsSync(main)).toBe(true);
    expect(existsSync(join(out, 'libs/server/demo-data/data/demo.json'))).toBe(true);
    const db = await createSuiteDatabase();
    const port = await freePort();
    let stderr = '';
    // No -r @swc-node/register: a .ts file reached at run time would fail to load.
    api = spawn(process.execPath, ['-r', GUARD, main], {
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'test',
        PORT: String(port),
        DATABASE_URL: db.url,
        LOG_LEVEL: 'warn',
        LOAD_DEMO_DATA: 'false',
        EVENTS_AUTO_DELIVER: 'false',
        NODE_PATH: process.env.NODE_PATH ?? '',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    api.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
    const base = `http://127.0.0.1:${port}`;
    let ready = 0;
    for (let i = 0; i < 200 && ready !== 200; i++) {
      if (api.exitCode !== null) throw new Error(`compiled API exited with ${api.exitCode}: ${stderr}`);
      ready = await fetch(`${base}/health/ready`)
        .then((r) => r.status)
        .catch(() => 0);
      if (ready !== 200) await new Promise((r) => setTimeout(r, 250));
    }
    expect(ready).toBe(200);
    const gql = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query Cats { categories { productCount } }' }),
    });
    expect(((await gql.json()) as { data: { categories: unknown[] } }).data.categories.length).toBeGreaterThan(0);
    expect(await (await fetch(`${base}/metrics`)).text()).toMatch(/yigou_graphql_request_duration_seconds_count\{[^}]*operation="Cats"/);
    api.kill('SIGTERM');
    expect(await new Promise((r) => api!.once('exit', r))).toBe(0);

    // The operator's scripts from the same build (npm run reconcile:prod / backup:prod / restore:prod in the image).
    const env = {
      PATH: process.env.PATH,
      NODE_ENV: 'test',
      DATABASE_URL: db.url,
      LOG_LEVEL: 'warn',
      NODE_PATH: process.env.NODE_PATH ?? '',
    };
    const reconcile = spawnSync(process.execPath, ['-r', GUARD, join(out, 'apps/api/src/bootstrap/reconcile.js')], {
      env,
      encoding: 'utf8',
      timeout: 120_000,
    });
    expect(reconcile.stderr).not.toMatch(/dev dependency|TypeScript/);
    expect(reconcile.stdout).toMatch(/对账完成：检查订单 \d+ 笔，差异 0 处/);
    expect(reconcile.status).toBe(0);
    // backup-cli's usage line: it loads (its whole import graph) and parses its arguments without a dev dependency.
    const usage = spawnSync(process.execPath, ['-r', GUARD, join(out, 'apps/api/src/bootstrap/backup-cli.js'), 'help'], {
      env,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(usage.stderr).not.toMatch(/dev dependency|TypeScript/);
    expect(usage.stderr).toMatch(/^usage: npm run backup/);
    expect(usage.status).toBe(2);
    await db.drop();
  });
});
