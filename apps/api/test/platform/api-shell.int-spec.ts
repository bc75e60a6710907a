import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { createTestApp, TestApp } from '@yigou/server/testing';

describe('API shell', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('reports the database on GET /health', async () => {
    const res = await fetch(`${t.url}/health`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { status: string; database: { status: string; latencyMs: number } };
    expect(body.status).toBe('ok');
    expect(body.database.status).toBe('up');
    expect(body.database.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it('refuses queries nested deeper than the limit with a stable code', async () => {
    const deep = `{ products(first: 1) { edges { node { supplier { products(first: 1) { supplier { products(first: 1) { supplier { products(first: 1) { supplier { name } } } } } } } } } } }`;
    const r = await t.gql(deep);
    expect(r.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(r.errors?.[0].message).toMatch(/嵌套过深/);
  });

  it('refuses queries whose cost is over the limit', async () => {
    const costly = `{ products(first: 100) { edges { node { supplier { products(first: 100) { skus { id } images { url } } } } } } }`;
    const r = await t.gql(costly);
    expect(r.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(r.errors?.[0].message).toMatch(/过于复杂/);
  });

  it('answers malformed GraphQL with a code and without a stack trace', async () => {
    const r = await t.gql(`{ products(first: "x") { totalCount } }`);
    expect(r.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(r)).not.toMatch(/stacktrace/);
  });

  it('has the committed schema.gql that the storefront codegen reads (run `npm run codegen` after changing the API)', () => {
    const live = printSchema(lexicographicSortSchema(t.api.app.get(GraphQLSchemaHost).schema));
    const committed = readFileSync('apps/api/schema.gql', 'utf8')
      .replace(/^#.*\n/gm, '')
      .trim();
    expect(committed).toBe(live.trim());
  });

  it('has migrations that create exactly what the entities describe (no drift)', async () => {
    const pending = await t.db.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('has the CHECK constraints the entities describe, expression for expression', async () => {
    // TypeORM's comparison above matches CHECK constraints by name only. PostgreSQL normalises each entity's
    // expression on a scratch copy of its table, and the definition must equal the migrated one.
    const qr = t.db.createQueryRunner();
    await qr.connect();
    await qr.startTransaction();
    const mismatches: { table: string; check: string; migrated: string | null; entity: string }[] = [];
    let checked = 0;
    try {
      for (const meta of t.db.entityMetadatas) {
        for (const check of meta.checks) {
          const [migrated] = await qr.query(
            `SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conrelid = $1::regclass AND conname = $2`,
            [`"${meta.tableName}"`, check.name],
          );
          await qr.query(`CREATE TEMP TABLE check_probe (LIKE "${meta.tableName}")`);
          await qr.query(`ALTER TABLE check_probe ADD CONSTRAINT probe CHECK (${check.expression})`);
          const [entity] = await qr.query(
            `SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conrelid = 'check_probe'::regclass AND conname = 'probe'`,
          );
          await qr.query(`DROP TABLE check_probe`);
          checked++;
          if (migrated?.def !== entity.def)
            mismatches.push({ table: meta.tableName, check: check.name, migrated: migrated?.def ?? null, entity: entity.def });
        }
      }
    } finally {
      await qr.rollbackTransaction();
      await qr.release();
    }
    expect(mismatches).toEqual([]);
    expect(checked).toBeGreaterThan(10);
  });

  it('stops at start with one line naming a wrong setting', () => {
    const r = spawnSync(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], {
      env: { ...process.env, PORT: 'not-a-port', SWC_NODE_PROJECT: 'tsconfig.base.json' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toBe('配置错误 PORT: must be a whole number, got "not-a-port"');
  });
});
