import { join } from 'node:path';
import { INestApplication, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Logger as PinoLogger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { AppConfig } from '@yigou/server/core';
import { startEmbeddedPostgres } from '@yigou/server/database';
import { AppModule } from '../app.module';
import { loadDemoData } from './demo-accounts';
import { runMigrations } from './migrate';

export interface RunningApi {
  app: INestApplication;
  url: string;
  databaseUrl: string;
  logger: Logger;
  close(): Promise<void>;
}

export interface StartOptions {
  /** Listen on this port instead of config.port (0 = any free port). */
  port?: number;
  /** Skip migrations (tests that prepared the database already). */
  skipMigrations?: boolean;
}

/**
 * Brings the whole API up: the database (the configured server, or an embedded
 * PostgreSQL under the data folder), migrations, demo data, then HTTP.
 */
export async function startApi(config: AppConfig, opts: StartOptions = {}): Promise<RunningApi> {
  const logger = new Logger('yigou');
  let stopEmbedded: (() => Promise<void>) | null = null;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    const embedded = await startEmbeddedPostgres({
      dataDir: join(config.dataDir, 'postgres'),
      port: config.embeddedPgPort,
      database: 'yigou',
      persistent: true,
    });
    databaseUrl = embedded.url;
    stopEmbedded = embedded.stop;
  }
  const effective: AppConfig = { ...config, databaseUrl };
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(effective), {
    bufferLogs: true,
    rawBody: true,
  });
  app.useLogger(app.get(PinoLogger));
  app.set('trust proxy', 'loopback');
  app.enableCors({ origin: config.corsOrigins, credentials: true });
  app.enableShutdownHooks();
  const db = app.get(DataSource);
  if (!opts.skipMigrations) await runMigrations(db);
  if (config.loadDemoData) await loadDemoData(app);
  await app.listen(opts.port ?? config.port, '0.0.0.0');
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://localhost:${address.port}`;
  app.get(PinoLogger).log(`Yigou API ready at ${url}/graphql`);
  return {
    app,
    url,
    databaseUrl,
    logger,
    async close() {
      await app.close();
      if (stopEmbedded) await stopEmbedded();
    },
  };
}
