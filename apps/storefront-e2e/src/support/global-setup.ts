import { ChildProcess, spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import apiGlobalSetup, { freePort } from '../../../api/test/harness/global-setup';
import { createSuiteDatabase } from '../../../api/test/harness/test-database';

async function waitFor(url: string, what: string, child: ChildProcess, timeoutMs = 120_000): Promise<void> {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`${what} exited with ${child.exitCode}`);
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {
      /* not yet */
    }
    await sleep(300);
  }
  throw new Error(`${what} did not answer at ${url}`);
}

/**
 * PostgreSQL + template (as for the integration suites), a database for the
 * browser run, the API as a real child process, and `vite preview` of the
 * built storefront proxying /graphql and /media to that API.
 */
export default async function globalSetup(): Promise<void> {
  await apiGlobalSetup();
  const db = await createSuiteDatabase();
  const apiPort = await freePort();
  const webPort = await freePort();
  const api = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      PORT: String(apiPort),
      DATABASE_URL: db.url,
      LOAD_DEMO_DATA: 'false',
      SWC_NODE_PROJECT: 'tsconfig.base.json',
      CORS_ORIGINS: `http://localhost:${webPort}`,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  await waitFor(`http://127.0.0.1:${apiPort}/health`, 'API', api);
  const web = spawn(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'preview', '--config', 'apps/storefront/vite.config.ts', '--port', String(webPort), '--strictPort', '--host', '127.0.0.1'],
    { env: { ...process.env, API_URL: `http://127.0.0.1:${apiPort}` }, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  await waitFor(`http://127.0.0.1:${webPort}/`, 'storefront', web);
  process.env.E2E_BASE_URL = `http://127.0.0.1:${webPort}`;
  process.env.E2E_API_URL = `http://127.0.0.1:${apiPort}`;
  (globalThis as { __e2e?: { api: ChildProcess; web: ChildProcess; dropDb: () => Promise<void> } }).__e2e = { api, web, dropDb: db.drop };
}
