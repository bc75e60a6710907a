import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyRetention } from './backups';

describe('backup retention', () => {
  it('keeps the newest backups by name and leaves other files alone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'yigou-retention-'));
    for (const n of ['yigou-20261201-030000.base', 'yigou-20261202-030000.dump', 'yigou-20261203-030000.base']) mkdirSync(join(dir, n));
    writeFileSync(join(dir, 'notes.txt'), 'x');
    expect(applyRetention(dir, 2)).toEqual(['yigou-20261201-030000.base']);
    expect(readdirSync(dir).sort()).toEqual(['notes.txt', 'yigou-20261202-030000.dump', 'yigou-20261203-030000.base']);
  });
});
