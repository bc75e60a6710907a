/**
 * The inner shape of a server domain (docs/architecture.md, "Inner shape of a domain"): under `src/`, only
 * `index.ts`, `*.module.ts` and `errors.ts` sit at the top; everything else is in a kind folder
 * (`entities/`, `dto/`, `resolvers/`, `services/`, `sql/`, `jobs/`) or in a feature folder, which may hold the
 * same kind folders. An entity file (`*.entity.ts`) lives in an `entities/` folder, a resolver (`*.resolver.ts`)
 * in a `resolvers/` folder, and a file declares at most one `@Entity`. GraphQL types (`@ObjectType`, `@InputType`,
 * `@ArgsType`, `@InterfaceType`, `registerEnumType`, `createUnionType`) are declared in a `dto/` folder, with no
 * exception: an entity maps its table only, and what GraphQL shows of it is a view class in `dto/`.
 *
 * Pure: it reads the files it is given and returns what breaks the rules; which domains are held to them lives
 * in the spec.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface SourceFile {
  /** path relative to the domain's src/, with forward slashes */
  path: string;
  text: string;
}

/** Files allowed directly in src/. */
const TOP_LEVEL = [/^index\.ts$/, /\.module\.ts$/, /^errors\.ts$/];

/** The .ts files under `<domainDir>/src`, paths relative to it. */
export function domainSources(domainDir: string): SourceFile[] {
  const src = join(domainDir, 'src');
  const out: SourceFile[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name.endsWith('.ts')) out.push({ path: relative(src, full).split('\\').join('/'), text: readFileSync(full, 'utf8') });
    }
  };
  walk(src);
  return out;
}

/** The text without comments. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, '');
}

/** `@Entity(` decorators outside comments. */
function entityCount(text: string): number {
  return (code(text).match(/@Entity\s*\(/g) ?? []).length;
}

/** GraphQL type declarations outside comments, by kind: `{ ObjectType: 2, registerEnumType: 1 }`. */
function graphqlTypes(text: string): Map<string, number> {
  const found = new Map<string, number>();
  for (const m of code(text).matchAll(/@(ObjectType|InputType|ArgsType|InterfaceType)\s*\(|\b(registerEnumType|createUnionType)\s*\(/g)) {
    const kind = m[1] ?? m[2];
    found.set(kind, (found.get(kind) ?? 0) + 1);
  }
  return found;
}

/** What in one domain breaks the inner shape, one line per problem, sorted. */
export function shapeProblems(files: readonly SourceFile[]): string[] {
  const problems: string[] = [];
  for (const f of files) {
    const parts = f.path.split('/');
    const name = parts[parts.length - 1];
    const folders = parts.slice(0, -1);
    if (folders.length === 0 && !TOP_LEVEL.some((re) => re.test(name))) {
      problems.push(`${f.path}: only index.ts, *.module.ts and errors.ts sit directly in src/`);
    }
    if (/\.entity\.ts$/.test(name) && folders[folders.length - 1] !== 'entities') {
      problems.push(`${f.path}: an entity file belongs in an entities/ folder`);
    }
    if (/\.resolver\.ts$/.test(name) && folders[folders.length - 1] !== 'resolvers') {
      problems.push(`${f.path}: a resolver belongs in a resolvers/ folder`);
    }
    const entities = entityCount(f.text);
    if (entities > 1) problems.push(`${f.path}: ${entities} @Entity classes in one file (one entity per file)`);
    const types = graphqlTypes(f.text);
    if (folders[folders.length - 1] !== 'dto' && types.size > 0) {
      const list = [...types].map(([kind, n]) => (n > 1 ? `${n} ${kind}` : kind)).join(', ');
      problems.push(`${f.path}: GraphQL types (${list}) belong in a dto/ folder`);
    }
  }
  return problems.sort();
}
