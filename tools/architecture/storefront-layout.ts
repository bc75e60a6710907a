import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * The storefront's layout (docs/architecture.md, "Storefront"): a feature module owns its pages,
 * components, documents and styles (`src/modules/<feature>/pages/*Page.tsx`); `src/app/routes.tsx`
 * only wires routes to them. A component stays under COMPONENT_LINE_LIMIT lines.
 */
export const COMPONENT_LINE_LIMIT = 200;

/** Files that may sit directly in src/pages (route wiring only, should the wiring ever move there). */
export const ROUTE_WIRING_FILES = ['routes.tsx', 'index.ts', 'index.tsx'];

export interface SourceFile {
  /** Path relative to apps/storefront/src, with forward slashes. */
  path: string;
  lines: number;
  /** The file's text (the rules that read code, e.g. pagerSizesBesideTheHook). */
  text?: string;
}

export function storefrontSources(srcRoot: string): SourceFile[] {
  const out: SourceFile[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'generated') walk(full);
      } else if (/\.(ts|tsx)$/.test(e.name)) {
        const text = readFileSync(full, 'utf8');
        out.push({
          path: relative(srcRoot, full).split('\\').join('/'),
          lines: text.split('\n').length - (text.endsWith('\n') ? 1 : 0),
          text,
        });
      }
    }
  };
  walk(srcRoot);
  return out;
}

const isSpec = (p: string) => /\.(spec|test)\.tsx?$/.test(p);

/** Page files outside a feature module's pages/ folder, and anything in src/pages that is not route wiring. */
export function misplacedPages(files: readonly SourceFile[]): string[] {
  return files
    .map((f) => f.path)
    .filter((p) => {
      if (p.startsWith('pages/')) return !ROUTE_WIRING_FILES.includes(p.slice('pages/'.length));
      const name = p.split('/').pop() ?? '';
      const isPage = /Page(\.spec)?\.tsx$/.test(name);
      return isPage && !/^modules\/[^/]+\/pages\/[^/]+$/.test(p);
    })
    .sort();
}

/**
 * Components (non-test .tsx) over the limit, against an allowlist of today's exceptions with their line counts.
 * `added`: over the limit and not listed, or grown past the listed count; `gone`: listed but now within the
 * limit or smaller than listed (lower the number or delete the entry), so the list can only shrink.
 */
export function oversizedComponents(
  files: readonly SourceFile[],
  allowed: Record<string, number>,
  limit = COMPONENT_LINE_LIMIT,
): { added: string[]; gone: string[] } {
  const components = new Map(files.filter((f) => f.path.endsWith('.tsx') && !isSpec(f.path)).map((f) => [f.path, f.lines]));
  const added = [...components]
    .filter(([p, n]) => n > limit && (allowed[p] === undefined || n > allowed[p]))
    .map(([p, n]) => `${p} (${n} lines${allowed[p] !== undefined ? `, allowed ${allowed[p]}` : ''})`)
    .sort();
  const gone = Object.entries(allowed)
    .filter(([p, max]) => !components.has(p) || (components.get(p) ?? 0) <= limit || (components.get(p) ?? 0) < max)
    .map(([p, max]) => `${p} (allowed ${max}, now ${components.get(p) ?? 'absent'})`)
    .sort();
  return { added, gone };
}

/**
 * Files that give a TablePager its page sizes as a prop. A paged list's sizes are useKeysetPages' third argument
 * (the pager it returns carries them), one way for every list, so a size the API refuses is changed in one place.
 */
export function pagerSizesBesideTheHook(files: readonly SourceFile[]): string[] {
  return files
    .filter((f) => !isSpec(f.path) && /<TablePager\b[^>]*\bpageSizes=/.test(f.text ?? ''))
    .map((f) => f.path)
    .sort();
}
