import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { actualArrows, Arrows, domainLibraries, mermaid, mermaidAfter } from './domain-arrows';

const root = join(__dirname, '../..');
const allowed: Arrows = JSON.parse(readFileSync(join(__dirname, 'allowed-domain-arrows.json'), 'utf8'));
const HEADING = '## Domains and the arrows between them';

describe('the arrows between server domains', () => {
  it('every domain library carries its domain:<name> tag and has an entry in allowed-domain-arrows.json', () => {
    const libs = domainLibraries(root);
    for (const [name, tags] of libs) expect(tags).toContain(`domain:${name}`);
    expect(Object.keys(allowed).sort()).toEqual([...libs.keys()].sort());
  });

  it('allowed-domain-arrows.json is exactly the arrows the code has (lint refuses new ones; remove the ones no longer used)', () => {
    expect(actualArrows(root)).toEqual(allowed);
  });

  it('docs/architecture.md opens with the picture of those arrows', () => {
    const doc = readFileSync(join(root, 'docs/architecture.md'), 'utf8');
    expect(doc.slice(doc.indexOf('\n## ') + 1).startsWith(HEADING)).toBe(true); // the first section
    // When this fails, paste the expected block under the heading.
    expect(mermaidAfter(doc, HEADING)).toBe(mermaid(allowed));
  });

  it('ESLint builds its domain constraints from the same file', () => {
    const config = readFileSync(join(root, 'eslint.config.mjs'), 'utf8');
    expect(config).toContain("('./tools/architecture/allowed-domain-arrows.json')");
    expect(config).toContain('...domainConstraints');
  });
});

describe('the arrow checker', () => {
  function workspace(files: Record<string, string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'yigou-arrows-'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    return dir;
  }
  const project = (tags: string[]) => JSON.stringify({ tags });

  it('finds a planted import of another domain, type-only and multi-line ones too, and ignores non-domain libraries', () => {
    const dir = workspace({
      'libs/server/alpha/project.json': project(['scope:server', 'type:domain', 'domain:alpha']),
      'libs/server/beta/project.json': project(['scope:server', 'type:domain', 'domain:beta']),
      'libs/server/gamma/project.json': project(['scope:server', 'type:domain', 'domain:gamma']),
      'libs/server/core/project.json': project(['scope:server', 'type:util']),
      'libs/server/alpha/src/a.service.ts': "import { B } from '@yigou/server/beta';\nimport { C } from '@yigou/server/core';\n",
      'libs/server/alpha/src/deep/x.ts': "import type {\n  G,\n} from '@yigou/server/gamma';\n",
      'libs/server/gamma/src/g.ts': 'export const g = 1;\n',
      'libs/server/beta/src/b.ts':
        "// import { A } from '@yigou/server/alpha' is only a comment line starting with //\nexport const b = 1;\n",
    });
    expect(actualArrows(dir)).toEqual({ alpha: ['beta', 'gamma'], beta: [], gamma: [] });
  });

  it('draws one line per arrow, so a new or dropped arrow changes the picture', () => {
    expect(mermaid({ b: [], a: ['b'] })).toBe('```mermaid\nflowchart LR\n  a --> b\n  b\n```');
    expect(mermaid({ ...allowed, regions: ['orders'] })).not.toBe(mermaid(allowed));
  });
});
