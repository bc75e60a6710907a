import 'reflect-metadata';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { ensureDatabase, startEmbeddedPostgres, withDatabase } from '@yigou/server/database';
import { ENV_ADMIN_URL, ENV_TEMPLATE, dropDatabase } from './test-database';
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

/**
 * Once per Jest run: a real PostgreSQL (DATABASE_URL's server, or an embedded
 * one in a temp folder), and a template database with every migration and the
 * demo data, which each suite clones in milliseconds.
 */
export default async function globalSetup(): Promise<void> {
  let adminUrl: string;
  if (process.env.DATABASE_URL) {
    adminUrl = withDatabase(process.env.DATABASE_URL, 'postgres');
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'yigou-test-pg-'));
    const pg = await startEmbeddedPostgres({ dataDir: join(dir, 'data'), port: await freePort(), database: 'postgres', persistent: false });
    adminUrl = pg.url;
    (globalThis as { __yigouStopPg?: () => Promise<void> }).__yigouStopPg = pg.stop;
  }
  const template = `yigou_tpl_${process.pid}_${Date.now()}`;
  await dropDatabase(adminUrl, template);
  await ensureDatabase(adminUrl, template);
  await prepareTemplate(withDatabase(adminUrl, template));
  process.env[ENV_ADMIN_URL] = adminUrl;
  process.env[ENV_TEMPLATE] = template;
  (globalThis as { __yigouTemplate?: { adminUrl: string; template: string } }).__yigouTemplate = { adminUrl, template };
}
