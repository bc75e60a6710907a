import { loadConfig } from '../config/app-config';
import { PublicResponseCache } from './public-response-cache';

const cacheWith = (ttl: number) => new PublicResponseCache({ ...loadConfig({ NODE_ENV: 'test' }), publicCacheTtlMs: ttl, redisUrl: null });
const body = (s: string) => Buffer.from(s);

describe('PublicResponseCache', () => {
  it('is off with a TTL of 0', () => {
    expect(cacheWith(0).enabled).toBe(false);
  });

  it('stores a computed body, serves it fresh for the TTL, then stale for one more TTL', () => {
    const c = cacheWith(1000);
    const started = c.begin('k');
    if (!('compute' in started)) throw new Error('expected to compute');
    c.finish('k', started.compute, body('a'));
    const t0 = Date.now();
    expect(c.get('k', t0 + 500)?.toString()).toBe('a');
    expect(c.get('k', t0 + 1500)).toBeNull();
    expect(c.stale('k', t0 + 1500)?.toString()).toBe('a');
    expect(c.stale('k', t0 + 2500)).toBeNull();
  });

  it('lets concurrent misses wait for the first, and hands them its body', async () => {
    const c = cacheWith(1000);
    const first = c.begin('k');
    const second = c.begin('k');
    if (!('compute' in first) || !('wait' in second)) throw new Error('expected one computation and one wait');
    c.finish('k', first.compute, body('b'));
    expect((await second.wait)?.toString()).toBe('b');
  });

  it('does not store a body computed across an invalidation, and empties stale entries too', async () => {
    const c = cacheWith(1000);
    const old = c.begin('old');
    if (!('compute' in old)) throw new Error('expected to compute');
    c.finish('old', old.compute, body('x'));
    const during = c.begin('k');
    const waiting = c.begin('k');
    if (!('compute' in during) || !('wait' in waiting)) throw new Error('expected one computation and one wait');
    c.invalidate();
    expect(await waiting.wait).toBeNull();
    c.finish('k', during.compute, body('before the write'));
    expect(c.get('k')).toBeNull();
    expect(c.get('old')).toBeNull();
    expect(c.stale('old')).toBeNull();
    // A new computation after the invalidation is stored.
    const next = c.begin('k');
    if (!('compute' in next)) throw new Error('expected to compute');
    c.finish('k', next.compute, body('after'));
    expect(c.get('k')?.toString()).toBe('after');
  });
});
