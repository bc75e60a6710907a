#!/usr/bin/env node
// `npm start`: the API (embedded PostgreSQL unless DATABASE_URL is set, migrations,
// demo data) and the storefront dev server, together. Ctrl-C stops both.
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

const apiPort = process.env.PORT ?? '3000';
const webPort = process.env.WEB_PORT ?? '4200';
const apiUrl = `http://localhost:${apiPort}`;
const children = [];

function run(name, cmd, args, env) {
  const child = spawn(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`[${name}] stopped (${signal ?? code}); stopping everything`);
      stop(code ?? 1);
    }
  });
  children.push(child);
  return child;
}

let stopping = false;
function stop(code = 0) {
  stopping = true;
  for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
  setTimeout(() => process.exit(code), 3000).unref();
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

run('api', process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], {
  PORT: apiPort,
  NODE_ENV: process.env.NODE_ENV ?? 'development',
  SWC_NODE_PROJECT: 'tsconfig.base.json',
});

// Wait for the API (first start initialises PostgreSQL and loads demo data).
const started = Date.now();
for (;;) {
  if (stopping) process.exit(1);
  try {
    const r = await fetch(`${apiUrl}/health`);
    if (r.ok) break;
  } catch {
    /* not up yet */
  }
  if (Date.now() - started > 180_000) {
    console.error('API did not become healthy within 3 minutes');
    stop(1);
  }
  await sleep(500);
}

run(
  'web',
  process.execPath,
  ['node_modules/vite/bin/vite.js', '--config', 'apps/storefront/vite.config.ts', '--port', webPort, '--strictPort'],
  {
    API_URL: apiUrl,
  },
);

await sleep(1500);
console.log(`
  以购 Yigou is running
  ─────────────────────────────────────────────
  Storefront   http://localhost:${webPort}
  GraphQL API  ${apiUrl}/graphql
  Health       ${apiUrl}/health

  Demo accounts (password: yigou-demo)
    buyer · purchaser · unit-admin · supplier · host · county-admin · finance · platform-finance · auditor · admin
`);
