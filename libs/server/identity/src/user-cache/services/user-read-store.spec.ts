import { UserReadStore } from './user-read-store';

function store(options: Partial<{ maxEntries: number; maxAgeMs: number; maxFamilies: number }> = {}) {
  let now = 0;
  const s = new UserReadStore<string>({ maxEntries: 3, maxAgeMs: 60_000, maxFamilies: 2, ...options }, () => now);
  return { s, advance: (ms: number) => (now += ms) };
}

describe('UserReadStore', () => {
  it('answers a user only for the session families it found open', () => {
    const { s } = store();
    expect(s.put(s.ticket(), 'u1', 'f1', 'read 1')).toBe(true);
    expect(s.get('u1', 'f1')).toBe('read 1');
    expect(s.get('u1', 'f2')).toBeUndefined();
    expect(s.put(s.ticket(), 'u1', 'f2', 'read 2')).toBe(true);
    expect(s.get('u1', 'f1')).toBe('read 2');
    expect(s.get('u1', 'f2')).toBe('read 2');
    expect([s.hits, s.misses]).toEqual([3, 1]);
  });

  it('refuses to store a read that started before an eviction (it may predate the change)', () => {
    const { s } = store();
    const before = s.ticket();
    s.evict('someone-else');
    expect(s.put(before, 'u1', 'f1', 'stale?')).toBe(false);
    expect(s.get('u1', 'f1')).toBeUndefined();
    const after = s.ticket();
    expect(s.put(after, 'u1', 'f1', 'fresh')).toBe(true);
  });

  it('forgets a user on eviction and everyone on clear', () => {
    const { s } = store();
    s.put(s.ticket(), 'u1', 'f1', 'a');
    s.put(s.ticket(), 'u2', 'f1', 'b');
    s.evict('u1');
    expect(s.get('u1', 'f1')).toBeUndefined();
    expect(s.get('u2', 'f1')).toBe('b');
    s.clear();
    expect(s.get('u2', 'f1')).toBeUndefined();
    expect(s.size).toBe(0);
  });

  it('drops entries older than the max age', () => {
    const { s, advance } = store({ maxAgeMs: 1000 });
    s.put(s.ticket(), 'u1', 'f1', 'a');
    advance(1000);
    expect(s.get('u1', 'f1')).toBe('a');
    advance(1);
    expect(s.get('u1', 'f1')).toBeUndefined();
    expect(s.size).toBe(0);
  });

  it('keeps the age of the oldest family check when another family is added', () => {
    const { s, advance } = store({ maxAgeMs: 1000 });
    s.put(s.ticket(), 'u1', 'f1', 'a');
    advance(800);
    s.put(s.ticket(), 'u1', 'f2', 'b');
    advance(300);
    expect(s.get('u1', 'f1')).toBeUndefined();
  });

  it('holds at most maxEntries users, the least recently used going first', () => {
    const { s } = store({ maxEntries: 2 });
    s.put(s.ticket(), 'u1', 'f', '1');
    s.put(s.ticket(), 'u2', 'f', '2');
    expect(s.get('u1', 'f')).toBe('1');
    s.put(s.ticket(), 'u3', 'f', '3');
    expect(s.get('u2', 'f')).toBeUndefined();
    expect(s.get('u1', 'f')).toBe('1');
    expect(s.get('u3', 'f')).toBe('3');
  });

  it('remembers at most maxFamilies families per user', () => {
    const { s } = store({ maxFamilies: 2 });
    for (const f of ['f1', 'f2', 'f3']) s.put(s.ticket(), 'u1', f, f);
    expect(s.get('u1', 'f1')).toBeUndefined();
    expect(s.get('u1', 'f3')).toBe('f3');
  });
});
