// Starts one more API process on an existing database and prints its URL (see startSecondApi).
import { loadConfig } from '@yigou/server/core';
import { JobScheduler } from '@yigou/server/jobs';
import { startApi } from '../../src/bootstrap/start-api';

async function main(): Promise<void> {
  const config = { ...loadConfig({ ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'error' }), loadDemoData: false };
  const api = await startApi(config, { port: 0, skipMigrations: true });
  // JOBS_START=1: this process runs its periodic-job worker too (as a production process does; tests are NODE_ENV=test)
  if (process.env.JOBS_START === '1') await api.app.get(JobScheduler).start();
  process.stdout.write(`URL ${api.url}\n`);
  process.on('SIGTERM', () => void api.close().then(() => process.exit(0)));
}
void main();
