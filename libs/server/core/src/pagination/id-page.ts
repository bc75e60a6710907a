import { type Connection, decodeCursor, encodeCursor, invalidCursor } from './connection';

/**
 * What the lists kept newest first by their own bigint `id` share (an inbox, the stock ledger, the role audit log):
 * the cursor is the page's last id, and the next page is the rows with a smaller one. Unlike keysetSort's lists, the
 * id is the order, so no second column rides along.
 */

/** A bigint PostgreSQL takes: at most 18 digits is always below 2^63. */
const BIGINT_ID = /^\d{1,18}$/;

/** Whether a client's id can be a row's bigint id; a longer one would reach PostgreSQL as an out-of-range error. */
export function isBigintId(id: string): boolean {
  return BIGINT_ID.test(id);
}

/**
 * The id the page after `after` starts below (null: the first page). A cursor this server did not make is
 * INVALID_CURSOR, including an id past bigint, which PostgreSQL would otherwise refuse as an internal error.
 */
export function idCursorAfter(after: string | null | undefined): string | null {
  if (!after) return null;
  const [id] = decodeCursor(after, 1);
  if (typeof id === 'string' && isBigintId(id)) return id;
  if (typeof id === 'number' && Number.isSafeInteger(id) && id >= 0) return String(id);
  throw invalidCursor();
}

/**
 * A page of `rows`, read newest first with LIMIT first + 1 (so that one more row says there is a next page), each
 * edge's cursor its row's id; `node` turns a row into what the list shows (the row itself when omitted).
 */
export function idConnection<R extends { id: string }>(rows: readonly R[], first: number, totalCount: number): Connection<R>;
export function idConnection<R extends { id: string }, T>(
  rows: readonly R[],
  first: number,
  totalCount: number,
  node: (row: R) => T,
): Connection<T>;
export function idConnection<R extends { id: string }, T>(
  rows: readonly R[],
  first: number,
  totalCount: number,
  node: (row: R) => T | R = (row) => row,
): Connection<T | R> {
  const edges = rows.slice(0, first).map((row) => ({ cursor: encodeCursor([row.id]), node: node(row) }));
  return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null }, totalCount };
}
