import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { compareSqlAllowlist, misplacedSql, placementOf, SourceFile } from './sql-placement';

/**
 * Today's statements out of place, per file (inline outside sql/, or positional inside it). The list may only shrink:
 * a new inline statement anywhere, or one more in a listed file, fails; so does an entry whose file now has fewer
 * (lower it or delete it). Move a statement into the domain's `sql/<name>.sql.ts` as `namedSql<'a' | 'b', Row>(…)` and
 * run it with `queryNamed(em, STATEMENT, { a, b })`; a hot-path statement keeps `preparedStatement(STATEMENT.text)`.
 * Clean today: every domain (the list is empty; keep it so). Checkout's PLACE_ORDERS is in orders'
 * `sql/checkout.sql.ts`, its catalog, stock and notification parts given named parameters
 * (`checkoutSkuColumns(':shanghaiDay')`).
 */
const ALLOWED: Record<string, number> = {};

/** The server domains (the infrastructure libraries core, database, jobs, spreadsheet and the seed keep their own SQL). */
const DOMAINS = [
  'attribution',
  'catalog',
  'events',
  'identity',
  'livestream',
  'media',
  'notifications',
  'orders',
  'payments',
  'quota',
  'reconciliation',
  'regions',
];

const root = join(__dirname, '../..');

function domainSources(): SourceFile[] {
  const out: SourceFile[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.ts')) out.push({ path: relative(root, p).split(sep).join('/'), text: readFileSync(p, 'utf8') });
    }
  };
  for (const d of DOMAINS) walk(join(root, 'libs/server', d, 'src'));
  return out;
}

describe("a domain's SQL is in its sql/ modules, with named parameters", () => {
  const sources = domainSources();
  const found = misplacedSql(sources);

  it('no statement is added outside a sql/ module, nor a positional one inside it, beyond the recorded files', () => {
    expect(compareSqlAllowlist(found, ALLOWED).added).toEqual([]);
  });

  it('the recorded counts are still today’s (lower an entry when you move its statements)', () => {
    expect(compareSqlAllowlist(found, ALLOWED).gone).toEqual([]);
  });

  it('fails on a statement planted in a real clean domain’s service', () => {
    const service = sources.find((f) => f.path === 'libs/server/regions/src/services/address-region.ts')!;
    expect(service).toBeDefined();
    const planted = sources.map((f) =>
      f === service
        ? {
            ...f,
            text: `${f.text}\nexport const q = (db: Queryable) => db.query('SELECT name FROM region WHERE code = $1', ['110000']);\n`,
          }
        : f,
    );
    expect(compareSqlAllowlist(misplacedSql(planted), ALLOWED).added).toEqual(['libs/server/regions/src/services/address-region.ts (1)']);
  });

  it('fails on a positional statement planted in a real clean sql/ module', () => {
    const module = sources.find((f) => f.path === 'libs/server/notifications/src/sql/notification.sql.ts')!;
    expect(module).toBeDefined();
    const planted = sources.map((f) =>
      f === module ? { ...f, text: `${f.text}\nexport const X = 'DELETE FROM notification WHERE id = $1';\n` } : f,
    );
    expect(compareSqlAllowlist(misplacedSql(planted), ALLOWED).added).toEqual([
      'libs/server/notifications/src/sql/notification.sql.ts (1)',
    ]);
  });
});

describe('the SQL placement checker', () => {
  const at = (path: string, text: string) => placementOf({ path, text });

  it('counts a recursive CTE with a column list and maintenance statements (once missed)', () => {
    const service = 'libs/server/a/src/services/a.service.ts';
    expect(at(service, 'db.query(`WITH RECURSIVE sub(id, depth) AS (SELECT id, 0 FROM u) SELECT * FROM sub`)')).toEqual({
      inline: 1,
      positional: 0,
    });
    expect(at(service, "db.query('ANALYZE quota_unit_target'); db.query('TRUNCATE bench_order')")).toEqual({ inline: 2, positional: 0 });
    expect(at(service, "log('analyze the figures', 'with care as (always)')")).toEqual({ inline: 0, positional: 0 });
  });

  it('counts statements outside sql/ as inline, whatever their parameters', () => {
    expect(
      at('libs/server/a/src/services/a.service.ts', 'db.query(`SELECT id FROM a WHERE x = $1`); db.query("INSERT INTO a (x) VALUES (1)");'),
    ).toEqual({
      inline: 2,
      positional: 0,
    });
    expect(at('libs/server/a/src/services/a.service.ts', 'const s = `UPDATE a s SET n = n + 1 WHERE id = ${id}`;')).toEqual({
      inline: 1,
      positional: 0,
    });
    expect(at('libs/server/a/src/jobs/a.job.ts', "q('DELETE FROM a WHERE old'); q(`WITH x AS (SELECT 1) SELECT * FROM x`);")).toEqual({
      inline: 2,
      positional: 0,
    });
  });

  it('inside sql/ counts only positional statements; named ones and fragments are fine', () => {
    expect(at('libs/server/a/src/sql/a.sql.ts', 'export const A = namedSql(`SELECT id FROM a WHERE x = :x::uuid`);')).toEqual({
      inline: 0,
      positional: 0,
    });
    expect(at('libs/server/a/src/sql/a.sql.ts', 'export const A = `SELECT id FROM a WHERE x = $1`;')).toEqual({ inline: 0, positional: 1 });
    expect(at('libs/server/a/src/import/sql/b.sql.ts', "export const B = 'DELETE FROM b WHERE id = $2';")).toEqual({
      inline: 0,
      positional: 1,
    });
  });

  it('ignores prose, HTTP verbs, fragments, comments and specs', () => {
    const text = [
      "const label = 'Select a county';",
      "send('DELETE', key);",
      'const where = `WHERE x = $1 AND y = $2`;',
      '// SELECT id FROM a',
      "const msg = 'UPDATE failed';",
    ].join('\n');
    expect(at('libs/server/a/src/services/a.service.ts', text)).toEqual({ inline: 0, positional: 0 });
    expect(at('libs/server/a/src/services/a.service.spec.ts', 'db.query(`SELECT 1 FROM a`)')).toEqual({ inline: 0, positional: 0 });
  });

  it('an allowlisted file may not grow, and an entry must shrink with its file', () => {
    expect(compareSqlAllowlist({ 'a.ts': 3, 'b.ts': 1, 'c.ts': 2 }, { 'a.ts': 2, 'c.ts': 4, 'd.ts': 1 })).toEqual({
      added: ['a.ts (3, allowed 2)', 'b.ts (1)'],
      gone: ['c.ts (allowed 4, now 2)', 'd.ts (allowed 1, now 0)'],
    });
  });
});
