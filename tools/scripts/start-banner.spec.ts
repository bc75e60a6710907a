import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

/** The usernames `loadDemoData` creates, read from its source (the start script cannot import TypeScript). */
const demoUsernames = [...read('apps/api/src/bootstrap/demo-accounts.ts').matchAll(/username: '([a-z-]+)'/g)].map((m) => m[1]);

describe('npm start banner', () => {
  it('names every demo account, and only those', () => {
    const start = read('tools/scripts/start.mjs');
    const line = /Demo accounts \(password: yigou-demo\)\n\s*([^\n]+)/.exec(start)?.[1] ?? '';
    const named = line.split('·').map((s) => s.trim());
    expect(demoUsernames.length).toBeGreaterThanOrEqual(9);
    expect([...named].sort()).toEqual([...demoUsernames].sort());
  });

  it('the README tables every demo account too', () => {
    const readme = read('README.md');
    for (const username of demoUsernames) expect(readme).toContain(`| \`${username}\` |`);
  });
});
