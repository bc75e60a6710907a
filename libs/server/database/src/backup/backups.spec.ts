import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyRetention, msUntilShanghaiHour } from './backups';

describe('backup schedule and retention', () => {
  it('waits until the next given hour in Shanghai, today or tomorrow', () => {
    // 2026-12-04 18:00 UTC is 02:00 on the 5th in Shanghai: 03:00 is one hour away.
    expect(msUntilShanghaiHour(new Date('2026-12-04T18:00:00Z'), 3)).toBe(3600_000);
    // 19:30 UTC is 03:30 in Shanghai: the next 03:00 is 23.5 hours away.
    expect(msUntilShanghaiHour(new Date('2026-12-04T19:30:00Z'), 3)).toBe(23.5 * 3600_000);
    // Exactly at the hour: the next day's.
    expect(msUntilShanghaiHour(new Date('2026-12-04T19:00:00Z'), 3)).toBe(24 * 3600_000);
  });

  it('keeps the newest backups by name and leaves other files alone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'yigou-retention-'));
    for (const n of ['yigou-20261201-030000.base', 'yigou-20261202-030000.dump', 'yigou-20261203-030000.base']) mkdirSync(join(dir, n));
    writeFileSync(join(dir, 'notes.txt'), 'x');
    expect(applyRetention(dir, 2)).toEqual(['yigou-20261201-030000.base']);
    expect(readdirSync(dir).sort()).toEqual(['notes.txt', 'yigou-20261202-030000.dump', 'yigou-20261203-030000.base']);
  });
});
