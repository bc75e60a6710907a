/**
 * Who owns which table, and which code names a table it does not own.
 *
 * A table belongs to the server library whose entities declare it (`@Entity('name')`, or the class name
 * snake-cased as the naming strategy does). A library "names" a table when one of its .ts files has it in
 * SQL (a string or template literal where a relation is named: `FROM x`, `JOIN x`, `INTO x`, `UPDATE x` …), passes it as a
 * string to a query builder (`.from('x', 'alias')`), or hands another library's entity class to TypeORM
 * (`em.getRepository(X)`, `em.insert(X, …)`, `qb.innerJoin(X, …)`). Comments do not count.
 *
 * Pure: it reads the source files it is given and returns what it finds; the allowlist and the verdict
 * live in the spec.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';
import { snakeCase } from '../../libs/server/database/src/snake-naming.strategy';

export interface SourceFile {
  /** path relative to the repository root, with forward slashes */
  path: string;
  text: string;
}

export interface Crossing {
  path: string;
  /** the library the file belongs to */
  library: string;
  table: string;
  /** the library that owns the table */
  owner: string;
}

/** TypeORM calls whose first argument is the entity or the table they touch. */
const TYPEORM_METHODS = new Set([
  'getRepository',
  'createQueryBuilder',
  'find',
  'findBy',
  'findOne',
  'findOneBy',
  'findOneOrFail',
  'findOneByOrFail',
  'findAndCount',
  'count',
  'countBy',
  'exists',
  'existsBy',
  'sum',
  'insert',
  'update',
  'upsert',
  'delete',
  'save',
  'remove',
  'softDelete',
  'increment',
  'decrement',
  'create',
  'merge',
  'preload',
  'from',
  'into',
  'innerJoin',
  'leftJoin',
  'innerJoinAndSelect',
  'leftJoinAndSelect',
  'InjectRepository',
]);

/** SQL clauses after which a relation's name comes (the code base writes SQL keywords in capitals). */
const RELATION_CLAUSE = '\\b(?:FROM|JOIN|INTO|UPDATE|USING|TABLE|TRUNCATE)\\s+(?:ONLY\\s+)?';

/** `libs/server/<lib>/src/...` → `<lib>`; anything else → null. */
export function libraryOf(path: string): string | null {
  const m = /^libs\/server\/([^/]+)\/src\//.exec(path);
  return m ? m[1] : null;
}

function parse(f: SourceFile): ts.SourceFile {
  return ts.createSourceFile(f.path, f.text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
}

function decoratorsOf(node: ts.Node): readonly ts.Decorator[] {
  return ts.canHaveDecorators(node) ? (ts.getDecorators(node) ?? []) : [];
}

/** Entity class name → table, per library, from the `@Entity` decorators of the given files. */
export function entityTables(files: readonly SourceFile[]): { tables: Map<string, string>; classes: Map<string, string> } {
  const tables = new Map<string, string>(); // table → owner library
  const classes = new Map<string, string>(); // entity class → table
  for (const f of files) {
    const lib = libraryOf(f.path);
    if (!lib || !f.text.includes('@Entity')) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isClassDeclaration(node) && node.name) {
        for (const d of decoratorsOf(node)) {
          const call = d.expression;
          if (!ts.isCallExpression(call) || !ts.isIdentifier(call.expression) || call.expression.text !== 'Entity') continue;
          const arg = call.arguments[0];
          let table = snakeCase(node.name.text);
          if (arg && ts.isStringLiteralLike(arg)) table = arg.text;
          else if (arg && ts.isObjectLiteralExpression(arg)) {
            const name = arg.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && p.name.getText() === 'name');
            if (name && ts.isStringLiteralLike(name.initializer)) table = name.initializer.text;
          }
          const before = tables.get(table);
          if (before && before !== lib) throw new Error(`table ${table} is declared by both ${before} and ${lib}`);
          tables.set(table, lib);
          classes.set(node.name.text, table);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(parse(f));
  }
  return { tables, classes };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every table of another library that the file names, by the rules in the header. */
export function crossingsOf(file: SourceFile, tables: ReadonlyMap<string, string>, classes: ReadonlyMap<string, string>): Crossing[] {
  const library = libraryOf(file.path);
  if (!library) return [];
  const foreign = [...tables].filter(([, owner]) => owner !== library).map(([t]) => t);
  if (foreign.length === 0) return [];
  // a table where SQL names a relation, not a column (x.name), a function (name(…)) nor part of a longer identifier
  const inSql = new RegExp(`${RELATION_CLAUSE}"?(${foreign.map(escape).join('|')})"?(?![\\w"(.])`, 'g');
  const found = new Set<string>();
  const visit = (node: ts.Node): void => {
    let text: string | null = null;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) text = node.text;
    else if (ts.isTemplateExpression(node)) text = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ${} ');
    if (text !== null) {
      // a CTE may share a table's name (`WITH address AS (…) … FROM address`): it is the statement's own
      const ctes = new Set([...text.matchAll(/\b(\w+)\s+AS\s+(?:(?:NOT\s+)?MATERIALIZED\s+)?\(/g)].map((m) => m[1]));
      for (const m of text.matchAll(inSql)) if (!ctes.has(m[1])) found.add(m[1]);
    }
    if (ts.isCallExpression(node) && node.arguments.length > 0) {
      const callee = node.expression;
      const method = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : null;
      if (method && TYPEORM_METHODS.has(method)) {
        const first = node.arguments[0];
        if (ts.isStringLiteralLike(first) && tables.get(first.text) && tables.get(first.text) !== library) found.add(first.text);
        if (ts.isIdentifier(first)) {
          const table = classes.get(first.text);
          if (table && tables.get(table) !== library) found.add(table);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  // template expressions are visited whole above; their spans' literals are not string nodes, so no double count
  visit(parse(file));
  return [...found].sort().map((table) => ({ path: file.path, library, table, owner: tables.get(table) as string }));
}

/** The server libraries' .ts files under `root` (migrations excluded: the database library creates every table). */
export function serverSources(root: string): SourceFile[] {
  const out: SourceFile[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) {
        if (name !== 'node_modules' && name !== 'migrations') walk(p);
      } else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) {
        out.push({ path: relative(root, p).split(sep).join('/'), text: readFileSync(p, 'utf8') });
      }
    }
  };
  walk(join(root, 'libs/server'));
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

/** All crossings in the given files, as file → sorted tables. */
export function crossingMap(files: readonly SourceFile[]): Record<string, string[]> {
  const { tables, classes } = entityTables(files);
  const out: Record<string, string[]> = {};
  for (const f of files) {
    const c = crossingsOf(f, tables, classes);
    if (c.length) out[f.path] = c.map((x) => x.table);
  }
  return out;
}

/** Crossings found but not allowed (`added`), and allowed ones no longer found (`gone`), as "path → table". */
export function compareWithAllowlist(
  found: Record<string, string[]>,
  allowed: Record<string, readonly string[]>,
): { added: string[]; gone: string[] } {
  const pairs = (m: Record<string, readonly string[]>) =>
    new Set(Object.entries(m).flatMap(([path, tables]) => tables.map((t) => `${path} → ${t}`)));
  const f = pairs(found);
  const a = pairs(allowed);
  return { added: [...f].filter((p) => !a.has(p)).sort(), gone: [...a].filter((p) => !f.has(p)).sort() };
}
