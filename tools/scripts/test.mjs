#!/usr/bin/env node
// `npm test`: every suite, against a real PostgreSQL (embedded unless DATABASE_URL is set).
//   0. static checks: tsc for server and storefront, ESLint with Nx module boundaries, Prettier, the structure specs (tools/architecture)
//   1. Jest: unit tests beside the code and integration tests that boot the API
//   2. Vitest: the storefront's component tests
//   3. Jest + playwright-core: browser tests driving the built storefront in Chromium
// Prints one closing line "N passed, N failed" and exits non-zero on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const out = 'test-results';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const only = process.argv.slice(2); // e.g. `npm test -- server` or `web`, `e2e`, `static`
const want = (s) => only.length === 0 || only.includes(s);
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' };
const steps = [];

function step(name, cmd, args, jsonFile, extraEnv = {}) {
  console.log(`\n▶ ${name}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  let passed = 0;
  let failed = 0;
  let ok = r.status === 0;
  if (jsonFile && existsSync(jsonFile)) {
    const j = JSON.parse(readFileSync(jsonFile, 'utf8'));
    passed = j.numPassedTests ?? 0;
    failed = (j.numFailedTests ?? 0) + (j.numRuntimeErrorTestSuites ?? 0);
    if (j.numTotalTests === 0) ok = false;
  } else if (jsonFile) {
    ok = false; // the runner crashed before writing its report
  }
  if (!ok && failed === 0) failed = 1;
  steps.push({ name, passed, failed, ok });
}

const node = process.execPath;
const jest = 'node_modules/jest/bin/jest.js';

if (want('static')) {
  // Type errors and module-boundary violations fail the run like a failing test.
  step(
    'static: TypeScript (server, storefront), ESLint with module boundaries, Prettier and the structure specs',
    process.execPath,
    [
      '-e',
      `
    const { spawnSync } = require('node:child_process');
    const run = (args) => spawnSync(process.execPath, args, { stdio: 'inherit' }).status === 0;
    const graph = () => {
      const path = require('node:path');
      const nx = path.join(path.dirname(require.resolve('nx/package.json')), require('nx/package.json').bin.nx);
      const r = spawnSync(process.execPath, [nx, 'show', 'projects'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' } });
      if (r.status !== 0) console.error('could not compute the Nx project graph (needed by the module-boundary lint rule)');
      return r.status === 0;
    };
    const fs = require('node:fs');
    const checks = [
      run(['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json', '--noEmit']),
      run(['node_modules/typescript/bin/tsc', '-p', 'apps/storefront/tsconfig.json', '--noEmit']),
      // The module-boundary rule reads Nx's cached project graph and silently skips itself
      // without one (a fresh clone has none): compute it first.
      graph() && run(['node_modules/eslint/bin/eslint.js', '.']),
      // One format for everyone (issue 20): \`npm run format\` writes it.
      run(['node_modules/prettier/bin/prettier.cjs', '--check', '--log-level', 'warn', '.']),
    ];
    // The structure specs (issue 20): a domain naming another's table, a misplaced file, an entity that is its own
    // GraphQL type, a new arrow between domains or a page outside its module fails here, not only in the unit run.
    const specs = process.argv[1];
    const specsOk = run(['node_modules/jest/bin/jest.js', '--selectProjects', 'unit', '--testPathPatterns', 'tools/architecture/', '--json', '--outputFile=' + specs]);
    // One report for the step: each of the four checks counts as one test, beside the structure specs' own tests.
    const j = fs.existsSync(specs) ? JSON.parse(fs.readFileSync(specs, 'utf8')) : { numPassedTests: 0, numFailedTests: 1, numTotalTests: 1 };
    const passedChecks = checks.filter(Boolean).length;
    fs.writeFileSync(process.argv[2], JSON.stringify({
      numPassedTests: passedChecks + (j.numPassedTests ?? 0),
      numFailedTests: checks.length - passedChecks + (j.numFailedTests ?? 0) + (specsOk || j.numFailedTests ? 0 : 1),
      numRuntimeErrorTestSuites: j.numRuntimeErrorTestSuites ?? 0,
      numTotalTests: checks.length + (j.numTotalTests ?? 0),
    }));
    process.exit(checks.every(Boolean) && specsOk ? 0 : 1);
  `,
      join(out, 'structure.json'),
      join(out, 'static.json'),
    ],
    join(out, 'static.json'),
  );
}
if (want('server')) {
  // On 2 cores Jest runs every suite in one process (one worker = in band); ~110 suites that each boot the API
  // outgrow Node's default 4 GB heap (seen: out of memory at 3.8 GB), so give it room.
  step(
    'server: unit + integration (Jest)',
    node,
    ['--max-old-space-size=8192', jest, '--ci', '--json', `--outputFile=${join(out, 'jest.json')}`],
    join(out, 'jest.json'),
  );
}
if (want('web')) {
  step(
    'storefront: components (Vitest)',
    node,
    [
      'node_modules/vitest/vitest.mjs',
      'run',
      '--config',
      'apps/storefront/vite.config.ts',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${join(out, 'vitest.json')}`,
    ],
    join(out, 'vitest.json'),
  );
}
if (want('e2e')) {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromium) && process.env.CI !== 'true') {
    console.warn(`\n⚠ browser tests skipped: ${chromium} not found (install it with: sudo apt-get install -y chromium)`);
  } else {
    step(
      'storefront: build',
      node,
      ['node_modules/vite/bin/vite.js', 'build', '--config', 'apps/storefront/vite.config.ts', '--logLevel', 'warn'],
      null,
    );
    step(
      'browser tests (Chromium)',
      node,
      [jest, '--ci', '--config', 'apps/storefront-e2e/jest.config.cjs', '--json', `--outputFile=${join(out, 'e2e.json')}`],
      join(out, 'e2e.json'),
    );
  }
}

// A step without a JSON report (the build) counts as one failure only if they failed.
for (const s of steps) if (s.name === 'storefront: build') s.failed = s.ok ? 0 : 1;
const passed = steps.reduce((a, s) => a + s.passed, 0);
const failed = steps.reduce((a, s) => a + s.failed, 0);
console.log('');
for (const s of steps) console.log(`  ${s.ok ? '✓' : '✗'} ${s.name}: ${s.passed} passed, ${s.failed} failed`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || steps.some((s) => !s.ok) ? 1 : 0);
