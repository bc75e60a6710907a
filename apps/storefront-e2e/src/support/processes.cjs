// The browser runs' child processes: a free port, waiting until a server answers, stopping a child, the API, and
// `vite preview` of the built storefront in front of it. CommonJS, because the global set-up and tear-down
// are; the WeChat Pay suite, which starts its own API and storefront, uses the same (types in processes.d.cts).
const { spawn } = require('node:child_process');
const { createServer } = require('node:net');
const path = require('node:path');

/** The repository root: the children run from it. */
const root = path.resolve(__dirname, '../../../..');

/** A TCP port on 127.0.0.1 that is free now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Resolves once `url` answers 2xx; throws when `child` exits first or after `timeoutMs`. */
async function waitFor(url, what, child, timeoutMs = 120000) {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`${what} exited with ${child.exitCode}`);
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${what} did not answer at ${url}`);
}

/** SIGTERM, then SIGKILL after 5 s; resolves when the child has exited (at once for none or one gone already). */
function stop(child) {
  return new Promise((resolve) => {
    if (!child || child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
    setTimeout(() => child.kill('SIGKILL'), 5000).unref();
  });
}

/**
 * The API as a child process (apps/api/src/main.ts through @swc-node/register) on `port`, on the database at
 * `databaseUrl` (no demo data loaded: the template has it), answering the storefront at `webUrl`; `env` adds or
 * overrides settings (providers, limits, jobs). Resolves once /health answers; stopped again when it never does.
 */
async function startApi({ port, databaseUrl, webUrl, env = {}, what = 'API' }) {
  const api = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      LOAD_DEMO_DATA: 'false',
      SWC_NODE_PROJECT: 'tsconfig.base.json',
      CORS_ORIGINS: webUrl,
      ...env,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  await waitFor(`http://127.0.0.1:${port}/health`, what, api).catch(async (e) => {
    await stop(api);
    throw e;
  });
  return api;
}

/**
 * `vite preview` of the built storefront (npm run build:web) on `port`, proxying /graphql and /media to `apiUrl`; resolves once it answers
 * (stopped again when it never does).
 */
async function startPreview(port, apiUrl) {
  const web = spawn(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'preview',
      '--config',
      'apps/storefront/vite.config.ts',
      '--port',
      String(port),
      '--strictPort',
      '--host',
      '127.0.0.1',
    ],
    { cwd: root, env: { ...process.env, API_URL: apiUrl }, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  await waitFor(`http://127.0.0.1:${port}/`, 'storefront', web).catch(async (e) => {
    await stop(web);
    throw e;
  });
  return web;
}

module.exports = { root, freePort, waitFor, stop, startApi, startPreview };
