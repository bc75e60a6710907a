import type { TestApp } from './test-app';

/** A connection as the lists answer it (`edges { cursor node { id } } pageInfo { hasNextPage endCursor } totalCount`). */
export interface IdPage {
  totalCount: number;
  edges: { cursor: string; node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** A cursor as the server spells them (base64url JSON of [sort value, id]), for cursors no page handed out. */
export const rawCursor = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString('base64url');

/**
 * All pages of a list query (its first field is the connection) at `first` a page, following endCursor until
 * hasNextPage is false: the ids in the order seen and the last totalCount.
 */
export async function walkPages(
  t: TestApp,
  query: string,
  variables: Record<string, unknown>,
  token: string | null,
  first: number,
): Promise<{ ids: string[]; total: number }> {
  const ids: string[] = [];
  let after: string | null = null;
  let total = -1;
  for (let pages = 0; pages < 200; pages++) {
    const r = await t.gql<Record<string, IdPage>>(query, { ...variables, first, after }, token);
    expect(r.errors).toBeUndefined();
    const page: IdPage = Object.values(r.data!)[0];
    total = page.totalCount;
    ids.push(...page.edges.map((e) => e.node.id));
    if (!page.pageInfo.hasNextPage) return { ids, total };
    expect(page.pageInfo.endCursor).toBe(page.edges[page.edges.length - 1].cursor);
    after = page.pageInfo.endCursor;
  }
  throw new Error('more than 200 pages: the cursor does not advance');
}

/**
 * Stamps rows within one millisecond, their microseconds in the opposite order to their ids: a cursor that kept
 * only the milliseconds of a page's last row put that row before itself (ascending: shown again on the next page)
 * or skipped its neighbours (descending).
 */
export async function sameMillisecond(t: TestApp, table: string, ids: string[], column = 'created_at'): Promise<void> {
  const sorted = [...ids].sort().reverse();
  for (const [i, id] of sorted.entries()) {
    await t.db.query(
      `UPDATE ${table} SET ${column} = timestamptz '2026-03-02 10:00:00.123+08' + $2 * interval '1 microsecond' WHERE id = $1`,
      [id, 100 * (i + 1)],
    );
  }
}

const SHANGHAI_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * The ids of a log's rows (newest first as given) whose instant falls on a Shanghai day from `from` to `to`, both
 * included: the tests' own recomputation of a day range, by the calendar (Intl), not by the server's instants.
 */
export function idsOnDays(rows: { id: string; created_at: Date }[], from: string, to: string): string[] {
  return rows.filter((r) => SHANGHAI_DAY.format(r.created_at) >= from && SHANGHAI_DAY.format(r.created_at) <= to).map((r) => r.id);
}

/**
 * Six instants around the Shanghai days 2025-03-10 to 2025-03-12, in order: the evening before (out), `from` at midnight,
 * the day between, late on `to` (23:30), its last millisecond (all in), and 00:10 the day after (out).
 */
export const MARCH_RANGE = { from: '2025-03-10', to: '2025-03-12' };
export const MARCH_STAMPS = [
  '2025-03-09 23:50:00+08',
  '2025-03-10 00:00:00+08',
  '2025-03-11 09:15:00+08',
  '2025-03-12 23:30:00+08',
  '2025-03-12 23:59:59.999+08',
  '2025-03-13 00:10:00+08',
];

/** Restamps rows of an append-only log (`<table>_append_only` trigger), `ids[i]` to `stamps[i]`: a test's set-up. */
export async function restampLog(t: TestApp, table: string, ids: string[], stamps: string[]): Promise<void> {
  await t.db.query(`ALTER TABLE ${table} DISABLE TRIGGER ${table}_append_only`);
  try {
    for (const [i, id] of ids.entries()) {
      await t.db.query(`UPDATE ${table} SET created_at = $2::timestamptz WHERE id::text = $1`, [id, stamps[i]]);
    }
  } finally {
    await t.db.query(`ALTER TABLE ${table} ENABLE TRIGGER ${table}_append_only`);
  }
}
