/**
 * Which server domain may import which: the arrows that `domain-arrows.json` allows (and eslint.config.mjs turns
 * into Nx depConstraints on the `domain:<name>` tags), the arrows the code actually has, and the picture of them
 * that opens docs/architecture.md.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export type Arrows = Record<string, string[]>;

/** Server libraries tagged type:domain, by folder name, with their tags. */
export function domainLibraries(root: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const base = join(root, 'libs/server');
  for (const name of readdirSync(base).sort()) {
    const file = join(base, name, 'project.json');
    try {
      const tags: string[] = JSON.parse(readFileSync(file, 'utf8')).tags ?? [];
      if (tags.includes('type:domain')) out.set(name, tags);
    } catch {
      // not a project
    }
  }
  return out;
}

const IMPORT =
  /(?:^|\n)\s*(?:import|export)\b[^'"]*?\bfrom\s*['"]@yigou\/server\/([\w-]+)['"]|\bimport\(\s*['"]@yigou\/server\/([\w-]+)['"]\s*\)|\brequire\(\s*['"]@yigou\/server\/([\w-]+)['"]\s*\)/g;

/** The domain → domain imports found in the domains' .ts files (type-only imports count: lint checks them too). */
export function actualArrows(root: string): Arrows {
  const domains = domainLibraries(root);
  const out: Arrows = {};
  for (const d of domains.keys()) {
    const targets = new Set<string>();
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const p = join(dir, name);
        if (statSync(p).isDirectory()) walk(p);
        else if (name.endsWith('.ts')) {
          for (const m of readFileSync(p, 'utf8').matchAll(IMPORT)) {
            const t = m[1] ?? m[2] ?? m[3];
            if (t !== d && domains.has(t)) targets.add(t);
          }
        }
      }
    };
    walk(join(root, 'libs/server', d, 'src'));
    out[d] = [...targets].sort();
  }
  return out;
}

/** The allowed arrows as a mermaid flowchart, one line per arrow, domains in name order. */
export function mermaid(arrows: Arrows): string {
  const lines = ['```mermaid', 'flowchart LR'];
  for (const d of Object.keys(arrows).sort()) {
    if (arrows[d].length === 0) lines.push(`  ${d}`);
    for (const t of [...arrows[d]].sort()) lines.push(`  ${d} --> ${t}`);
  }
  lines.push('```');
  return lines.join('\n');
}

/** The mermaid block of a markdown text that follows the given marker line, or null. */
export function mermaidAfter(markdown: string, marker: string): string | null {
  const at = markdown.indexOf(marker);
  if (at < 0) return null;
  const m = /```mermaid\n[\s\S]*?\n```/.exec(markdown.slice(at));
  return m ? m[0] : null;
}
