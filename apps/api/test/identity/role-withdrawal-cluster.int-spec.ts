import { Client } from 'pg';
import WebSocket from 'ws';
import { registerPerson, SecondApi, startTwoApis, stopTwoApis, TestApp, until } from '@yigou/server/testing';
import { AuthenticatedUserCache } from '@yigou/server/identity';

const GRANT = `mutation($input: GrantRoleInput!) { grantRole(input: $input) { id roles { id role } } }`;
const WITHDRAW = `mutation($input: WithdrawRoleInput!) { withdrawRole(input: $input) { id } }`;
const SUSPEND = `mutation($input: AccountStatusInput!) { suspendAccount(input: $input) { id } }`;
/** county_admin or platform_admin only. */
const COUNTY_DESK = `query { supplierReviewQueue { __typename } }`;

/** Per-request user reads the process at `url` answered from its cache and from the database (its /metrics). */
async function userReads(url: string): Promise<{ cache: number; database: number; serving: boolean }> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const value = (re: RegExp) => Number(re.exec(text)?.[1] ?? NaN);
  return {
    cache: value(/^yigou_user_reads\{source="cache"[^}]*\} (\d+)/m),
    database: value(/^yigou_user_reads\{source="database"[^}]*\} (\d+)/m),
    serving: value(/^yigou_user_cache_serving(?:\{[^}]*\})? (\d)/m) === 1,
  };
}

describe('a withdrawal or suspension made on one API process counts on the next request to any other', () => {
  let t: TestApp;
  let other: SecondApi;
  beforeAll(async () => ({ t, other } = await startTwoApis()));
  afterAll(() => stopTwoApis({ t, other }));

  it('the holder’s token, already used on the other process, is refused the role there on the very next request', async () => {
    const admin = await t.loginAs('admin');
    const { token, id } = await registerPerson(t, '跨进程测试');
    const user = { id };
    const granted = await t.gql<{ grantRole: { roles: { id: string; role: string }[] } }>(
      GRANT,
      { input: { userId: user.id, role: 'county_admin', regionCode: '141034', reason: '跨进程测试任命' } },
      admin,
    );
    const grantId = granted.data!.grantRole.roles.find((r) => r.role === 'county_admin')!.id;

    // The other process has verified (and cached) this token and served the desk.
    expect((await other.gql(COUNTY_DESK, {}, token)).errors).toBeUndefined();
    expect((await other.gql(COUNTY_DESK, {}, token)).errors).toBeUndefined();

    expect((await t.gql(WITHDRAW, { input: { grantId, reason: '跨进程测试撤销' } }, admin)).errors).toBeUndefined();
    expect((await other.gql(COUNTY_DESK, {}, token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    expect((await t.gql(SUSPEND, { input: { userId: user.id, reason: '跨进程测试停用' } }, admin)).errors).toBeUndefined();
    expect((await other.gql(`query { me { id } }`, {}, token)).errors?.[0].extensions?.code).toBe('INVALID_TOKEN');
  });

  async function countyAdminSeenByOther(name: string): Promise<{ token: string; grantId: string; userId: string; admin: string }> {
    const admin = await t.loginAs('admin');
    const { token, id } = await registerPerson(t, name);
    const granted = await t.gql<{ grantRole: { roles: { id: string; role: string }[] } }>(
      GRANT,
      { input: { userId: id, role: 'county_admin', regionCode: '141034', reason: `${name}任命` } },
      admin,
    );
    const grantId = granted.data!.grantRole.roles.find((r) => r.role === 'county_admin')!.id;
    await until('the other process’s cache to serve', async () => (await userReads(other.url)).serving);
    expect((await other.gql(COUNTY_DESK, {}, token)).errors).toBeUndefined();
    return { token, grantId, userId: id, admin };
  }

  it('the other process answers a signed-in caller from its cache, and still sees a withdrawal on the very next request', async () => {
    const { token, grantId, admin } = await countyAdminSeenByOther('缓存命中测试');
    const before = await userReads(other.url);
    for (let i = 0; i < 5; i++) expect((await other.gql(COUNTY_DESK, {}, token)).errors).toBeUndefined();
    const served = await userReads(other.url);
    expect(served.cache - before.cache).toBe(5);
    expect(served.database - before.database).toBe(0);

    expect((await t.gql(WITHDRAW, { input: { grantId, reason: '缓存命中测试撤销' } }, admin)).errors).toBeUndefined();
    expect((await other.gql(COUNTY_DESK, {}, token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // The eviction made that request read the database.
    expect((await userReads(other.url)).database - served.database).toBe(1);
  });

  it('a process whose listener lags serves nothing from its cache: a withdrawal still counts there on the next request', async () => {
    const { token, grantId, admin } = await countyAdminSeenByOther('监听滞后测试');
    // Hold the other process's listener row: its heartbeats (and so its acknowledgements and notifications) stall.
    const ours = t.api.app.get(AuthenticatedUserCache).feed.id;
    const blocker = new Client({ connectionString: t.api.databaseUrl });
    await blocker.connect();
    try {
      await blocker.query('BEGIN');
      const held = await blocker.query(`SELECT id, backend_pid FROM identity_listener WHERE id <> $1 FOR UPDATE`, [ours]);
      expect(held.rowCount).toBe(1);
      // Its next heartbeat waits for the lock; meanwhile that backend delivers no notification at all.
      const pid = held.rows[0].backend_pid as number;
      await until('the listener to wait on the lock', async () => {
        const [row] = await t.db.query(`SELECT wait_event_type FROM pg_stat_activity WHERE pid = $1`, [pid]);
        return row?.wait_event_type === 'Lock';
      });
      const before = await userReads(other.url);
      // The withdrawal answers after the barrier's timeout (the other process cannot acknowledge) ...
      expect((await t.gql(WITHDRAW, { input: { grantId, reason: '监听滞后测试撤销' } }, admin)).errors).toBeUndefined();
      // ... by which time the other process has stopped serving from its cache and reads the database.
      expect((await other.gql(COUNTY_DESK, {}, token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const after = await userReads(other.url);
      expect(after.serving).toBe(false);
      expect(after.cache).toBe(before.cache);
      expect(after.database).toBeGreaterThan(before.database);
    } finally {
      await blocker.query('ROLLBACK').catch(() => undefined);
      await blocker.end();
    }
    await until('the other process’s cache to serve again', async () => (await userReads(other.url)).serving);
  });

  it('a process whose listener connection is gone reads the database, and listens again', async () => {
    const { token, userId, admin } = await countyAdminSeenByOther('监听断开测试');
    const ours = t.api.app.get(AuthenticatedUserCache).feed.id;
    const [{ pid }] = await t.db.query(`SELECT backend_pid AS pid FROM identity_listener WHERE id <> $1`, [ours]);
    await t.db.query(`SELECT pg_terminate_backend($1)`, [pid]);
    expect((await t.gql(SUSPEND, { input: { userId, reason: '监听断开测试停用' } }, admin)).errors).toBeUndefined();
    const before = await userReads(other.url);
    expect((await other.gql(`query { me { id } }`, {}, token)).errors?.[0].extensions?.code).toBe('INVALID_TOKEN');
    expect((await userReads(other.url)).database - before.database).toBe(1);
    await until('the other process to listen again', async () => (await userReads(other.url)).serving);
    // this suite's database only: other suites running beside it on the same server have listeners of their own
    const [{ n }] = await t.db.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'yigou-identity-listener' AND datname = current_database()`,
    );
    expect(n).toBe(2);
  });

  it('a graphql-ws socket signed in on the other process is closed when its holder’s role is withdrawn', async () => {
    const { token, grantId, admin } = await countyAdminSeenByOther('长连接撤销测试');
    const socket = new WebSocket(`${other.url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
    const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
    await new Promise<void>((resolve, reject) => {
      socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } })));
      socket.on('message', (m) => (JSON.parse(String(m)).type === 'connection_ack' ? resolve() : undefined));
      socket.on('error', reject);
    });
    expect((await t.gql(WITHDRAW, { input: { grantId, reason: '长连接撤销测试撤销' } }, admin)).errors).toBeUndefined();
    // Closed as Forbidden: a graphql-ws client connects again with its current token and is authorised afresh.
    expect(await Promise.race([closed, new Promise((r) => setTimeout(() => r('still open'), 5000))])).toBe(4403);
  });
});
