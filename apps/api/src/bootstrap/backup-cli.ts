import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { ConfigError, loadConfig } from '@yigou/server/core';
import { EmbeddedPostgresHandle, makeBackup, restoreBaseBackup, restoreDump, startEmbeddedPostgres } from '@yigou/server/database';

/**
 * npm run backup                      one backup now (DATABASE_URL: pg_dump; embedded: a base backup), keeping BACKUP_KEEP
 * npm run restore -- <backup> [url]   a .dump into DATABASE_URL (or the url given); a .base into the embedded data folder
 *                                     (the API must be stopped; the folder it replaces is kept beside it)
 * Compiled (production image): npm run backup:prod | restore:prod (node dist/api/apps/api/src/bootstrap/backup-cli.js …)
 */
async function main(): Promise<void> {
  const [command, file, to] = process.argv.slice(2);
  const config = loadConfig();
  const dataDir = resolve(config.dataDir, 'postgres');
  if (command === 'backup') {
    let embedded: EmbeddedPostgresHandle | null = null;
    let url = config.databaseUrl;
    if (!url) {
      // The API's embedded server if it is running, else started for the backup and stopped after.
      url = `postgres://postgres:yigou-local@127.0.0.1:${config.embeddedPgPort}/yigou`;
      if (!(await answers(url)))
        embedded = await startEmbeddedPostgres({ dataDir, port: config.embeddedPgPort, database: 'yigou', persistent: true });
    }
    try {
      const { path, deleted } = await makeBackup({
        url,
        embeddedDataDir: config.databaseUrl ? null : dataDir,
        backupDir: config.backupDir,
        keep: config.backupKeep,
      });
      process.stdout.write(`backup written to ${path}${deleted.length ? ` (deleted older: ${deleted.join(', ')})` : ''}\n`);
    } finally {
      await embedded?.stop();
    }
    return;
  }
  if (command === 'restore' && file) {
    const path = resolve(file);
    if (!existsSync(path)) throw new Error(`no backup at ${path}`);
    if (path.endsWith('.base') || existsSync(join(path, 'yigou-backup.json'))) {
      if (await answers(`postgres://postgres:yigou-local@127.0.0.1:${config.embeddedPgPort}/postgres`))
        throw new Error('the embedded database is running: stop the API first');
      const target = to ? resolve(to) : dataDir;
      const { keptAt } = restoreBaseBackup(path, target);
      process.stdout.write(
        `restored into ${target}${keptAt ? `; the previous data folder is kept at ${keptAt}` : ''}; start the API to open it\n`,
      );
    } else {
      const url = to ?? config.databaseUrl;
      if (!url) throw new Error('a .dump is restored into a database server: set DATABASE_URL or give its URL after the file');
      await restoreDump(path, url);
      process.stdout.write(`restored ${path} into ${new URL(url).pathname.slice(1)}\n`);
    }
    return;
  }
  process.stderr.write('usage: npm run backup | npm run restore -- <backup file or folder> [database url or data folder]\n');
  process.exit(2);
}

async function answers(url: string): Promise<boolean> {
  const c = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    await c.end();
    return true;
  } catch {
    return false;
  }
}

main().catch((e: unknown) => {
  process.stderr.write(e instanceof ConfigError ? `${e.message}\n` : `${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
