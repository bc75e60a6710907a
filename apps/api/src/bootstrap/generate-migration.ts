/**
 * Generates a migration from the difference between the entities and the
 * database after all existing migrations: starts a scratch database (the
 * embedded PostgreSQL, or DATABASE_URL's server with a fresh database), runs
 * the migrations, asks TypeORM's schema builder for the missing SQL and writes
 * libs/server/database/src/migrations/<timestamp>-<Name>.ts, registering it in index.ts.
 *
 *   node -r @swc-node/register apps/api/src/bootstrap/generate-migration.ts AddOrders
 */
import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { loadConfig } from '@yigou/server/core';
import { dropDatabaseIfExists, ensureDatabase, startEmbeddedPostgres, withDatabase } from '@yigou/server/database';
import { AppModule } from '../app.module';
import { runMigrations } from './migrate';

async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    process.stderr.write('usage: generate-migration.ts <PascalCaseName>\n');
    process.exit(2);
  }
  const scratch = `yigou_migration_${Date.now()}`;
  let stop: (() => Promise<void>) | null = null;
  let url: string;
  if (process.env.DATABASE_URL) {
    await ensureDatabase(withDatabase(process.env.DATABASE_URL, 'postgres'), scratch);
    url = withDatabase(process.env.DATABASE_URL, scratch);
  } else {
    const pg = await startEmbeddedPostgres({
      dataDir: `.data/migration-pg-${Date.now()}`,
      port: 54391,
      database: scratch,
      persistent: false,
    });
    url = pg.url;
    stop = pg.stop;
  }
  const config = {
    ...loadConfig({ ...process.env, LOAD_DEMO_DATA: 'false', NODE_ENV: 'test', EVENTS_AUTO_DELIVER: 'false' }),
    databaseUrl: url,
  };
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), { logger: ['error'] });
  const db = app.get(DataSource);
  await runMigrations(db);
  const sql = await db.driver.createSchemaBuilder().log();
  await app.close();
  if (stop) await stop();
  else await dropDatabaseIfExists(withDatabase(process.env.DATABASE_URL as string, 'postgres'), scratch);
  if (sql.upQueries.length === 0) {
    process.stdout.write('no changes: the entities match the migrations\n');
    return;
  }
  const ts = Date.now();
  const className = `${name}${ts}`;
  const esc = (q: string) => q.replace(/\\/g, '\\\\').replace(/`/g, '\\`');
  const stmt = (q: { query: string; parameters?: unknown[] }) =>
    `    await queryRunner.query(\`${esc(q.query)}\`${q.parameters?.length ? `, ${JSON.stringify(q.parameters)}` : ''});`;
  const up = sql.upQueries.map(stmt).join('\n');
  const down = sql.downQueries.reverse().map(stmt).join('\n');
  const dir = join(process.cwd(), 'libs/server/database/src/migrations');
  const file = `${ts}-${name}`;
  writeFileSync(
    join(dir, `${file}.ts`),
    `import { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${className} implements MigrationInterface {\n  name = '${className}';\n\n  public async up(queryRunner: QueryRunner): Promise<void> {\n${up}\n  }\n\n  public async down(queryRunner: QueryRunner): Promise<void> {\n${down}\n  }\n}\n`,
  );
  const indexPath = join(dir, 'index.ts');
  let index = readFileSync(indexPath, 'utf8');
  index = `import { ${className} } from './${file}';\n` + index;
  index = index.replace(/export const MIGRATIONS: Function\[\] = \[([\s\S]*?)\];/, (_m, list: string) => {
    const items = list
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    items.push(className);
    return `export const MIGRATIONS: Function[] = [\n  ${items.join(',\n  ')},\n];`;
  });
  writeFileSync(indexPath, index);
  process.stdout.write(`wrote ${file}.ts (${sql.upQueries.length} statements)\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
