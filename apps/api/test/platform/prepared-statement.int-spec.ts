import { QueryFailedError } from 'typeorm';
import { executeNamed, namedSql, preparedStatement, queryNamed, runPrepared } from '@yigou/server/database';
import { createTestApp, TestApp } from '@yigou/server/testing';

describe('prepared statements (runPrepared)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ eventsAutoDeliver: false });
    await t.db.query(`CREATE TABLE prepared_probe (k text PRIMARY KEY, v int NOT NULL)`);
  });
  afterAll(() => t.close());

  const insert = preparedStatement(`INSERT INTO prepared_probe (k, v) VALUES ($1, $2) RETURNING k, v`);
  const read = preparedStatement(`SELECT v FROM prepared_probe WHERE k = $1`);

  it('names a statement by its text', () => {
    expect(preparedStatement(`SELECT 1`).name).toBe(preparedStatement(`SELECT 1`).name);
    expect(preparedStatement(`SELECT 1`).name).not.toBe(preparedStatement(`SELECT 2`).name);
    expect(preparedStatement(`SELECT 1`).name).toMatch(/^yg_[0-9a-f]{24}$/);
  });

  it('runs on its own pooled connection and inside a transaction, where the session holds it prepared', async () => {
    expect(await runPrepared(t.db, insert, ['a', 1])).toEqual([{ k: 'a', v: 1 }]);
    const seen = await t.db.transaction(async (em) => {
      await runPrepared(em, insert, ['b', 2]);
      const rows = await runPrepared<{ v: number }>(em, read, ['b']);
      const prepared: { name: string }[] = await em.query(`SELECT name FROM pg_prepared_statements WHERE name = ANY($1)`, [
        [insert.name, read.name],
      ]);
      return { rows, prepared: prepared.map((p) => p.name).sort() };
    });
    expect(seen.rows).toEqual([{ v: 2 }]);
    expect(seen.prepared).toEqual([insert.name, read.name].sort());
  });

  it('belongs to the caller transaction: a rollback takes its writes back', async () => {
    await expect(
      t.db.transaction(async (em) => {
        await runPrepared(em, insert, ['c', 3]);
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    expect(await runPrepared(t.db, read, ['c'])).toEqual([]);
  });

  it("fails like em.query (QueryFailedError with the driver's code) and the statement still works afterwards", async () => {
    const error = await runPrepared(t.db, insert, ['a', 9]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QueryFailedError);
    expect((error as QueryFailedError & { driverError: { code: string } }).driverError.code).toBe('23505');
    expect(await runPrepared(t.db, insert, ['d', 4])).toEqual([{ k: 'd', v: 4 }]);
  });

  it('named statements: an UPDATE or DELETE answers its RETURNING rows through queryNamed and its count through executeNamed', async () => {
    const bump = namedSql<'by' | 'from', { k: string }>(`UPDATE prepared_probe SET v = v + :by WHERE v >= :from RETURNING k`);
    const drop = namedSql<'k'>(`DELETE FROM prepared_probe WHERE k = :k`);
    const read = namedSql<'k', { v: number }>(`SELECT v FROM prepared_probe WHERE k = :k`);
    // TypeORM answers a top-level UPDATE with [rows, count]: before, queryNamed passed that pair on as the "rows"
    const bumped = await queryNamed(t.db, bump, { by: 10, from: 4 });
    expect(bumped).toEqual([{ k: 'd' }]);
    expect(await queryNamed(t.db, read, { k: 'd' })).toEqual([{ v: 14 }]);
    expect(await executeNamed(t.db, bump, { by: 1, from: 0 })).toBe(3); // a, b and d
    expect(await executeNamed(t.db, drop, { k: 'nobody' })).toBe(0);
    expect(await t.db.transaction((em) => executeNamed(em, drop, { k: 'd' }))).toBe(1);
    await expect(executeNamed(t.db, read, { k: 'a' })).rejects.toThrow('UPDATE or DELETE only');
  });
});
