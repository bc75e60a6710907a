import {
  chownSync,
  lchownSync,
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';

/**
 * Physical backups of the embedded PostgreSQL, made through the server itself (SQL's low-level base backup API
 * and a temporary replication slot), so they need no client programs: the embedded server is PostgreSQL 17 and
 * a machine's pg_dump may be older (Debian 12 ships 15, which refuses to dump a newer server).
 *
 *   1. a temporary physical replication slot keeps every WAL segment from now on (dropped with the session);
 *   2. pg_backup_start() checkpoints; the data folder is copied while the server keeps running;
 *   3. pg_backup_stop() ends the backup and switches WAL; its backup_label goes into the copy;
 *   4. the WAL segments are copied last, so the copy holds everything from the checkpoint to the backup's end.
 *
 * Restoring is putting the folder in place of the data folder (server stopped): PostgreSQL finds backup_label,
 * replays the WAL and opens a consistent database, exactly as of the end of the backup.
 */

/** Files and folders PostgreSQL's documentation lists as not needed (or harmful) in a base backup. */
const SKIP_FILES = new Set([
  'postmaster.pid',
  'postmaster.opts',
  'backup_label',
  'tablespace_map',
  'backup_label.old',
  'yigou-backup.json',
]);
const EMPTY_DIRS = new Set([
  'pg_wal',
  'pg_replslot',
  'pg_stat_tmp',
  'pg_dynshmem',
  'pg_notify',
  'pg_serial',
  'pg_snapshots',
  'pg_subtrans',
]);
const WAL_FILE = /^[0-9A-F]{24}(\.partial)?$|^[0-9A-F]{8}\.history$/;
export const MANIFEST = 'yigou-backup.json';

export interface BaseBackupManifest {
  kind: 'base';
  label: string;
  createdAt: string;
  serverVersion: string;
  startLsn: string;
  stopLsn: string;
}

/**
 * Copies a folder as the server writes it: a file that disappears meanwhile (temporary files) is skipped.
 * `top` (the data folder itself, when backing up): leaves out what a base backup must not carry.
 */
function copyTree(from: string, to: string, top: boolean): void {
  mkdirSync(to, { recursive: true, mode: 0o700 });
  for (const name of readdirSync(from)) {
    if (top && SKIP_FILES.has(name)) continue;
    if (name.startsWith('pgsql_tmp')) continue;
    const src = join(from, name);
    const dst = join(to, name);
    try {
      const st = lstatSync(src);
      if (st.isSymbolicLink()) symlinkSync(readlinkSync(src), dst);
      else if (st.isDirectory()) {
        if (top && EMPTY_DIRS.has(name)) mkdirSync(dst, { mode: 0o700 });
        else copyTree(src, dst, false);
      } else if (st.isFile()) copyFileSync(src, dst);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
  }
}

/** Makes a base backup of the server at `url` (a superuser connection) whose data folder is `dataDir`, into `target`. */
export async function baseBackup(
  url: string,
  dataDir: string,
  target: string,
  label = `yigou ${new Date().toISOString()}`,
): Promise<BaseBackupManifest> {
  if (existsSync(target)) throw new Error(`${target} already exists`);
  const partial = `${target}.partial`;
  rmSync(partial, { recursive: true, force: true });
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const [{ server_version: serverVersion }] = (await client.query<{ server_version: string }>('SHOW server_version')).rows;
    await client.query(`SELECT pg_create_physical_replication_slot($1, true, true)`, [`yigou_backup_${process.pid}`]);
    const {
      rows: [start],
    } = await client.query<{ lsn: string }>(`SELECT pg_backup_start($1, true)::text AS lsn`, [label]);
    let stop: { lsn: string; labelfile: string; spcmapfile: string | null };
    try {
      copyTree(dataDir, partial, true);
    } finally {
      stop = (
        await client.query<{ lsn: string; labelfile: string; spcmapfile: string | null }>(
          `SELECT lsn::text, labelfile, spcmapfile FROM pg_backup_stop(false)`,
        )
      ).rows[0];
    }
    writeFileSync(join(partial, 'backup_label'), stop.labelfile);
    if (stop.spcmapfile) writeFileSync(join(partial, 'tablespace_map'), stop.spcmapfile);
    // The WAL last: from the backup's checkpoint (kept by the slot) to its end, which pg_backup_stop switched out of.
    mkdirSync(join(partial, 'pg_wal', 'archive_status'), { recursive: true, mode: 0o700 });
    for (const name of readdirSync(join(dataDir, 'pg_wal'))) {
      if (WAL_FILE.test(name)) copyFileSync(join(dataDir, 'pg_wal', name), join(partial, 'pg_wal', name));
    }
    const manifest: BaseBackupManifest = {
      kind: 'base',
      label,
      createdAt: new Date().toISOString(),
      serverVersion,
      startLsn: start.lsn,
      stopLsn: stop.lsn,
    };
    writeFileSync(join(partial, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    renameSync(partial, target);
    return manifest;
  } catch (e) {
    rmSync(partial, { recursive: true, force: true });
    throw e;
  } finally {
    await client.end(); // ends the session: the temporary slot goes with it
  }
}

/**
 * Puts a base backup in place of `dataDir` (the server must be stopped). The folder it replaces is kept beside it
 * as `<dataDir>.before-restore-<time>`; the copy gets the owner of the folder it replaces (as root the embedded
 * server runs as the "postgres" user).
 */
export function restoreBaseBackup(backup: string, dataDir: string): { keptAt: string | null } {
  const manifest = JSON.parse(readFileSync(join(backup, MANIFEST), 'utf8')) as BaseBackupManifest;
  if (manifest.kind !== 'base') throw new Error(`${backup} is not a base backup`);
  if (existsSync(join(dataDir, 'postmaster.pid')))
    throw new Error(`the database server is still running (${join(dataDir, 'postmaster.pid')}): stop the API first`);
  let keptAt: string | null = null;
  let owner: { uid: number; gid: number } | null = null;
  if (existsSync(dataDir)) {
    const st = statSync(dataDir);
    owner = { uid: st.uid, gid: st.gid };
    keptAt = `${dataDir}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    renameSync(dataDir, keptAt);
  }
  copyTree(backup, dataDir, false); // everything, WAL included
  rmSync(join(dataDir, MANIFEST), { force: true });
  if (owner) chownTree(dataDir, owner.uid, owner.gid);
  return { keptAt };
}

function chownTree(dir: string, uid: number, gid: number): void {
  chownSync(dir, uid, gid);
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = lstatSync(p);
    if (st.isDirectory()) chownTree(p, uid, gid);
    else lchownSync(p, uid, gid);
  }
}
