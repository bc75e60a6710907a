import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createSuiteDatabase } from '@yigou/server/testing';
import { freePort } from '../harness/test-postgres';

jest.setTimeout(120_000);

/**
 * `nx build api` → plain JavaScript that starts with `node`, without @swc-node/register or TypeScript.
 * (That no dev dependency is needed was checked by hand: `npm ci --omit=dev` in a copy, then the same start.)
 */
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
    api = spawn(process.execPath, [main], {
      env: { PATH: process.env.PATH, NODE_ENV: 'test', PORT: String(port), DATABASE_URL: db.url, LOG_LEVEL: 'warn', LOAD_DEMO_DATA: 'false', EVENTS_AUTO_DELIVER: 'false', NODE_PATH: process.env.NODE_PATH ?? '' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    api.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
    const base = `http://127.0.0.1:${port}`;
    let ready = 0;
    for (let i = 0; i < 200 && ready !== 200; i++) {
      if (api.exitCode !== null) throw new Error(`compiled API exited with ${api.exitCode}: ${stderr}`);
      ready = await fetch(`${base}/health/ready`).then((r) => r.status).catch(() => 0);
      if (ready !== 200) await new Promise((r) => setTimeout(r, 250));
    }
    expect(ready).toBe(200);
    const gql = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'query Cats { categories { productCount } }' }) });
    expect(((await gql.json()) as { data: { categories: unknown[] } }).data.categories.length).toBeGreaterThan(0);
    expect(await (await fetch(`${base}/metrics`)).text()).toMatch(/yigou_graphql_request_duration_seconds_count\{[^}]*operation="Cats"/);
    api.kill('SIGTERM');
    expect(await new Promise((r) => api!.once('exit', r))).toBe(0);
    await db.drop();
  });
});
