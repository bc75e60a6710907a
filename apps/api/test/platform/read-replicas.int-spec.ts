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
/** A catalogue list asking for card fields only (one shaped statement, `listPage`), and with one more (the entity path). */
const LIST = (fields: string) => `query($search: String, $countyCode: String) {
  products(search: $search, countyCode: $countyCode, first: 5) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${fields} } } }
}`;
const CARD_FIELDS = `id name priceFen salesCount certified stockState county { code } supplier { id name }`;
const CARDS = LIST(CARD_FIELDS);
const ENTITIES = LIST(`${CARD_FIELDS} description`);
const COUNTY_LIST = { countyCode: FENXI };
const TEXT_LIST = { search: '香梨' };

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
  interface ListPage {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: { id: string; name: string; description?: string | null } }[];
  }
  const list = async (query: string, variables: Record<string, unknown>, token?: string): Promise<ListPage> => {
    const r = await t.gql<{ products: ListPage }>(query, variables, token);
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    return r.data.products;
  };
  /** The entity path's page without the one field the card path does not answer. */
  const asCards = (p: ListPage): ListPage => ({
    ...p,
    edges: p.edges.map((e) => ({ ...e, node: (({ description: _d, ...card }) => card)(e.node) })),
  });
  type Pooled = Client & { connectionParameters: { port: number; application_name?: string; options?: string } };
  /**
   * Runs `fn` and returns where its card list statements and read-your-writes checks ran, in order: the server's port,
   * the connection's application name, and whether its session has the generic plan setting.
   */
  const statementsOf = async (fn: () => Promise<unknown>) => {
    const spy = jest.spyOn(Client.prototype, 'query');
    try {
      await fn();
      return spy.mock.calls
        .map(([q], i) => ({
          text: typeof q === 'string' ? q : String((q as { text?: string }).text),
          client: spy.mock.contexts[i] as Pooled,
        }))
        .filter(({ text }) => text.includes('"supplierName"') || text.includes('pg_last_wal_replay_lsn() >= $1'))
        .map(({ text, client }) => ({
          what: text.includes('"supplierName"') ? 'list' : 'lsn check',
          port: client.connectionParameters.port,
          app: client.connectionParameters.application_name,
          generic: client.connectionParameters.options === '-c plan_cache_mode=force_generic_plan',
          client,
        }));
    } finally {
      spy.mockRestore();
    }
  };
  const where = (ran: Awaited<ReturnType<typeof statementsOf>>) => ran.map(({ client: _c, ...r }) => r);
  const port = (url: string) => Number(new URL(url).port);
  const onReplica = { what: 'list', port: 0, app: 'yigou-api-read-generic', generic: true };
  const onPrimary = { what: 'list', port: 0, app: 'yigou-api-generic', generic: true };

  it("runs a signed-in county list and a text search's first page on the replica's generic-plan connections, with the primary's answers", async () => {
    await caughtUp();
    const reader = await t.loginAs('admin');
    const county = asCards(await list(ENTITIES, COUNTY_LIST, reader));
    const text = asCards(await list(ENTITIES, TEXT_LIST, reader));
    expect(county.edges.length).toBeGreaterThan(1);
    expect(text.edges.length).toBeGreaterThan(0);
    // An anonymous list reads the primary's generic-plan connections: the same answers.
    expect(where(await statementsOf(async () => expect(await list(CARDS, COUNTY_LIST)).toEqual(county)))).toEqual([
      { ...onPrimary, port: port(primaryUrl) },
    ]);
    expect(await list(CARDS, TEXT_LIST)).toEqual(text);

    // PostgreSQL would plan the first five executions for their values: past that, and on the generic plan from the first.
    const ran = await statementsOf(async () => {
      for (let i = 0; i < 8; i++) expect(await list(CARDS, COUNTY_LIST, reader)).toEqual(county);
      for (let i = 0; i < 8; i++) expect(await list(CARDS, TEXT_LIST, reader)).toEqual(text);
    });
    expect(where(ran)).toEqual(Array(16).fill({ ...onReplica, port: port(replicaUrl) }));
    // Asked on those very connections (idle in their pool): a standby's sessions, every list on the generic plan.
    let generic = 0;
    for (const client of new Set(ran.map((r) => r.client))) {
      const { rows } = await client.query<{ standby: boolean; mode: string; generic: number; custom: number }>(
        `SELECT pg_is_in_recovery() AS standby, current_setting('plan_cache_mode') AS mode,
                coalesce(sum(generic_plans), 0)::int AS generic, coalesce(sum(custom_plans), 0)::int AS custom
           FROM pg_prepared_statements WHERE statement LIKE '%"supplierName"%'`,
      );
      expect(rows[0]).toMatchObject({ standby: true, mode: 'force_generic_plan', custom: 0 });
      generic += rows[0].generic;
    }
    expect(generic).toBeGreaterThanOrEqual(16);

    // The replica's shared pool (here the entity path's ranking) keeps PostgreSQL's own choice.
    const spy = jest.spyOn(Client.prototype, 'query');
    let shared: Pooled | undefined;
    try {
      await list(ENTITIES, COUNTY_LIST, reader);
      shared = spy.mock.contexts.find((c) => (c as Pooled).connectionParameters.application_name === 'yigou-api-read') as Pooled;
    } finally {
      spy.mockRestore();
    }
    expect(shared?.connectionParameters.port).toBe(port(replicaUrl));
    expect((await shared!.query(`SELECT current_setting('plan_cache_mode') AS mode`)).rows).toEqual([{ mode: 'auto' }]);
  });

  it("sends a caller who just wrote to the primary's generic-plan connections while the replica is behind; others stay on the replica", async () => {
    await caughtUp();
    const writer = await t.loginAs('county-admin');
    const reader = await t.loginAs('admin');
    const before = { county: await list(CARDS, COUNTY_LIST, reader), text: await list(CARDS, TEXT_LIST, reader) };
    const renamed = [before.county.edges[0].node.id, before.text.edges[0].node.id];
    await sql(replicaUrl, 'SELECT pg_wal_replay_pause()');
    try {
      await sql(primaryUrl, `UPDATE product SET name = name || ' 新' WHERE id IN ('${renamed.join("', '")}')`);
      const marked = await t.gql(`mutation { markNotificationsRead(ids: []) }`, {}, writer);
      expect(marked.errors).toBeUndefined();
      // The writer: checked on the replica's generic-plan connection, which is behind, then read on the primary's.
      const mine = { county: asCards(await list(ENTITIES, COUNTY_LIST, writer)), text: asCards(await list(ENTITIES, TEXT_LIST, writer)) };
      const ran = await statementsOf(async () => {
        expect(await list(CARDS, COUNTY_LIST, writer)).toEqual(mine.county);
        expect(await list(CARDS, TEXT_LIST, writer)).toEqual(mine.text);
      });
      const check = { what: 'lsn check', port: port(replicaUrl), app: 'yigou-api-read-generic', generic: true };
      expect(where(ran)).toEqual([check, { ...onPrimary, port: port(primaryUrl) }, check, { ...onPrimary, port: port(primaryUrl) }]);
      expect(mine.county.edges.find((e) => e.node.id === renamed[0])?.node.name).toBe(`${before.county.edges[0].node.name} 新`);
      expect(mine.text.edges.find((e) => e.node.id === renamed[1])?.node.name).toBe(`${before.text.edges[0].node.name} 新`);
      // Everyone else: the paused replica, without the change.
      const theirs = await statementsOf(async () => {
        expect(await list(CARDS, COUNTY_LIST, reader)).toEqual(before.county);
        expect(await list(CARDS, TEXT_LIST, reader)).toEqual(before.text);
      });
      expect(where(theirs)).toEqual(Array(2).fill({ ...onReplica, port: port(replicaUrl) }));
    } finally {
      await sql(replicaUrl, 'SELECT pg_wal_replay_resume()');
    }
    // Once the replica has replayed the write, the writer's lists are read there again.
    await caughtUp();
    const after = await statementsOf(async () =>
      expect(await list(CARDS, COUNTY_LIST, writer)).toEqual(asCards(await list(ENTITIES, COUNTY_LIST))),
    );
    expect(where(after).slice(0, 2)).toEqual([
      { what: 'lsn check', port: port(replicaUrl), app: 'yigou-api-read-generic', generic: true },
      { ...onReplica, port: port(replicaUrl) },
    ]);
  });

  it("falls back to the primary's generic-plan connections when the replica fails", async () => {
    await caughtUp();
    const reader = await t.loginAs('admin');
    const expected = { county: await list(CARDS, COUNTY_LIST, reader), text: await list(CARDS, TEXT_LIST, reader) };
    pg('pg_ctl', ['-D', replicaDir, '-m', 'fast', '-w', 'stop']);
    const ran = await statementsOf(async () => {
      expect(await list(CARDS, COUNTY_LIST, reader)).toEqual(expected.county);
      expect(await list(CARDS, TEXT_LIST, reader)).toEqual(expected.text);
    });
    expect(where(ran)).toEqual(Array(2).fill({ ...onPrimary, port: port(primaryUrl) }));
  });
});
