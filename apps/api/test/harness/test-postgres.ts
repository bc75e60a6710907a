/**
 * The PostgreSQL of one test run, as a child process of Jest's global setup
 * (so that nothing it loads leaks into Jest's own process): the server named by
 * DATABASE_URL, or an embedded one in a temp folder, plus a template database
 * with every migration and the demo data. Prints one JSON line
 * {"adminUrl","template"} when ready; on SIGTERM or when stdin closes it drops
 * the template and stops the embedded server.
 */
import 'reflect-metadata';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { ensureDatabase, startEmbeddedPostgres, withDatabase } from '@yigou/server/database';
import { dropDatabase } from './test-database';
import { prepareTemplate } from './prepare-template';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

async function main(): Promise<void> {
  let adminUrl: string;
  let stopPg: (() => Promise<void>) | null = null;
  if (process.env.DATABASE_URL) {
    adminUrl = withDatabase(process.env.DATABASE_URL, 'postgres');
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'yigou-test-pg-'));
    const pg = await startEmbeddedPostgres({ dataDir: join(dir, 'data'), port: await freePort(), database: 'postgres', persistent: false });
    adminUrl = pg.url;
    stopPg = pg.stop;
  }
  const template = `yigou_tpl_${process.pid}_${Date.now()}`;
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await dropDatabase(adminUrl, template).catch(() => undefined);
    if (stopPg) await stopPg().catch(() => undefined);
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
  process.stdin.on('end', () => void stop());
  process.stdin.resume();
  await ensureDatabase(adminUrl, template);
  await prepareTemplate(withDatabase(adminUrl, template));
  process.stdout.write(`${JSON.stringify({ adminUrl, template })}\n`);
}

if (require.main === module) {
  main().catch((e: unknown) => {
    process.stderr.write(`test database setup failed: ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exit(1);
  });
}
