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

/**
 * API_WORKERS > 1: forks the workers, which share the port (the primary hands out connections).
 * The first worker migrates and loads demo data; the others start once it is ready. If a worker dies,
 * everything stops (a supervisor such as systemd restarts the service).
 */
function supervise(n: number): void {
  let stopping = false;
  const first = cluster.fork({ YIGOU_WORKER_ROLE: 'first' });
  first.once('message', (m) => {
    if (m === 'ready') for (let i = 1; i < n; i++) cluster.fork({ YIGOU_WORKER_ROLE: 'rest' });
  });
  cluster.on('exit', (worker, code) => {
    if (!stopping) {
      process.stderr.write(`API worker ${worker.process.pid} exited with ${code}; stopping\n`);
      stop(1);
    } else if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
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
  process.stderr.write(`启动失败: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
  process.exit(1);
});
