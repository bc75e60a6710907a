import jwt from 'jsonwebtoken';
import { APP_CONFIG, AppConfig } from '@yigou/server/core';
import { SecondApi, startTwoApis, stopTwoApis, TestApp } from '@yigou/server/testing';
import { AuthenticatedUserCache } from '@yigou/server/identity';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken user { id } } }`;
const REFRESH = `mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken } }`;
const LOGOUT = `mutation($t: String!) { logout(refreshToken: $t) }`;
const ME = `{ me { id username } }`;

type Login = { login: { accessToken: string; refreshToken: string; user: { id: string } } };
type Refresh = { refreshSession: { accessToken: string; refreshToken: string } };

describe('sessions that end', () => {
  let t: TestApp;
  let second: SecondApi;
  beforeAll(async () => ({ t, other: second } = await startTwoApis()));
  afterAll(() => stopTwoApis({ t, other: second }));

  const signIn = async (login: string) => (await t.gql<Login>(LOGIN, { input: { login, password: 'yigou-demo' } })).data!.login;
  /** `me` on the second API process. */
  const meOnSecond = (token: string) => second.gql<{ me: { username: string } | null }>(ME, {}, token);
  const refused = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;

  it('refuses the access token on the very next request after logout, on every API process', async () => {
    const s = await signIn('buyer');
    // both processes have verified (and remembered) the token before the logout
    expect((await t.gql<{ me: { username: string } }>(ME, {}, s.accessToken)).data?.me.username).toBe('buyer');
    expect((await meOnSecond(s.accessToken)).data?.me?.username).toBe('buyer');
    expect((await t.gql<{ logout: boolean }>(LOGOUT, { t: s.refreshToken })).data?.logout).toBe(true);
    expect(refused(await t.gql(ME, {}, s.accessToken))).toBe('INVALID_TOKEN');
    expect(refused(await meOnSecond(s.accessToken))).toBe('INVALID_TOKEN');
  });

  it('ends only the session that logged out: the same account signed in elsewhere keeps working', async () => {
    const phone = await signIn('supplier');
    const laptop = await signIn('supplier');
    await t.gql(LOGOUT, { t: laptop.refreshToken });
    expect(refused(await t.gql(ME, {}, laptop.accessToken))).toBe('INVALID_TOKEN');
    expect((await t.gql<{ me: { username: string } }>(ME, {}, phone.accessToken)).data?.me.username).toBe('supplier');
  });

  it('keeps a session open across refreshes, and a reused refresh token ends every session of the account at once', async () => {
    const a = await signIn('purchaser');
    const b = await signIn('purchaser');
    const rotated = (await t.gql<Refresh>(REFRESH, { t: a.refreshToken })).data!.refreshSession;
    // rotation keeps the session: the access token from before the refresh and the new one both work
    for (const token of [a.accessToken, rotated.accessToken, b.accessToken]) {
      expect((await t.gql<{ me: { username: string } }>(ME, {}, token)).data?.me.username).toBe('purchaser');
    }
    expect((await meOnSecond(rotated.accessToken)).data?.me?.username).toBe('purchaser');
    // the rotated-away token comes back: someone holds a copy
    expect(refused(await t.gql(REFRESH, { t: a.refreshToken }))).toBe('INVALID_TOKEN');
    for (const token of [a.accessToken, rotated.accessToken, b.accessToken]) {
      expect(refused(await t.gql(ME, {}, token))).toBe('INVALID_TOKEN');
    }
    expect(refused(await meOnSecond(rotated.accessToken))).toBe('INVALID_TOKEN');
  });

  it('refuses a correctly signed token without an expiry or without a session', async () => {
    const s = await signIn('county-admin');
    const secret = t.api.app.get<AppConfig>(APP_CONFIG).jwtSecret;
    const { sid } = jwt.decode(s.accessToken) as { sid: string };
    const forever = jwt.sign({ sub: s.user.id, sid, typ: 'access' }, secret, { algorithm: 'HS256', issuer: 'yigou' });
    const sessionless = jwt.sign({ sub: s.user.id, typ: 'access' }, secret, { algorithm: 'HS256', issuer: 'yigou', expiresIn: 600 });
    const fine = jwt.sign({ sub: s.user.id, sid, typ: 'access' }, secret, { algorithm: 'HS256', issuer: 'yigou', expiresIn: 600 });
    expect(refused(await t.gql(ME, {}, forever))).toBe('INVALID_TOKEN');
    expect(refused(await t.gql(ME, {}, sessionless))).toBe('INVALID_TOKEN');
    expect((await t.gql<{ me: { username: string } }>(ME, {}, fine)).data?.me.username).toBe('county-admin');
  });

  it('checks the session inside the one per-request user lookup, and then answers from the process’s cache', async () => {
    const s = await signIn('host');
    const cache = t.api.app.get(AuthenticatedUserCache);
    for (let i = 0; i < 100 && !cache.stats().serving; i++) await new Promise((r) => setTimeout(r, 50));
    // A new session family is not in the cache yet: the one lookup reads the user, the grants and the session.
    const { sql } = await t.countQueries(() => t.gql(ME, {}, s.accessToken));
    const lookups = sql.filter((q) => /FROM app_user u LEFT JOIN role_grant/.test(q));
    expect(lookups).toHaveLength(1);
    expect(lookups[0]).toMatch(/auth_session/);
    expect(sql.filter((q) => /auth_session/.test(q))).toHaveLength(1);
    // The next request of that session is answered from the cache (USER_CACHE): no SQL at all for `me`.
    const again = await t.countQueries(() => t.gql(ME, {}, s.accessToken));
    expect(again.sql.filter((q) => /app_user|auth_session/.test(q))).toHaveLength(0);
  });
});
