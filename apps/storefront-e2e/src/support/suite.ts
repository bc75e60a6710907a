import { Client } from 'pg';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';

/** What a browser suite that also reads or writes the run's database works with. */
export interface BrowserAndDatabase {
  browser: Browser;
  /** A connection to the run's database (the one the API serves), for set-up and checks beside the page. */
  db: Client;
}

/**
 * Call inside a `describe`: launches Chromium and connects to the run's database (`E2E_DATABASE_URL`, set by
 * global-setup) in a `beforeAll`, and closes both in an `afterAll`. The returned object's fields are filled in
 * once that `beforeAll` has run, so read them in tests and in the suite's own later hooks (its own `beforeAll`,
 * declared after this call, runs after this one and can seed through `db`).
 */
export function useBrowserAndDatabase(): BrowserAndDatabase {
  const suite = {} as BrowserAndDatabase;
  beforeAll(async () => {
    const url = process.env.E2E_DATABASE_URL;
    if (!url) throw new Error('E2E_DATABASE_URL missing: run through apps/storefront-e2e/jest.config.cjs');
    suite.browser = await launchBrowser();
    suite.db = new Client({ connectionString: url });
    await suite.db.connect();
  });
  afterAll(async () => {
    await suite.db?.end();
    await suite.browser?.close();
  });
  return suite;
}
