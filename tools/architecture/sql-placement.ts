/**
 * Where a domain's SQL lives (docs/architecture.md, "Inner shape of a domain"; issue 20): in the domain's `sql/`
 * modules, written with named parameters (`namedSql` from the database library: `WHERE id = :orderId`), so a reader
 * finds a domain's statements in one place and no call site counts dollars.
 *
 * A statement is a string or template literal whose text starts with an SQL command (`SELECT `, `INSERT INTO`,
 * `UPDATE x SET`, `DELETE FROM`, `WITH x AS (`, `WITH RECURSIVE x(a, b) AS (`, `ANALYZE x`). Outside a `sql/` folder
 * it is *inline*; inside one, a statement with `$1`-style placeholders is *positional*. Specs do not count. Fragments
 * that do not start with a command (a WHERE clause, a CTE list) are not statements.
 *
 * Pure: it reads the files it is given; the allowlist and the verdict live in the spec.
 */
import ts from 'typescript';

export interface SourceFile {
  /** path relative to the repository root, with forward slashes */
  path: string;
  text: string;
}

const STATEMENT =
  /^\s*(?:SELECT\s|INSERT\s+INTO\s|UPDATE\s+\w+(?:\s+\w+)?\s+SET\s|DELETE\s+FROM\s|(?:ANALYZE|TRUNCATE|VACUUM)\s+\w+|WITH\s+(?:RECURSIVE\s+)?\w+\s*(?:\([\w\s,]*\)\s*)?AS\s*(?:(?:NOT\s+)?MATERIALIZED\s*)?\()/;
const POSITIONAL = /\$\d/;

export interface Placement {
  /** statements outside a sql/ folder */
  inline: number;
  /** statements inside a sql/ folder with $n placeholders */
  positional: number;
}

/** The statements of one file, as inline / positional counts (both 0 for a clean file). */
export function placementOf(file: SourceFile): Placement {
  const out: Placement = { inline: 0, positional: 0 };
  if (/\.spec\.ts$/.test(file.path)) return out;
  const inSql = /(^|\/)sql\//.test(file.path);
  const visit = (node: ts.Node): void => {
    let text: string | null = null;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) text = node.text;
    else if (ts.isTemplateExpression(node)) text = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ${} ');
    if (text !== null && STATEMENT.test(text)) {
      if (!inSql) out.inline += 1;
      else if (POSITIONAL.test(text)) out.positional += 1;
    }
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(file.path, file.text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS));
  return out;
}

/** Files with statements out of place, as path → how many (inline + positional). */
export function misplacedSql(files: readonly SourceFile[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of files) {
    const p = placementOf(f);
    if (p.inline + p.positional > 0) out[f.path] = p.inline + p.positional;
  }
  return out;
}

/**
 * Against an allowlist of today's files and counts: `added` — a file not listed, or with more than listed;
 * `gone` — a listed file now with fewer (lower the number or delete the entry), so the list only shrinks.
 */
export function compareSqlAllowlist(found: Record<string, number>, allowed: Record<string, number>): { added: string[]; gone: string[] } {
  const added = Object.entries(found)
    .filter(([p, n]) => n > (allowed[p] ?? 0))
    .map(([p, n]) => `${p} (${n}${allowed[p] !== undefined ? `, allowed ${allowed[p]}` : ''})`)
    .sort();
  const gone = Object.entries(allowed)
    .filter(([p, n]) => (found[p] ?? 0) < n)
    .map(([p, n]) => `${p} (allowed ${n}, now ${found[p] ?? 0})`)
    .sort();
  return { added, gone };
}
