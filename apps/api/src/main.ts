import 'reflect-metadata';
import { ConfigError, loadConfig } from '@yigou/server/core';
import { startApi } from './bootstrap/start-api';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(1);
    }
    throw e;
  }
  const api = await startApi(config);
  const shutdown = async (signal: string) => {
    api.logger.log(`received ${signal}, shutting down`);
    await api.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((e: unknown) => {
  process.stderr.write(`启动失败: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
  process.exit(1);
});
