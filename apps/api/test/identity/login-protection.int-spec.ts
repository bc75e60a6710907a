import { delayAfter, SIGN_IN_ACCOUNT } from '@yigou/server/identity';
import { CONSENT, createTestApp, SecondApi, startTwoApis, stopTwoApis, TestApp } from '@yigou/server/testing';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken } }`;
const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { accessToken } }`;
const REFRESH = `mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken } }`;

type Login = { login: { accessToken: string; refreshToken: string } };

/**
 * Each test signs in from an address of its own (X-Forwarded-For, believed from the loopback test client by
 * default), so that one test's failures never make another's address noisy.
 */
describe('login protection', () => {
  let t: TestApp;
  let second: SecondApi;
  beforeAll(async () => ({ t, other: second } = await startTwoApis()));
  afterAll(() => stopTwoApis({ t, other: second }));

  const from = (ip: string) => ({ 'x-forwarded-for': ip });
  const login = (ip: string, who: string, password: string) => t.gql<Login>(LOGIN, { input: { login: who, password } }, null, from(ip));
  const codeOf = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code ?? 'OK';
  const userId = async (username: string) => (await t.db.query(`SELECT id FROM app_user WHERE username = $1`, [username]))[0].id as string;
  /** What waiting out the account's delay does, without waiting. */
  const waitOut = async (username: string) =>
    t.db.query(`UPDATE attempt_counter SET blocked_until = now() - interval '1 second' WHERE key = $1`, [
      `account:${await userId(username)}`,
    ]);

  /** A sign-in on the second API process (same database). */
  const loginOnSecond = (ip: string, who: string, password: string) =>
    second.gql<Login>(LOGIN, { input: { login: who, password } }, null, from(ip));

  it('tries at most five of 25 parallel wrong passwords on one account, across two API processes; the rest are refused before the password check', async () => {
    const results = await Promise.all(
      Array.from({ length: 25 }, (_, i) => (i % 2 ? loginOnSecond : login)('198.51.100.1', 'finance', `wrong-guess-${i}`)),
    );
    const codes = results.map(codeOf);
    const tried = codes.filter((c) => c === 'INVALID_CREDENTIALS').length;
    expect(tried).toBeGreaterThanOrEqual(1);
    expect(tried).toBeLessThanOrEqual(5);
    expect(codes.filter((c) => c === 'TOO_MANY_ATTEMPTS')).toHaveLength(25 - tried);
    const refused = results.find((r) => codeOf(r) === 'TOO_MANY_ATTEMPTS');
    expect(refused?.errors?.[0].message).toMatch(/^登录失败次数过多，请 \d+ (秒|分钟)后再试$/);
  });

  it('counts the login name, phone and email of one account together', async () => {
    for (const [who, i] of [
      ['supplier', 1],
      ['13800000004', 2],
      ['SUPPLIER@demo.yigou.cn', 3],
      ['supplier', 4],
      ['13800000004', 5],
    ] as const) {
      expect(codeOf(await login('198.51.100.2', who, `wrong-guess-${i}`))).toBe('INVALID_CREDENTIALS');
    }
    const blocked = await login('198.51.100.2', 'supplier@demo.yigou.cn', 'yigou-demo');
    expect(codeOf(blocked)).toBe('TOO_MANY_ATTEMPTS');
    expect(blocked.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('keeps an account usable from an address it signed in from before, while guesses from elsewhere make it wait', async () => {
    const input = { login: 'li.kuaiji@example.com', password: 'pear-harvest-2026', displayName: '李会计', ...CONSENT };
    expect(codeOf(await t.gql(REGISTER, { input }, null, from('198.51.100.20')))).toBe('OK');
    for (let i = 0; i < 5; i++) expect(codeOf(await login('198.51.100.21', input.login, `wrong-guess-${i}`))).toBe('INVALID_CREDENTIALS');
    expect(codeOf(await login('198.51.100.21', input.login, 'wrong-guess-5'))).toBe('TOO_MANY_ATTEMPTS');
    expect(codeOf(await login('198.51.100.22', input.login, input.password))).toBe('TOO_MANY_ATTEMPTS');
    expect(codeOf(await login('198.51.100.20', input.login, input.password))).toBe('OK');
  });

  it('makes each wait longer instead of locking: the right password works once the wait is over', async () => {
    for (let i = 0; i < 5; i++) expect(codeOf(await login('198.51.100.3', 'unit-admin', `wrong-guess-${i}`))).toBe('INVALID_CREDENTIALS');
    const first = await login('198.51.100.3', 'unit-admin', 'yigou-demo');
    expect(codeOf(first)).toBe('TOO_MANY_ATTEMPTS');
    // the SQL sets the same waits as delayAfter: 32 s after the 5th attempt, 64 s after the 6th
    const wait = (n: number) => delayAfter(n, SIGN_IN_ACCOUNT);
    expect(first.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(wait(5) - 10);
    expect(first.errors?.[0].extensions?.retryAfterSeconds).toBeLessThanOrEqual(wait(5));
    await waitOut('unit-admin');
    expect(codeOf(await login('198.51.100.3', 'unit-admin', 'wrong-guess-6'))).toBe('INVALID_CREDENTIALS');
    const second = await login('198.51.100.3', 'unit-admin', 'yigou-demo');
    expect(second.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(wait(6) - 10);
    expect(second.errors?.[0].extensions?.retryAfterSeconds).toBeLessThanOrEqual(wait(6));
    await waitOut('unit-admin');
    expect(codeOf(await login('198.51.100.3', 'unit-admin', 'yigou-demo'))).toBe('OK');
    // a correct password clears the count
    expect(await t.db.query(`SELECT 1 FROM attempt_counter WHERE key = $1`, [`account:${await userId('unit-admin')}`])).toHaveLength(0);
  });

  it('lets other accounts behind a noisy address (an office NAT) sign in after 30 failures there, and stops further guesses on failing accounts', async () => {
    const office = '198.51.100.4';
    for (let i = 0; i < 30; i++) {
      await waitOut('host');
      expect(codeOf(await login(office, 'host', `wrong-guess-${i}`))).toBe('INVALID_CREDENTIALS');
    }
    // a colleague with the right password, and one who mistypes first
    expect(codeOf(await login(office, 'county-admin', 'yigou-demo'))).toBe('OK');
    expect(codeOf(await login(office, 'platform-finance', 'typo-typo'))).toBe('INVALID_CREDENTIALS');
    expect(codeOf(await login(office, 'platform-finance', 'yigou-demo'))).toBe('OK');
    // but a guesser there gets two tries per account, then no more from that address
    expect(codeOf(await login(office, 'purchaser', 'wrong-guess'))).toBe('INVALID_CREDENTIALS');
    expect(codeOf(await login(office, 'purchaser', 'wrong-again'))).toBe('INVALID_CREDENTIALS');
    const guarded = await login(office, 'purchaser', 'yigou-demo');
    expect(codeOf(guarded)).toBe('TOO_MANY_ATTEMPTS');
    expect(guarded.errors?.[0].extensions?.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
    // the account itself is not locked elsewhere: two failures are below its own limit
    expect(codeOf(await login('198.51.100.5', 'purchaser', 'yigou-demo'))).toBe('OK');
  });

  it('does not lock out a colleague after 30 failures from the office on one account and unknown logins', async () => {
    const office = '198.51.100.11';
    for (let i = 0; i < 5; i++) expect(codeOf(await login(office, 'buyer', `wrong-guess-${i}`))).toBe('INVALID_CREDENTIALS');
    for (let i = 0; i < 25; i++) expect(codeOf(await login(office, `nobody-${i}`, 'wrong-guess'))).toBe('INVALID_CREDENTIALS');
    expect(codeOf(await login(office, 'admin', 'yigou-demo'))).toBe('OK');
  });

  it('believes X-Forwarded-For from the loopback proxy by default and only from the proxies TRUST_PROXY names', async () => {
    const ipOf = async (app: TestApp, who: string, headers: Record<string, string>) => {
      const r = await app.gql<Login>(LOGIN, { input: { login: who, password: 'yigou-demo' } }, null, headers);
      expect(r.errors).toBeUndefined();
      const rows = await app.db.query(`SELECT ip FROM auth_session ORDER BY created_at DESC LIMIT 1`);
      return rows[0].ip as string;
    };
    expect(await ipOf(t, 'admin', from('203.0.113.7'))).toBe('203.0.113.7');
    const strict = await createTestApp({}, { TRUST_PROXY: '10.0.0.0/8' });
    try {
      const seen = await ipOf(strict, 'admin', from('203.0.113.7'));
      expect(seen).not.toBe('203.0.113.7');
      expect(seen).toMatch(/127\.0\.0\.1|::1/);
    } finally {
      await strict.close();
    }
    // A hop count (TRUST_PROXY=n, as behind n proxies): the n nearest addresses of the chain are proxies, the next one
    // is the client; what a client writes further left is not believed.
    const chain = { 'x-forwarded-for': '198.51.100.99, 203.0.113.8, 203.0.113.9' };
    for (const [hops, client] of [
      ['1', '203.0.113.9'],
      ['2', '203.0.113.8'],
    ] as const) {
      const counted = await createTestApp({}, { TRUST_PROXY: hops });
      try {
        expect(await ipOf(counted, 'admin', chain)).toBe(client);
      } finally {
        await counted.close();
      }
    }
  });

  it('slows registrations from one address after 20 in an hour, before checking or hashing anything', async () => {
    const register = (i: number) =>
      t.gql(
        REGISTER,
        { input: { login: `colleague${i}@example.com`, password: 'pear-harvest-2026', displayName: `同事${i}`, ...CONSENT } },
        null,
        from('198.51.100.6'),
      );
    for (let i = 0; i < 20; i++) expect(codeOf(await register(i))).toBe('OK');
    const slowed = await register(20);
    expect(codeOf(slowed)).toBe('TOO_MANY_ATTEMPTS');
    expect(slowed.errors?.[0].message).toMatch(/^注册过于频繁，请 \d+ 秒后再试$/);
    expect(await t.db.query(`SELECT 1 FROM app_user WHERE email = 'colleague20@example.com'`)).toHaveLength(0);
    // another address is not slowed
    const elsewhere = await t.gql(
      REGISTER,
      { input: { login: 'colleague20@example.com', password: 'pear-harvest-2026', displayName: '同事20', ...CONSENT } },
      null,
      from('198.51.100.7'),
    );
    expect(codeOf(elsewhere)).toBe('OK');
  });

  it('slows refreshes from an address after 30 failed ones, and only there', async () => {
    const session = await login('198.51.100.8', 'platform-finance', 'yigou-demo');
    const refreshToken = session.data!.login.refreshToken;
    for (let i = 0; i < 30; i++) {
      expect(codeOf(await t.gql(REFRESH, { t: `not-a-token-${i}` }, null, from('198.51.100.9')))).toBe('INVALID_TOKEN');
    }
    const slowed = await t.gql(REFRESH, { t: refreshToken }, null, from('198.51.100.9'));
    expect(codeOf(slowed)).toBe('TOO_MANY_ATTEMPTS');
    expect(codeOf(await t.gql(REFRESH, { t: refreshToken }, null, from('198.51.100.10')))).toBe('OK');
  });
});
