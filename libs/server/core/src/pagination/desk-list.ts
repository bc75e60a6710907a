import { ArgsType, Field, IntersectionType, registerEnumType } from '@nestjs/graphql';
import { IsOptional, Matches } from 'class-validator';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badInput } from '../errors/app-error';
import { isUuid } from '@yigou/shared/validation';
import { DAY_MS, isCalendarDate, startOfShanghaiDay } from '@yigou/shared/time';
import { type Connection, ConnectionArgs, decodeCursor, encodeCursor, invalidCursor } from './connection';

/**
 * What the back-office desks' tables share: a page of rows sorted by one column (keyset: the cursor carries that
 * column's value and the id, so page 2 starts exactly after page 1's last row even while rows arrive), the total for
 * "第 n / N 页", and a Shanghai date range on the row's date.
 */
export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection', description: 'ASC: smallest / oldest first; DESC: largest / newest first' });

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A range of Shanghai days, both included (a desk list's filter, an export's range); each end optional. */
@ArgsType()
export class DayRangeArgs {
  @Field(() => String, { nullable: true, description: 'From this day (Asia/Shanghai, YYYY-MM-DD), inclusive' })
  @IsOptional()
  @Matches(DAY, { message: '开始日期格式应为 YYYY-MM-DD' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Up to this day (Asia/Shanghai, YYYY-MM-DD), inclusive' })
  @IsOptional()
  @Matches(DAY, { message: '结束日期格式应为 YYYY-MM-DD' })
  to?: string | null;
}

@ArgsType()
export class DeskListArgs extends IntersectionType(ConnectionArgs, DayRangeArgs, ArgsType) {
  @Field(() => SortDirection, { nullable: true, description: 'Direction of the chosen sort column (default DESC)' })
  direction?: SortDirection | null;
}

function dayStart(day: string, field: 'from' | 'to'): Date {
  // 2026-02-30 is not the day that was asked for
  if (!isCalendarDate(day)) throw badInput(field === 'from' ? '开始日期不是有效日期' : '结束日期不是有效日期', field);
  return startOfShanghaiDay(day);
}

/**
 * The instants of a range of Shanghai days, both included: `start` is `from` 00:00 and `end` the day after `to` 00:00
 * (exclusive), each null when its day is not given; refuses a day that does not exist and a range that ends before it
 * starts. For raw SQL: `(:start::timestamptz IS NULL OR column >= :start) AND (:end::timestamptz IS NULL OR column < :end)`.
 */
export function shanghaiDaysRange(from?: string | null, to?: string | null): { start: Date | null; end: Date | null } {
  const start = from ? dayStart(from, 'from') : null;
  const end = to ? new Date(dayStart(to, 'to').getTime() + DAY_MS) : null;
  if (start && end && start >= end) throw badInput('开始日期不能晚于结束日期', 'from');
  return { start, end };
}

/** `column >= from 00:00` and `column < (to + 1 day) 00:00`, both in Shanghai; refuses a range that ends before it starts. */
export function applyDayRange<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  column: string,
  from?: string | null,
  to?: string | null,
): void {
  const { start, end } = shanghaiDaysRange(from, to);
  if (start) qb.andWhere(`${column} >= :rangeFrom`, { rangeFrom: start });
  if (end) qb.andWhere(`${column} < :rangeTo`, { rangeTo: end });
}

/** The order of a keyset list: one sort column, then the id as tie-breaker, both in one direction. */
export interface KeysetOrder {
  /** SQL column, e.g. `o.total_fen` (never from the client: chosen from an enum). */
  column: string;
  /** How the cursor's value is cast back: the column's type. */
  cast: 'timestamptz' | 'bigint' | 'text';
  /** The id column (a uuid), the tie-breaker. */
  idColumn: string;
  direction: SortDirection;
}

export interface KeysetSort<T> extends KeysetOrder {
  idOf: (row: T) => string;
}

/**
 * The keyset sort of a table's rows by one of its columns, ties broken by the row's uuid `id` (the cursor's second
 * half): `keysetSort('p', 'created_at', 'timestamptz')` lists the rows of alias `p` newest first (descending, the
 * lists' default). `cast` is the column's type, what the cursor's value is cast back to.
 */
export function keysetSort<T extends { id: string }>(
  alias: string,
  column: string,
  cast: KeysetOrder['cast'],
  direction: SortDirection = SortDirection.DESC,
): KeysetSort<T> {
  return { column: `${alias}.${column}`, cast, idColumn: `${alias}.id`, direction, idOf: (row) => row.id };
}

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}(:?\d{2})?)$/;

/** The cursor's sort value if it can be cast to the column's type (a cursor is client input). */
function cursorValue(value: string | number | null, cast: KeysetOrder['cast']): string {
  const ok =
    cast === 'bigint'
      ? (typeof value === 'string' && /^-?\d{1,18}$/.test(value)) || Number.isSafeInteger(value)
      : cast === 'timestamptz'
        ? typeof value === 'string' && TIMESTAMP.test(value) && !Number.isNaN(Date.parse(value))
        : typeof value === 'string';
  if (!ok) throw invalidCursor();
  return String(value);
}

/** The cursor's (sort value, id), checked; INVALID_CURSOR for one this server did not make. */
export function keysetAfter(after: string, cast: KeysetOrder['cast']): { value: string; id: string } {
  const [value, id] = decodeCursor(after, 2);
  if (typeof id !== 'string' || !isUuid(id)) throw invalidCursor();
  return { value: cursorValue(value, cast), id };
}

/** The names of the two columns a keyset query adds: the sort value and the id, as PostgreSQL prints them. */
export interface KeysetColumns {
  keyset_value: string | null;
  keyset_id: string;
}

/** A page of nodes with their cursors, from the page's rows (one more than `first` asked for when there is a next page). */
export function keysetConnection<T>(nodes: T[], keys: readonly KeysetColumns[], first: number, totalCount: number): Connection<T> {
  const page = nodes.slice(0, first);
  const cursors = keys.slice(0, first).map((k) => encodeCursor([k.keyset_value, k.keyset_id]));
  return {
    edges: page.map((node, i) => ({ node, cursor: cursors[i] })),
    pageInfo: { hasNextPage: keys.length > first, endCursor: cursors.at(-1) ?? null },
    totalCount,
  };
}

/**
 * One page of `qb` in the sort's order after the cursor, with the total of all rows matching (before the cursor).
 * `first` is already checked (pageSize()).
 *
 * The cursor carries the sort column's value as PostgreSQL prints it, not as the entity holds it: a timestamptz
 * has microseconds and a JavaScript Date only milliseconds, so a cursor made from the Date would put the last row
 * of a page before itself (ascending: it comes again on the next page) or skip the rows of the same millisecond
 * (descending).
 */
export async function keysetPage<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  sort: KeysetSort<T>,
  first: number,
  after?: string | null,
): Promise<Connection<T>> {
  const total = await qb.clone().getCount();
  const dir = sort.direction === SortDirection.ASC ? 'ASC' : 'DESC';
  if (after) {
    const key = keysetAfter(after, sort.cast);
    qb.andWhere(`(${sort.column}, ${sort.idColumn}) ${dir === 'ASC' ? '>' : '<'} (CAST(:keyValue AS ${sort.cast}), CAST(:keyId AS uuid))`, {
      keyValue: key.value,
      keyId: key.id,
    });
  }
  const { entities, raw } = await qb
    .addSelect(`CAST(${sort.column} AS text)`, 'keyset_value')
    .addSelect(`CAST(${sort.idColumn} AS text)`, 'keyset_id')
    .orderBy(sort.column, dir)
    .addOrderBy(sort.idColumn, dir)
    .take(first + 1)
    .getRawAndEntities<KeysetColumns>();
  const keyById = new Map(raw.map((r) => [r.keyset_id, r]));
  const keys = entities.map((e) => keyById.get(sort.idOf(e)) ?? { keyset_value: null, keyset_id: sort.idOf(e) });
  return keysetConnection(entities, keys, first, total);
}

/**
 * keysetPage's cursor for a list read with raw SQL (joins and EXISTS filters a query builder would only obscure):
 * the pieces to put into the statement — `select` into the SELECT list, `where` ANDed into the WHERE (with its
 * `params` numbered from `firstParam`), `orderBy` — and then keysetConnection() over the rows it returns
 * (LIMIT first + 1).
 */
export function sqlKeyset(order: KeysetOrder, after: string | null | undefined, firstParam: number) {
  const dir = order.direction === SortDirection.ASC ? 'ASC' : 'DESC';
  const key = after ? keysetAfter(after, order.cast) : null;
  const cmp = dir === 'ASC' ? '>' : '<';
  return {
    select: `CAST(${order.column} AS text) AS keyset_value, CAST(${order.idColumn} AS text) AS keyset_id`,
    where: key
      ? `(${order.column}, ${order.idColumn}) ${cmp} (CAST($${firstParam} AS ${order.cast}), CAST($${firstParam + 1} AS uuid))`
      : 'TRUE',
    params: key ? [key.value, key.id] : [],
    orderBy: `${order.column} ${dir}, ${order.idColumn} ${dir}`,
  };
}
