// Starts one more API process on an existing database and prints its URL (see startSecondApi).
// SECOND_API_PORT: a fixed port (a process restarted behind a load balancer comes back where it was); a free one otherwise.
// SECOND_API_IDLE_GRACE_MS: how long SIGTERM leaves idle keep-alive connections open (empty: the API's own default).
import { loadConfig } from '@yigou/server/core';
import { JobScheduler } from '@yigou/server/jobs';
import { startApi } from '../../src/bootstrap/start-api';

async function main(): Promise<void> {
  const config = { ...loadConfig({ ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'error' }), loadDemoData: false };
  const grace = process.env.SECOND_API_IDLE_GRACE_MS;
  const api = await startApi(config, {
    port: Number(process.env.SECOND_API_PORT || 0),
    skipMigrations: true,
    idleGraceMs: grace ? Number(grace) : undefined,
  });
  // JOBS_START=1: this process runs its periodic-job worker too (as a production process does; tests are NODE_ENV=test)
  if (process.env.JOBS_START === '1') await api.app.get(JobScheduler).start();
  process.stdout.write(`URL ${api.url}\n`);
  process.on('SIGTERM', () => void api.close().then(() => process.exit(0)));
}
void main();
