import type { IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { INestApplication, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Logger as PinoLogger } from 'nestjs-pino';
import { json, urlencoded } from 'express';
import { DataSource } from 'typeorm';
import { AppConfig } from '@yigou/server/core';
import { startEmbeddedPostgres } from '@yigou/server/database';
import { AppModule } from '../app.module';
import { PublicCacheMiddleware } from '../graphql/public-cache.middleware';
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
    // The body parsers are mounted below, so that the public cache can sit between them and Nest's middleware.
    bodyParser: false,
  });
  app.useLogger(app.get(PinoLogger));
  app.set('trust proxy', 'loopback');
  app.enableCors({ origin: config.corsOrigins, credentials: true });
  // What Nest's own parsers do with `rawBody: true` (the Stripe webhook verifies its signature on req.rawBody).
  const keepRaw = (req: IncomingMessage & { rawBody?: Buffer }, _res: unknown, buf: Buffer) => {
    if (Buffer.isBuffer(buf)) req.rawBody = buf;
  };
  app.use(json({ verify: keepRaw }));
  app.use(urlencoded({ extended: true, verify: keepRaw }));
  // Anonymous catalogue reads are answered here, before the request logger and the rest of Nest's pipeline.
  const publicCache = app.get(PublicCacheMiddleware);
  app.use('/graphql', (req: Parameters<PublicCacheMiddleware['use']>[0], res: Parameters<PublicCacheMiddleware['use']>[1], next: () => void) =>
    req.method === 'POST' ? publicCache.use(req, res, next) : next(),
  );
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
