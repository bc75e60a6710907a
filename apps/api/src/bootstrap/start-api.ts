import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { Server as NetServer, Socket } from 'node:net';
import { INestApplication, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import multipart from '@fastify/multipart';
import { fastify as createFastify } from 'fastify';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Logger as PinoLogger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { AppConfig, JSON_BODY_LIMIT, JSON_BODY_LIMIT_BYTES, MULTIPART_LIMITS, QueryRateLimiter } from '@yigou/server/core';
import { ERROR_CODES } from '@yigou/shared/domain';
import { BackupTarget, makeBackup } from '@yigou/server/database';
import { AppModule } from '../app.module';
import { PublicCacheMiddleware } from '../graphql/public-cache.middleware';
import { HealthController } from '../health/health.controller';
import { ApiMetrics } from '../metrics/api-metrics';
import { mediaFiles } from '../media/media-files';
import { openAppDatabase } from './app-database';
import { loadDemoData } from './demo-accounts';
import { runMigrations } from './migrate';
import { mediaResourcePolicy, refuseBlockedClients, securityHeaders, statementBudget } from './http-guards';
import type { RequestMeta } from '../metrics/operation-name';
import { msUntilShanghaiHour } from '@yigou/shared/time';

export interface RunningApi {
  app: INestApplication;
  url: string;
  databaseUrl: string;
  logger: Logger;
  close(): Promise<void>;
}

/** How long a stopping process lets the requests it accepted finish before it closes the database anyway. */
const DRAIN_MS = 15_000;
/**
 * How long a stopping process leaves idle keep-alive connections for their client to close (nginx's upstream
 * keepalive_timeout is 4 s, Node's own keep-alive timeout 5 s) before closing them itself.
 */
const IDLE_GRACE_MS = 6_000;

/** The HTTP connections of a server (WebSockets leave the set when they upgrade) and what the drain needs to know. */
interface HttpState {
  count: number;
  idle: (() => void) | null;
  draining: boolean;
  sockets: Set<Socket>;
}

export interface StartOptions {
  /** Listen on this port instead of config.port (0 = any free port). */
  port?: number;
  /** Skip migrations (tests that prepared the database already). */
  skipMigrations?: boolean;
  /** How long close() leaves idle keep-alive connections to their clients (IDLE_GRACE_MS; in-process tests: 0). */
  idleGraceMs?: number;
}

/**
 * Brings the whole API up: the database (the configured server, or an embedded
 * PostgreSQL under the data folder), migrations, demo data, then HTTP.
 */
export async function startApi(config: AppConfig, opts: StartOptions = {}): Promise<RunningApi> {
  const logger = new Logger('yigou');
  const { url: databaseUrl, embedded } = await openAppDatabase(config);
  const embeddedDataDir = embedded?.dataDir ?? null;
  const effective: AppConfig = { ...config, databaseUrl };
  // The instance comes from the fastify the app depends on (5.12), not the patch release @nestjs/platform-fastify pins
  // for itself (5.11), whose body parsing called AsyncResource.bind per request — on node 20 that builds a deprecation
  // wrapper each time: ~6 % of a signed-in `{ me }`'s CPU (issue 19 profile). No versioned routes here, so Nest's
  // version constraint (which it only adds to an instance it creates) is not needed.
  const instance = createFastify({
    // Which peers may tell the client's address in X-Forwarded-For (TRUST_PROXY): req.ip counts sign-in attempts
    // and keys anonymous GraphQL budgets.
    // A hop count as @nestjs/platform-fastify's fastify read it (5.12 would trust no peer for a number).
    trustProxy: typeof config.trustProxy === 'number' ? trustHops(config.trustProxy) : config.trustProxy,
    // Small and explicit: GraphQL operations and their variables only. Files come as multipart (FileUpload in core).
    bodyLimit: JSON_BODY_LIMIT_BYTES,
    // The request log is nestjs-pino's (pino-http), one line per request as before; Fastify's own stays off.
    logger: false,
    // close() drains HTTP itself (drainHttp below) before Nest closes Fastify.
    return503OnClosing: false,
    forceCloseConnections: false,
  });
  // (Typed against its own fastify copy by @nestjs/platform-fastify: the two differ in patch release only.)
  const adapter = new YigouFastifyAdapter(instance as never);
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(effective), adapter, {
    bufferLogs: true,
    // JSON and urlencoded bodies keep their bytes as req.rawBody: the payment webhooks verify signatures on them.
    rawBody: true,
  });
  app.useLogger(app.get(PinoLogger));
  const fastify: FastifyInstance = instance;
  // Requests in progress, so that close() can let them finish before the database pool goes away.
  const inFlight: HttpState = { count: 0, idle: null, draining: false, sockets: new Set() };
  const httpServer = app.getHttpServer() as Server;
  httpServer.on('connection', (socket: Socket) => {
    inFlight.sockets.add(socket);
    socket.once('close', () => {
      inFlight.sockets.delete(socket);
      inFlight.idle?.();
    });
  });
  httpServer.on('upgrade', (_req: IncomingMessage, socket: Socket) => inFlight.sockets.delete(socket));
  app.use((_req: IncomingMessage, res: ServerResponse, next: () => void) => {
    inFlight.count++;
    // While draining, every answer closes its connection: a load balancer does not keep it for the next request.
    if (inFlight.draining) res.setHeader('Connection', 'close');
    res.once('close', () => {
      if (--inFlight.count === 0) inFlight.idle?.();
    });
    next();
  });
  // Security headers first, so that every answer carries them: cache hits, refusals, images, errors.
  app.use(securityHeaders());
  app.use('/media', mediaResourcePolicy);
  // Latency per GraphQL operation and route; early, so that the public cache's answers are timed as well.
  app.use(app.get(ApiMetrics).middleware);
  app.enableCors({ origin: config.corsOrigins, credentials: true });
  // Product images from the disk (demo drawings; uploads with the local store).
  for (const [prefix, handler] of mediaFiles(config)) app.use(prefix, handler);
  // Uploads: parsed by the FileUpload interceptor (core), one file in memory within its kind's limit.
  await fastify.register(multipart, { limits: MULTIPART_LIMITS });
  // The GraphQL route's own hooks (Apollo adds it during init): the other routes pay nothing for them.
  const limiter = app.get(QueryRateLimiter);
  const publicCache = app.get(PublicCacheMiddleware);
  fastify.addHook('onRoute', (route) => {
    if (route.url !== '/graphql') return;
    const list = <T>(hooks: T | T[] | undefined): T[] => (hooks === undefined ? [] : Array.isArray(hooks) ? hooks : [hooks]);
    // A client over its GraphQL budget is refused before anything parses its request.
    route.onRequest = [...list(route.onRequest), refuseBlockedClients(limiter)] as typeof route.onRequest;
    route.preHandler = [
      ...list(route.preHandler),
      // The operation name for the request log and metrics, which see node's request (the body is Fastify's); and
      // `Cache-Control: no-store` on every GraphQL answer (browsers and proxies keep none), as Apollo's cache-control
      // plugin wrote it — set here rather than by an Apollo plugin, which cost every request a promise and a listener.
      (req: FastifyRequest, reply: FastifyReply, done: () => void) => {
        (req.raw as IncomingMessage & RequestMeta).body = req.body;
        reply.header('cache-control', 'no-store');
        done();
      },
      // Each request counts its SQL statements.
      statementBudget,
      // Anonymous catalogue reads are answered here, before Apollo.
      publicCache.preHandler,
    ] as typeof route.preHandler;
    route.onSend = [...list(route.onSend), publicCache.onSend] as typeof route.onSend;
  });
  // No enableShutdownHooks(): Nest would close the database on SIGTERM at once, under running requests.
  // main.ts (and the test harness) call close() on signals instead, which drains HTTP first.
  const db = app.get(DataSource);
  if (!opts.skipMigrations) await runMigrations(db);
  if (config.loadDemoData) await loadDemoData(app);
  await app.listen(opts.port ?? config.port, '0.0.0.0');
  const address = app.getHttpServer().address() as { port: number };
  const url = `http://localhost:${address.port}`;
  app.get(PinoLogger).log(`Yigou API ready at ${url}/graphql`);
  // The embedded database is this process's own: it backs it up nightly (an external one is backed up by its operator, `npm run backup`).
  const nightly =
    embeddedDataDir && config.backupHour !== null && config.nodeEnv !== 'test'
      ? scheduleNightlyBackup(
          { url: databaseUrl, embeddedDataDir, backupDir: config.backupDir, keep: config.backupKeep },
          config.backupHour,
          logger,
        )
      : null;
  return {
    app,
    url,
    databaseUrl,
    logger,
    async close() {
      nightly?.stop();
      app.get(HealthController).draining = true;
      await drainHttp(httpServer, inFlight, opts.idleGraceMs ?? IDLE_GRACE_MS);
      await app.close();
      await embedded?.stop();
    },
  };
}

/** TRUST_PROXY=n: the n nearest hops may tell the client's address (proxy-addr's hop-count trust). */
function trustHops(hops: number): (address: string, hop: number) => boolean {
  return (_address, hop) => hop < hops;
}

/**
 * Stops taking connections and waits (at most DRAIN_MS) for the requests already accepted to be answered. A
 * checkout that was running when a deploy sent SIGTERM then finishes and tells its buyer, instead of failing on
 * a closed pool after its order may have been written.
 *
 * Idle keep-alive connections are not cut at once (http.Server.close would): a load balancer such as nginx may be
 * sending a request on one at that very moment, and a POST that meets a reset connection is answered 502, not
 * retried elsewhere. Requests that still come on them are served, with `Connection: close`; the rest are left for
 * their client to close (within the idle grace), then closed.
 */
async function drainHttp(server: Server, state: HttpState, idleGraceMs: number): Promise<void> {
  state.draining = true;
  if (server.listening) NetServer.prototype.close.call(server);
  const started = Date.now();
  const done = () => state.count === 0 && (state.sockets.size === 0 || Date.now() - started >= idleGraceMs);
  while (!done() && Date.now() - started < DRAIN_MS) {
    await new Promise<void>((resolve) => {
      const wait = state.count > 0 ? DRAIN_MS : idleGraceMs;
      const timer = setTimeout(resolve, Math.max(1, started + wait - Date.now()));
      timer.unref();
      state.idle = () => {
        clearTimeout(timer);
        resolve();
      };
    });
    state.idle = null;
  }
  server.closeIdleConnections();
}

/** Runs makeBackup every day at `hour` (Shanghai time); a failed backup is logged and tried again the next night. */
function scheduleNightlyBackup(target: BackupTarget, hour: number, logger: Logger): { stop(): void } {
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  const plan = () => {
    if (stopped) return;
    timer = setTimeout(
      () => {
        makeBackup(target)
          .then(({ path, deleted }) =>
            logger.log(`nightly backup written to ${path}${deleted.length ? `; deleted ${deleted.length} older` : ''}`),
          )
          .catch((e: unknown) => logger.error(`nightly backup failed: ${e instanceof Error ? e.message : String(e)}`))
          .finally(plan);
      },
      msUntilShanghaiHour(new Date(), hour),
    );
    timer.unref();
  };
  plan();
  return {
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}

/**
 * The body parsers' refusals, answered in the GraphQL error shape with a code and a Chinese message (Fastify's own
 * handler would answer its {statusCode, code, error, message} shape in English).
 */
function bodyRefusal(err: FastifyError): { status: number; code: string; message: string } | null {
  if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
    return {
      status: 413,
      code: ERROR_CODES.PAYLOAD_TOO_LARGE,
      message: `请求内容超过 ${JSON_BODY_LIMIT.toUpperCase()}；文件请作为附件上传`,
    };
  if (
    err.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ||
    err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ||
    (err instanceof SyntaxError && err.statusCode === 400)
  ) {
    return { status: 400, code: ERROR_CODES.BAD_USER_INPUT, message: '请求内容不是有效的 JSON' };
  }
  return null;
}

type ErrorHandler = (this: unknown, err: FastifyError, req: FastifyRequest, reply: FastifyReply) => unknown;

/** Fastify with the body parsers' refusals answered ahead of Nest's error handler (which handles the rest). */
class YigouFastifyAdapter extends FastifyAdapter {
  override setErrorHandler(handler: Parameters<FastifyAdapter['setErrorHandler']>[0]) {
    const nest = handler as unknown as ErrorHandler;
    const wrapped: ErrorHandler = function (this: unknown, err, req, reply) {
      const refusal = bodyRefusal(err);
      if (!refusal) return nest.call(this, err, req, reply);
      return reply
        .status(refusal.status)
        .type('application/json; charset=utf-8')
        .send(JSON.stringify({ errors: [{ message: refusal.message, extensions: { code: refusal.code } }] }));
    };
    return super.setErrorHandler(wrapped as unknown as Parameters<FastifyAdapter['setErrorHandler']>[0]);
  }
}
