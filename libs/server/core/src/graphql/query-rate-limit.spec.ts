import { loadConfig } from '../config/app-config';
import { QueryRateLimiter, rateLimitKey } from './query-rate-limit';

const limiter = (env: Record<string, string>) => new QueryRateLimiter(loadConfig({ NODE_ENV: 'test', ...env }));

describe('QueryRateLimiter (in memory)', () => {
  it('charges each client its own budget and remembers whom it refused', async () => {
    const l = limiter({ RATE_LIMIT_ANONYMOUS_POINTS: '100', RATE_LIMIT_WINDOW_SECONDS: '60' });
    const a = rateLimitKey(null, '203.0.113.1');
    const b = rateLimitKey(null, '203.0.113.2');
    await l.charge(a, 60, true);
    await expect(l.charge(a, 60, true)).rejects.toMatchObject({ extensions: { code: 'RATE_LIMITED', http: { status: 429 } } });
    expect(l.blockedSeconds(a)).toBeGreaterThan(50);
    expect(l.blockedSeconds(b)).toBe(0);
    await l.charge(b, 60, true);
  });

  it('keys signed-in users by id and does not limit them when their budget is off', async () => {
    const l = limiter({ RATE_LIMIT_ANONYMOUS_POINTS: '10' });
    expect(rateLimitKey({ id: 'u1' }, '203.0.113.1')).toBe('u:u1');
    await l.charge('u:u1', 1_000_000, false);
  });

  it('lets a bounded number of anonymous queries run at once; the next waits, then is told the server is busy', async () => {
    const l = limiter({ ANONYMOUS_CONCURRENCY: '2', ANONYMOUS_QUEUE_MS: '50' });
    const r1 = await l.enterAnonymous();
    await l.enterAnonymous();
    const waiting = l.enterAnonymous();
    r1();
    await expect(waiting).resolves.toBeInstanceOf(Function); // got r1's place
    await expect(l.enterAnonymous()).rejects.toMatchObject({ extensions: { code: 'SERVER_BUSY' } });
  });
});
