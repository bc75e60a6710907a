import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { createTestApp, TestApp } from '@yigou/server/testing';
import { prepareTemplate } from '../harness/prepare-template';
import { freePort } from '../harness/test-postgres';
import { shanghaiYear } from '@yigou/shared/time';

jest.setTimeout(400_000);

/** The machine's PostgreSQL (Debian's postgresql-15): a primary and a streaming replica made with pg_basebackup. */
const BIN = '/usr/lib/postgresql/15/bin';
const asRoot = process.getuid?.() === 0;
const FENXI = '141034';
const YEAR = shanghaiYear(new Date());
const REPORT = `query($r: String!) { attributionReport(regionCode: $r) { totalFen } }`;
const RANKING = `query($r: String!, $y: Int!) { jurisdictionRanking(regionCode: $r, year: $y, first: 5) { totals { completedFen } rows { unitId rolledUp { completedFen } } } }`;
const BULLETIN = `query($r: String!, $y: Int!) { quotaBulletin(regionCode: $r, year: $y, format: csv) { contentBase64 } }`;

/** Runs a PostgreSQL program as the postgres user (PostgreSQL refuses to run as root). */
function pg(program: string, args: string[]): void {
  const cmd = join(BIN, program);
  if (asRoot) execFileSync('runuser', ['-u', 'postgres', '--', cmd, ...args], { stdio: 'pipe' });
  else execFileSync(cmd, args, { stdio: 'pipe' });
}

async function sql(url: string, text: string): Promise<Record<string, unknown>[]> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(text)).rows;
  } finally {
    await c.end();
  }
}

const describeWithPg = existsSync(join(BIN, 'pg_basebackup')) ? describe : describe.skip;

describeWithPg('reads on a streaming replica (DATABASE_REPLICA_URLS)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'yigou-replica-'));
  const primaryDir = join(dir, 'primary');
  const replicaDir = join(dir, 'replica');
  let primaryUrl: string;
  let replicaUrl: string;
  let t: TestApp;

  beforeAll(async () => {
    chmodSync(dir, 0o777);
    const [p1, p2] = [await freePort(), await freePort()];
    const server = (data: string, port: number, extra: string) =>
      pg('pg_ctl', [
        '-D',
        data,
        '-l',
        join(dir, `${port}.log`),
        '-w',
        '-o',
        `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off ${extra}`,
        'start',
      ]);
    pg('initdb', ['-D', primaryDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
    server(primaryDir, p1, '-c wal_level=replica -c max_wal_senders=4');
    primaryUrl = `postgres://postgres@127.0.0.1:${p1}/yigou`;
    await sql(`postgres://postgres@127.0.0.1:${p1}/postgres`, 'CREATE DATABASE yigou');
    await prepareTemplate(primaryUrl); // migrations and demo data, streamed to the replica below
    pg('pg_basebackup', ['-D', replicaDir, '-R', '-X', 'stream', '-h', '127.0.0.1', '-p', String(p1), '-U', 'postgres']);
    server(replicaDir, p2, '');
    replicaUrl = `postgres://postgres@127.0.0.1:${p2}/yigou`;
    t = await createTestApp({ databaseUrl: primaryUrl, databaseReplicaUrls: [replicaUrl] });
  });
  afterAll(async () => {
    await t?.close();
    for (const d of [replicaDir, primaryDir]) if (existsSync(join(d, 'postmaster.pid'))) pg('pg_ctl', ['-D', d, '-m', 'immediate', 'stop']);
    rmSync(dir, { recursive: true, force: true });
  });

  const total = async (token: string) => {
    const r = await t.gql<{ attributionReport: { totalFen: string } }>(REPORT, { r: FENXI }, token);
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    return r.data.attributionReport.totalFen;
  };

  /** The jurisdiction ranking's completed total, with the first row's rolled-up figure, and the bulletin's 合计 line. */
  const quota = async (token: string) => {
    const r = await t.gql<{
      jurisdictionRanking: { totals: { completedFen: string }; rows: { unitId: string; rolledUp: { completedFen: string } }[] };
    }>(RANKING, { r: FENXI, y: YEAR }, token);
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    const b = await t.gql<{ quotaBulletin: { contentBase64: string } }>(BULLETIN, { r: FENXI, y: YEAR }, token);
    if (!b.data) throw new Error(JSON.stringify(b.errors));
    const sum = Buffer.from(b.data.quotaBulletin.contentBase64, 'base64').toString('utf8').trim().split('\n').pop()!.split(',');
    expect(sum[0]).toBe('合计');
    return {
      ranking: Number(r.data.jurisdictionRanking.totals.completedFen),
      bulletin: Math.round(Number(sum[5]) * 100),
      rows: r.data.jurisdictionRanking.rows,
    };
  };
  /** Waits until the replica has replayed everything the primary wrote so far. */
  const caughtUp = async () => {
    const [{ lsn }] = await sql(primaryUrl, 'SELECT pg_current_wal_lsn()::text AS lsn');
    for (let i = 0; i < 200; i++) {
      const [{ ok }] = await sql(replicaUrl, `SELECT pg_last_wal_replay_lsn() >= '${lsn}'::pg_lsn AS ok`);
      if (ok) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('the replica did not catch up');
  };

  it('answers reports, rankings, bulletins and catalogue searches from the replica, and a caller who just wrote from where their write is', async () => {
    const writer = await t.loginAs('county-admin');
    const reader = await t.loginAs('admin');
    // The ranking syncs the jurisdiction's unit targets on the primary first (then every 30 s): let that reach the replica.
    const quotaBefore = await quota(reader);
    expect(quotaBefore.rows.length).toBeGreaterThan(0);
    await caughtUp();
    // Hold the replica at its present state, then change the report's and the ranking's figures on the primary only.
    await sql(replicaUrl, 'SELECT pg_wal_replay_pause()');
    const before = await total(reader);
    const unit = quotaBefore.rows[0].unitId;
    await sql(
      primaryUrl,
      `INSERT INTO quota_unit_total (unit_id, year, region_code, ordered_fen, completed_fen) SELECT unit_id, year, region_code, 432100, 432100 FROM quota_unit_target WHERE unit_id = '${unit}' AND year = ${YEAR}
       ON CONFLICT (unit_id, year) DO UPDATE SET ordered_fen = quota_unit_total.ordered_fen + 432100, completed_fen = quota_unit_total.completed_fen + 432100`,
    );
    await sql(
      primaryUrl,
      `INSERT INTO attribution_bucket_sum (county_code, year, dim, key, amount_fen, households, people) VALUES ('${FENXI}', ${YEAR}, 'total', '', 123456789, 1, 1)
       ON CONFLICT (county_code, year, dim, key) DO UPDATE SET amount_fen = attribution_bucket_sum.amount_fen + 123456789`,
    );
    // Nobody has written through the API: both read the paused replica, without the change.
    expect(await total(reader)).toBe(before);
    expect(await total(writer)).toBe(before);
    expect(await quota(reader)).toEqual(quotaBefore);
    expect(await quota(writer)).toEqual(quotaBefore);

    // The county admin writes (any mutation): their reads now wait for a replica past that write — the paused
    // one is not, so the primary answers, with the change.
    const marked = await t.gql(`mutation { markNotificationsRead(ids: []) }`, {}, writer);
    expect(marked.errors).toBeUndefined();
    expect(BigInt(await total(writer)) - BigInt(before)).toBe(123456789n);
    const written = await quota(writer);
    expect(written.ranking - quotaBefore.ranking).toBe(432100);
    expect(written.bulletin - quotaBefore.bulletin).toBe(432100);
    const rolled = (q: typeof written) => Number(q.rows.find((r) => r.unitId === unit)!.rolledUp.completedFen);
    expect(rolled(written) - rolled(quotaBefore)).toBeGreaterThanOrEqual(432100);
    // Someone else still reads the replica.
    expect(await total(reader)).toBe(before);
    expect(await quota(reader)).toEqual(quotaBefore);

    // Catalogue search ranks on the replica too: a renamed product is found under its new name only by the writer.
    await sql(primaryUrl, `UPDATE product SET name = '复制测试梨' WHERE name = '玉露香梨'`);
    const found = async (token: string) => {
      const r = await t.gql<{ products: { totalCount: number } }>(
        `query { products(first: 5, search: "复制测试") { totalCount } }`,
        {},
        token,
      );
      if (!r.data) throw new Error(JSON.stringify(r.errors));
      return r.data.products.totalCount;
    };
    expect(await found(reader)).toBe(0);
    expect(await found(writer)).toBe(1);

    // Once the replica replays, everyone sees the changes, from the replica.
    await sql(replicaUrl, 'SELECT pg_wal_replay_resume()');
    for (let i = 0; i < 100 && (await total(reader)) === before; i++) await new Promise((r) => setTimeout(r, 50));
    expect(BigInt(await total(reader)) - BigInt(before)).toBe(123456789n);
    expect((await quota(reader)).ranking - quotaBefore.ranking).toBe(432100);
    expect(await found(reader)).toBe(1);
  });
});
