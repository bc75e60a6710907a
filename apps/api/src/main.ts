import 'reflect-metadata';
import cluster from 'node:cluster';
import { AppConfig, ConfigError, loadConfig } from '@yigou/server/core';
import { startApi } from './bootstrap/start-api';

/** The role a cluster worker was forked with: the first one migrates and loads demo data, the rest only serve. */
const ROLE = process.env.YIGOU_WORKER_ROLE;

async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(1);
    }
    throw e;
  }
  if (config.apiWorkers > 1 && cluster.isPrimary) return supervise(config.apiWorkers);
  const rest = ROLE === 'rest';
  const api = await startApi(rest ? { ...config, loadDemoData: false } : config, { skipMigrations: rest });
  if (cluster.isWorker) process.send?.('ready');
  const shutdown = async (signal: string) => {
    api.logger.log(`received ${signal}, shutting down`);
    await api.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

/** A worker that dies is replaced; this many deaths within RESTART_WINDOW_MS means something is broken: stop. */
const MAX_RESTARTS = 5;
const RESTART_WINDOW_MS = 60_000;

/**
 * API_WORKERS > 1: forks the workers, which share the port (the primary hands out connections).
 * The first worker migrates and loads demo data; the others start once it is ready. A worker that dies
 * later is replaced by a new one (which skips migrations) while the others keep serving; a worker dying
 * before the first is ready, or more than MAX_RESTARTS deaths in a minute, stops everything (a crash loop
 * is for systemd or Docker's restart policy to see).
 */
function supervise(n: number): void {
  let stopping = false;
  let ready = false;
  const deaths: number[] = [];
  const first = cluster.fork({ YIGOU_WORKER_ROLE: 'first' });
  first.once('message', (m) => {
    if (m !== 'ready') return;
    ready = true;
    for (let i = 1; i < n; i++) cluster.fork({ YIGOU_WORKER_ROLE: 'rest' });
  });
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(process.exitCode ?? 0);
      return;
    }
    const now = Date.now();
    deaths.push(now);
    while (deaths.length && deaths[0] < now - RESTART_WINDOW_MS) deaths.shift();
    if (!ready || deaths.length > MAX_RESTARTS) {
      process.stderr.write(
        `API worker ${worker.process.pid} exited with ${signal ?? code}; ${ready ? 'too many restarts' : 'before the API was ready'}, stopping\n`,
      );
      stop(1);
      return;
    }
    process.stderr.write(`API worker ${worker.process.pid} exited with ${signal ?? code}; starting a new one\n`);
    cluster.fork({ YIGOU_WORKER_ROLE: 'rest' });
  });
  const stop = (code: number) => {
    stopping = true;
    process.exitCode = code;
    const live = Object.values(cluster.workers ?? {});
    if (live.length === 0) process.exit(code);
    for (const w of live) w?.kill('SIGTERM');
  };
  process.once('SIGINT', () => stop(0));
  process.once('SIGTERM', () => stop(0));
}

main().catch((e: unknown) => {
  process.stderr.write(`启动失败: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
