// Starts one more API process on an existing database and prints its URL (see startSecondApi).
import { loadConfig } from '@yigou/server/core';
import { startApi } from '../../src/bootstrap/start-api';

async function main(): Promise<void> {
  const config = { ...loadConfig({ ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'error' }), loadDemoData: false };
  const api = await startApi(config, { port: 0, skipMigrations: true });
  process.stdout.write(`URL ${api.url}\n`);
  process.on('SIGTERM', () => void api.close().then(() => process.exit(0)));
}
void main();
