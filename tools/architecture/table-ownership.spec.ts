import { join } from 'node:path';
import { compareWithAllowlist, crossingMap, entityTables, serverSources, SourceFile } from './table-ownership';

/**
 * Today's crossings: a file of one server library that names a table another library's entities declare.
 * docs/architecture.md: "a domain owns its tables" — these are the debts, each to be paid by calling the
 * owner's service or a read port. The list may only shrink: a new crossing fails this test, and so does an
 * entry that no longer crosses (delete it when you fix it).
 * What is left is by design, and listed so that the list stays the whole truth:
 * - reconciliation (sql/reconciliation.sql.ts) is the auditor: it recomputes the quota, attribution and live figures
 *   from orders, lines, refunds and transitions with its own, independent SQL, read-only, in one REPEATABLE READ
 *   snapshot. Going through the owners' services or read ports would make it confirm the code it checks
 *   (docs/architecture.md, "Reconciliation").
 * - demo-data (demo-data.loader.ts, demo-history.ts) is the seed: it writes the demo's rows of every domain in bulk,
 *   before any service of theirs runs and with the fixed ids and histories the demo's scenarios name; it is not
 *   loaded in production paths and no domain depends on it.
 * Paid so far (issue 20): payments reaches orders' shop_order and refund rows through orders' OrderPayments port;
 * checkout's one statement composes notifications' notificationInsertSql; the live ticker reads identity's
 * buyerLabels and catalog's productNamesIn; benefit-link import asks CatalogService; quota's and attribution's
 * replays read the events lib's eventsOfTypes / eventsHandledBy.
 */
const ALLOWED_CROSSINGS: Record<string, readonly string[]> = {
  'libs/server/demo-data/src/demo-data.loader.ts': [
    'attribution_rule',
    'benefit_link',
    'household',
    'live_offer_request',
    'live_session',
    'live_session_product',
    'product',
    'product_certification',
    'product_image',
    'product_sku',
    'quota_rule',
    'region',
    'stock_movement',
    'supplier',
    'work_unit',
  ],
  'libs/server/demo-data/src/demo-history.ts': [
    'app_user',
    'live_offer_request',
    'live_session',
    'live_session_product',
    'live_viewer',
    'product',
    'product_sku',
    'role_grant',
    'shop_order',
    'supplier',
    'work_unit',
  ],
  'libs/server/reconciliation/src/sql/reconciliation.sql.ts': [
    'attribution_household_year',
    'attribution_line',
    'attribution_movement',
    'attribution_rule',
    'attribution_split',
    'benefit_link',
    'household',
    'live_order_entry',
    'live_session',
    'order_binding_change',
    'order_line',
    'order_transition',
    'quota_ledger',
    'quota_unit_total',
    'quota_year_setting',
    'refund',
    'shop_order',
    'work_unit',
  ],
};

const root = join(__dirname, '../..');

describe('each server domain names only its own tables', () => {
  const sources = serverSources(root);
  const found = crossingMap(sources);

  it('knows who owns the tables (every entity of every server library)', () => {
    const { tables } = entityTables(sources);
    expect(tables.get('shop_order')).toBe('orders');
    expect(tables.get('live_session')).toBe('livestream');
    expect(tables.get('product')).toBe('catalog');
    expect(tables.size).toBeGreaterThan(60);
  });

  it('no code names another domain’s table beyond the recorded crossings', () => {
    const { added } = compareWithAllowlist(found, ALLOWED_CROSSINGS);
    // Call the owner's exported service or a read port instead (identity's ScopeDirectory is the model).
    expect(added).toEqual([]);
  });

  it('the recorded crossings all still exist (remove an entry when its crossing is fixed)', () => {
    expect(compareWithAllowlist(found, ALLOWED_CROSSINGS).gone).toEqual([]);
  });

  it('fails on a new crossing added to the real code base', () => {
    const planted: SourceFile = {
      path: 'libs/server/attribution/src/planted.service.ts',
      text: 'export const q = (db: { query(s: string): unknown }) => db.query(`SELECT count(*) FROM shop_order o JOIN live_session s ON s.id = o.live_session_id`);',
    };
    const { added, gone } = compareWithAllowlist(crossingMap([...sources, planted]), ALLOWED_CROSSINGS);
    expect(added).toEqual([
      'libs/server/attribution/src/planted.service.ts → live_session',
      'libs/server/attribution/src/planted.service.ts → shop_order',
    ]);
    expect(gone).toEqual([]);
  });
});

describe('the table-ownership checker', () => {
  const alpha: SourceFile = {
    path: 'libs/server/alpha/src/alpha-thing.entity.ts',
    text: "@Entity('alpha_thing') export class AlphaThing {}\n@Entity() export class AlphaLedgerRow {}",
  };
  const beta: SourceFile = { path: 'libs/server/beta/src/beta.entity.ts', text: '@Entity() export class BetaThing {}' };
  const inBeta = (text: string): SourceFile => ({ path: 'libs/server/beta/src/beta.service.ts', text });
  const check = (text: string) => crossingMap([alpha, beta, inBeta(text)])['libs/server/beta/src/beta.service.ts'] ?? [];

  it('derives tables from @Entity names and, without one, the snake-cased class name', () => {
    expect([...entityTables([alpha, beta]).tables]).toEqual([
      ['alpha_thing', 'alpha'],
      ['alpha_ledger_row', 'alpha'],
      ['beta_thing', 'beta'],
    ]);
  });

  it('finds another domain’s table in SQL, in a query builder and as an entity handed to TypeORM', () => {
    expect(check('db.query(`SELECT id FROM alpha_thing WHERE x = $1`)')).toEqual(['alpha_thing']);
    expect(check("const sql = 'UPDATE alpha_ledger_row SET n = n + 1';")).toEqual(['alpha_ledger_row']);
    expect(check('db.query(`INSERT INTO "alpha_thing" (id) VALUES ($1)`)')).toEqual(['alpha_thing']);
    expect(check("qb.innerJoin('alpha_thing', 'a', 'a.id = b.alpha_id')")).toEqual(['alpha_thing']);
    expect(check('em.getRepository(AlphaThing).find()')).toEqual(['alpha_thing']);
    expect(check('em.insert(AlphaLedgerRow, { n: 1 })')).toEqual(['alpha_ledger_row']);
    expect(check('db.query(`SELECT 1 FROM beta_thing b ${cond} JOIN alpha_thing a ON a.id = b.a`)')).toEqual(['alpha_thing']);
  });

  it('ignores its own tables, comments, columns, functions, CTEs and prose', () => {
    expect(check('db.query(`SELECT id FROM beta_thing`)')).toEqual([]);
    expect(check('// reads FROM alpha_thing in the old days\n/* JOIN alpha_thing */ const x = 1;')).toEqual([]);
    expect(check('db.query(`SELECT b.alpha_thing, alpha_thing_id FROM beta_thing b`)')).toEqual([]);
    expect(check('db.query(`SELECT * FROM alpha_thing(1)`)')).toEqual([]);
    expect(check('db.query(`WITH alpha_thing AS (SELECT 1) SELECT * FROM alpha_thing`)')).toEqual([]);
    expect(check("const label = 'copied from alpha_thing';")).toEqual([]);
  });
});
