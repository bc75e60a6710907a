import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { createTestApp, TestApp } from '@yigou/server/testing';
import { prepareTemplate } from '../harness/prepare-template';
import { freePort } from '../harness/test-postgres';

jest.setTimeout(400_000);

/** The machine's PostgreSQL (Debian's postgresql-15): a primary and a streaming replica made with pg_basebackup. */
const BIN = '/usr/lib/postgresql/15/bin';
const asRoot = process.getuid?.() === 0;
const FENXI = '141034';
const YEAR = Number(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 4));
const REPORT = `query($r: String!) { attributionReport(regionCode: $r) { totalFen } }`;

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
      pg('pg_ctl', ['-D', data, '-l', join(dir, `${port}.log`), '-w', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off ${extra}`, 'start']);
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

  it('answers reports and catalogue searches from the replica, and a caller who just wrote from where their write is', async () => {
    const writer = await t.loginAs('county-admin');
    const reader = await t.loginAs('admin');
    // Hold the replica at its present state, then change the report's figure on the primary only.
    await sql(replicaUrl, 'SELECT pg_wal_replay_pause()');
    const before = await total(reader);
    await sql(
      primaryUrl,
      `INSERT INTO attribution_bucket_sum (county_code, year, dim, key, amount_fen, households, people) VALUES ('${FENXI}', ${YEAR}, 'total', '', 123456789, 1, 1)
       ON CONFLICT (county_code, year, dim, key) DO UPDATE SET amount_fen = attribution_bucket_sum.amount_fen + 123456789`,
    );
    // Nobody has written through the API: both read the paused replica, without the change.
    expect(await total(reader)).toBe(before);
    expect(await total(writer)).toBe(before);

    // The county admin writes (any mutation): their reads now wait for a replica past that write — the paused
    // one is not, so the primary answers, with the change.
    const marked = await t.gql(`mutation { markNotificationsRead(ids: []) }`, {}, writer);
    expect(marked.errors).toBeUndefined();
    expect(BigInt(await total(writer)) - BigInt(before)).toBe(123456789n);
    // Someone else still reads the replica.
    expect(await total(reader)).toBe(before);

    // Catalogue search ranks on the replica too: a renamed product is found under its new name only by the writer.
    await sql(primaryUrl, `UPDATE product SET name = '复制测试梨' WHERE name = '玉露香梨'`);
    const found = async (token: string) => {
      const r = await t.gql<{ products: { totalCount: number } }>(`query { products(first: 5, search: "复制测试") { totalCount } }`, {}, token);
      if (!r.data) throw new Error(JSON.stringify(r.errors));
      return r.data.products.totalCount;
    };
    expect(await found(reader)).toBe(0);
    expect(await found(writer)).toBe(1);

    // Once the replica replays, everyone sees the changes, from the replica.
    await sql(replicaUrl, 'SELECT pg_wal_replay_resume()');
    for (let i = 0; i < 100 && (await total(reader)) === before; i++) await new Promise((r) => setTimeout(r, 50));
    expect(BigInt(await total(reader)) - BigInt(before)).toBe(123456789n);
    expect(await found(reader)).toBe(1);
  });
});
