// Once per Jest run: start the run's PostgreSQL and template database in a
// child process (apps/api/test/harness/test-postgres.ts) and pass their
// addresses to the test workers through the environment.
const { spawn } = require('node:child_process');
const path = require('node:path');

const root = path.resolve(__dirname, '../../../..');

module.exports = async function globalSetup() {
  if (globalThis.__yigouTestPg) return; // already started (e2e setup calls this too)
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/api/test/harness/test-postgres.ts'], {
    cwd: root,
    env: { ...process.env, SWC_NODE_PROJECT: 'tsconfig.base.json', NODE_ENV: 'test' },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const ready = await new Promise((resolve, reject) => {
    let buf = '';
    child.stdout.on('data', (d) => {
      buf += d;
      const nl = buf.indexOf('\n');
      if (nl >= 0) resolve(JSON.parse(buf.slice(0, nl)));
    });
    child.once('exit', (code) => reject(new Error(`test PostgreSQL setup exited with ${code}`)));
  });
  process.env.YIGOU_TEST_PG_ADMIN_URL = ready.adminUrl;
  process.env.YIGOU_TEST_TEMPLATE_DB = ready.template;
  globalThis.__yigouTestPg = child;
};
