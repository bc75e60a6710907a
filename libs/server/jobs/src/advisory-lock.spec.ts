import type { DataSource } from 'typeorm';
import { runExclusively } from './advisory-lock';

/** A DataSource whose one query runner answers pg_try_advisory_lock with `free` and records what it was asked. */
function fakeDb(free: boolean) {
  const asked: string[] = [];
  let released = false;
  const runner = {
    connect: async () => undefined,
    query: async (sql: string) => {
      asked.push(sql.split(' ')[1]);
      return sql.includes('pg_try_advisory_lock') ? [{ locked: free }] : [];
    },
    release: async () => {
      released = true;
    },
  };
  const db = { createQueryRunner: () => runner } as unknown as DataSource;
  return { db, asked, released: () => released };
}

describe('runExclusively (a scheduled job under its advisory lock)', () => {
  it('runs the work while it holds the lock, returns its result, and unlocks', async () => {
    const f = fakeDb(true);
    const errors: string[] = [];
    expect(await runExclusively(f.db, 42, { error: (m) => errors.push(m) }, 'reminders', async () => 7)).toBe(7);
    expect(f.asked).toEqual(['pg_try_advisory_lock($1)', 'pg_advisory_unlock($1)']);
    expect(f.released()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('does not run the work when another process holds the lock', async () => {
    const f = fakeDb(false);
    const work = jest.fn(async () => 7);
    expect(await runExclusively(f.db, 42, { error: () => undefined }, 'reminders', work)).toBeNull();
    expect(work).not.toHaveBeenCalled();
  });

  it('logs a failed run as "<what> failed", returns null and still unlocks', async () => {
    const f = fakeDb(true);
    const errors: string[] = [];
    const failing = async (): Promise<number> => {
      throw new Error('db gone');
    };
    expect(await runExclusively(f.db, 42, { error: (m) => errors.push(m) }, 'delivery reminders', failing)).toBeNull();
    expect(errors).toEqual(['delivery reminders failed: Error: db gone']);
    expect(f.asked).toContain('pg_advisory_unlock($1)');
    expect(f.released()).toBe(true);
  });
});
