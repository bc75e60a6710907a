import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { baseBackup } from './base-backup';
import { dumpBackup } from './dump-backup';

/** Backup names sort by time: yigou-20261204-031500.dump (external database) or yigou-20261204-031500.base (embedded). */
const NAME = /^yigou-\d{8}-\d{6}\.(dump|base)$/;

export interface BackupTarget {
  /** The database to back up: the external one, or the embedded server's (superuser) URL. */
  url: string;
  /** The embedded server's data folder: a physical base backup; null: pg_dump of `url`. */
  embeddedDataDir: string | null;
  backupDir: string;
  /** How many backups to keep in backupDir (older ones are deleted after a successful backup). */
  keep: number;
}

function stamp(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
}

/** Makes one backup and applies the retention; returns its path and the backups deleted. */
export async function makeBackup(t: BackupTarget, now = new Date()): Promise<{ path: string; deleted: string[] }> {
  mkdirSync(t.backupDir, { recursive: true });
  const path = join(t.backupDir, `yigou-${stamp(now)}.${t.embeddedDataDir ? 'base' : 'dump'}`);
  if (t.embeddedDataDir) await baseBackup(t.url, t.embeddedDataDir, path);
  else await dumpBackup(t.url, path);
  return { path, deleted: applyRetention(t.backupDir, t.keep) };
}

/** Keeps the newest `keep` backups in `dir` and deletes the rest. */
export function applyRetention(dir: string, keep: number): string[] {
  const all = readdirSync(dir)
    .filter((n) => NAME.test(n))
    .sort();
  const old = all.slice(0, Math.max(0, all.length - keep));
  for (const n of old) rmSync(join(dir, n), { recursive: true, force: true });
  return old;
}
