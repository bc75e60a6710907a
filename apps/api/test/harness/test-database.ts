import { randomBytes } from 'node:crypto';
import { dropDatabaseIfExists, ensureDatabase, withDatabase } from '@yigou/server/database';

export const ENV_ADMIN_URL = 'YIGOU_TEST_PG_ADMIN_URL';
export const ENV_TEMPLATE = 'YIGOU_TEST_TEMPLATE_DB';

export function testAdminUrl(): string {
  const url = process.env[ENV_ADMIN_URL];
  if (!url) throw new Error(`${ENV_ADMIN_URL} is not set: run integration tests through Jest's integration project`);
  return url;
}

/** A database of its own for one suite, cloned from the migrated, demo-loaded template. */
export async function createSuiteDatabase(): Promise<{ url: string; name: string; drop(): Promise<void> }> {
  const admin = testAdminUrl();
  const template = process.env[ENV_TEMPLATE];
  const name = `yigou_t_${process.pid}_${randomBytes(4).toString('hex')}`;
  for (let attempt = 0; ; attempt++) {
    try {
      await ensureDatabase(admin, name, template);
      break;
    } catch (e) {
      // Two suites cloning the same template at the same instant: PostgreSQL refuses one; try again.
      if (attempt < 10 && /being accessed by other users/.test(String(e))) {
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 300));
        continue;
      }
      throw e;
    }
  }
  return {
    name,
    url: withDatabase(admin, name),
    drop: () => dropDatabase(admin, name),
  };
}

export const dropDatabase = dropDatabaseIfExists;
