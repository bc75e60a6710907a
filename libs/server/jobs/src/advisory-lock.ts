import type { DataSource } from 'typeorm';

/**
 * Runs `work` while this process holds PostgreSQL advisory lock `key` (session-level, on a connection kept for
 * the duration), so that a periodic job runs in one API process at a time. Returns null without running
 * `work` when another connection holds the lock. The lock is released even when `work` throws.
 */
export async function withAdvisoryLock<T>(db: DataSource, key: number, work: () => Promise<T>): Promise<T | null> {
  const runner = db.createQueryRunner();
  try {
    await runner.connect();
    const [{ locked }]: { locked: boolean }[] = await runner.query('SELECT pg_try_advisory_lock($1) AS locked', [key]);
    if (!locked) return null;
    try {
      return await work();
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [key]);
    }
  } finally {
    await runner.release();
  }
}

/**
 * A scheduled job's run: `work` under advisory lock `key` (see withAdvisoryLock). Returns null when another
 * process holds the lock, and null when the work failed — logged as "`what` failed: …" — so that one failed run
 * never stops the schedule; the next tick tries again. Written once for the jobs that had each spelled it out.
 */
export async function runExclusively<T>(
  db: DataSource,
  key: number,
  log: { error(message: string): void },
  what: string,
  work: () => Promise<T>,
): Promise<T | null> {
  try {
    return await withAdvisoryLock(db, key, work);
  } catch (e) {
    log.error(`${what} failed: ${String(e)}`);
    return null;
  }
}
