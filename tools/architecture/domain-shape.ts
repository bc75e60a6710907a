/**
 * The inner shape of a server domain (docs/architecture.md, "Inner shape of a domain"): under `src/`, only
 * `index.ts`, `*.module.ts` and `errors.ts` sit at the top; everything else is in a kind folder
 * (`entities/`, `dto/`, `resolvers/`, `services/`, `sql/`, `jobs/`) or in a feature folder, which may hold the
 * same kind folders. An entity file (`*.entity.ts`) lives in an `entities/` folder, a resolver (`*.resolver.ts`)
 * in a `resolvers/` folder, and a file declares at most one `@Entity`. GraphQL types (`@ObjectType`, `@InputType`,
 * `@ArgsType`, `@InterfaceType`, `registerEnumType`, `createUnionType`) are declared in a `dto/` folder, with no
 * exception: an entity maps its table only, and what GraphQL shows of it is a view class in `dto/`.
 * A file's role suffix names its kind folder too (`*.service.ts` in `services/`, `*.controller.ts` beside the resolvers,
 * `*.sql.ts` in `sql/`, `*.job.ts` in `jobs/`, `*.input.ts` / `*.args.ts` / `*.types.ts` / `*.view.ts` in `dto/`), and
 * a coded error (`new AppError(…)`) is made in an `errors.ts` only: services throw the factories it exports. A file in a
 * `resolvers/` folder (resolvers, controllers) is the GraphQL or HTTP surface only: it injects no DataSource or repository
 * and runs no SQL or TypeORM query; it asks a service.
 * Given the domain's feature folders, a folder under `src/` that is neither a kind folder nor one of them is refused,
 * and so is a folder inside a feature folder that is not a kind folder (or `testing/`, its fixtures).
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

/** The kind folders, in src/ and inside a feature folder. */
export const KIND_FOLDERS = ['entities', 'dto', 'resolvers', 'services', 'sql', 'jobs'];

/** Role suffix → what the file is and the kind folder it lives in. */
const ROLE_FOLDER: [RegExp, string, string][] = [
  [/\.entity\.ts$/, 'an entity file', 'entities'],
  [/\.resolver\.ts$/, 'a resolver', 'resolvers'],
  [/\.controller\.ts$/, 'a controller', 'resolvers'],
  [/\.service(\.spec)?\.ts$/, 'a service', 'services'],
  [/\.sql\.ts$/, 'an SQL module', 'sql'],
  [/\.job\.ts$/, 'a job', 'jobs'],
  [/\.(input|args|types|view)\.ts$/, 'a GraphQL input or type file', 'dto'],
];

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

/** Database access outside comments: an injected DataSource or repository, `.query(`, `.getRepository(`, a query builder. */
const DATABASE_ACCESS = /@InjectDataSource\s*\(|@InjectRepository\s*\(|\.query\s*\(|\.getRepository\s*\(|\.createQueryBuilder\s*\(/;

/** `new AppError(` outside comments. */
function codedErrors(text: string): number {
  return (code(text).match(/\bnew\s+AppError\s*\(/g) ?? []).length;
}

/**
 * What in one domain breaks the inner shape, one line per problem, sorted. `features`: the domain's feature folders
 * (folders directly under src/ that are not kind folders); without it, folders are not checked.
 */
export function shapeProblems(files: readonly SourceFile[], features?: readonly string[]): string[] {
  const problems: string[] = [];
  const folderProblems = new Set<string>();
  for (const f of files) {
    const parts = f.path.split('/');
    const name = parts[parts.length - 1];
    const folders = parts.slice(0, -1);
    if (folders.length === 0 && !TOP_LEVEL.some((re) => re.test(name))) {
      problems.push(`${f.path}: only index.ts, *.module.ts and errors.ts sit directly in src/`);
    }
    if (features && folders.length > 0) {
      const [top, ...inner] = folders;
      if (!KIND_FOLDERS.includes(top) && !features.includes(top)) {
        folderProblems.add(`${top}/: not a kind folder (${KIND_FOLDERS.join(', ')}) nor one of the domain's feature folders`);
      } else if (features.includes(top) && inner.length > 0 && ![...KIND_FOLDERS, 'testing'].includes(inner[0])) {
        folderProblems.add(`${top}/${inner[0]}/: inside a feature folder only kind folders (${KIND_FOLDERS.join(', ')}, testing)`);
      }
    }
    for (const [suffix, what, folder] of ROLE_FOLDER) {
      if (suffix.test(name) && folders[folders.length - 1] !== folder)
        problems.push(`${f.path}: ${what} belongs in ${/^[aeiou]/.test(folder) ? 'an' : 'a'} ${folder}/ folder`);
    }
    if (folders[folders.length - 1] === 'resolvers' && !/\.spec\.ts$/.test(name) && DATABASE_ACCESS.test(code(f.text))) {
      problems.push(`${f.path}: a resolver or controller reads through a service (no DataSource, repository or SQL here)`);
    }
    const errors = codedErrors(f.text);
    if (errors > 0 && name !== 'errors.ts' && !/\.spec\.ts$/.test(name)) {
      problems.push(`${f.path}: ${errors} coded error(s) made here; make them in errors.ts and throw its factory`);
    }
    const entities = entityCount(f.text);
    if (entities > 1) problems.push(`${f.path}: ${entities} @Entity classes in one file (one entity per file)`);
    const types = graphqlTypes(f.text);
    if (folders[folders.length - 1] !== 'dto' && types.size > 0) {
      const list = [...types].map(([kind, n]) => (n > 1 ? `${n} ${kind}` : kind)).join(', ');
      problems.push(`${f.path}: GraphQL types (${list}) belong in a dto/ folder`);
    }
  }
  return [...problems, ...folderProblems].sort();
}
