import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { Type } from '@nestjs/common';
import { ERROR_CODES } from '@yigou/shared/domain';
import { AppError, badInput } from '../errors/app-error';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: `Page size, 1–${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE})` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Opaque cursor from a previous page' })
  after?: string | null;
}

export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badInput(`每页数量必须在 1 到 ${MAX_PAGE_SIZE} 之间`, 'first');
  }
  return first;
}

/** Cursors are base64url JSON arrays of the sort key values; opaque to clients. */
export function encodeCursor(values: readonly (string | number | null)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/** A cursor this server did not make (or made for another list): the client should start again from page 1. */
export function invalidCursor(): AppError {
  return new AppError(ERROR_CODES.INVALID_CURSOR, '分页游标无效，请从第一页重新加载', { field: 'after' });
}

export function decodeCursor(cursor: string, arity: number): (string | number | null)[] {
  const fail = invalidCursor;
  if (cursor.length > 512 || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw fail();
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed.length !== arity) throw fail();
    for (const v of parsed) {
      if (v !== null && typeof v !== 'string' && typeof v !== 'number') throw fail();
    }
    return parsed as (string | number | null)[];
  } catch {
    throw fail();
  }
}

@ObjectType()
export class PageInfo {
  @Field() hasNextPage: boolean;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Builds a `XxxConnection` GraphQL type for a node type. */
export function ConnectionType<T>(node: Type<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field() cursor: string;
    @Field(() => node) node: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionClass implements Connection<T> {
    @Field(() => [Edge]) edges: Edge[];
    @Field(() => PageInfo) pageInfo: PageInfo;
    @Field(() => Int) totalCount: number;
  }
  return ConnectionClass;
}
