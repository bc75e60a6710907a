import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { loadConfig } from '@yigou/server/core';
import { AppModule } from '../../src/app.module';
import { loadDemoData } from '../../src/bootstrap/demo-accounts';
import { runMigrations } from '../../src/bootstrap/migrate';

/** Migrates a database and loads the demo data (including demo accounts) into it. */
export async function prepareTemplate(url: string): Promise<void> {
  // No event delivery here: it would start before the migrations have created the outbox.
  const config = { ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'error', EVENTS_AUTO_DELIVER: 'false' }), databaseUrl: url };
  const app = await NestFactory.create(AppModule.forRoot(config), { logger: ['error'] });
  await app.init();
  await runMigrations(app.get(DataSource));
  await loadDemoData(app, { history: false }); // suites expect no orders; demo-history.int-spec loads it on its own
  await app.close();
}
