/**
 * The real Yigou API for bench/live-fanout, bound to 127.0.0.1 only.
 * Migrates, loads the demo data, prints one JSON line {"ready":port} on stdout.
 */
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { loadConfig } from '@yigou/server/core';
import { AppModule } from '../../apps/api/src/app.module';
import { runMigrations } from '../../apps/api/src/bootstrap/migrate';
import { loadDemoData } from '../../apps/api/src/bootstrap/demo-accounts';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const app = await NestFactory.create(AppModule.forRoot(config), { logger: ['error', 'warn'] });
  await runMigrations(app.get(DataSource));
  if (config.loadDemoData) await loadDemoData(app);
  await app.listen(config.port, '127.0.0.1');
  process.stdout.write(JSON.stringify({ ready: config.port }) + '\n');
  const stop = () => void app.close().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
