import { ERROR_CODES } from '@yigou/shared/domain';
import { decodeCursor, encodeCursor } from './connection';
import { idConnection, idCursorAfter, isBigintId } from './id-page';

const codeOf = (f: () => unknown): string | undefined => {
  try {
    f();
  } catch (e) {
    return (e as { extensions?: { code?: string } }).extensions?.code;
  }
  return undefined;
};

describe('isBigintId', () => {
  it('takes the digits of a bigint id and nothing past 18 of them', () => {
    expect(['1', '42', '999999999999999999'].map(isBigintId)).toEqual([true, true, true]);
    expect(['', '-1', '1.5', '12a', ' 1', '9223372036854775808', 'not-an-id'].map(isBigintId)).toEqual(Array(7).fill(false));
  });
});

describe('idCursorAfter', () => {
  it('starts the first page without a cursor', () => {
    expect(idCursorAfter(null)).toBeNull();
    expect(idCursorAfter(undefined)).toBeNull();
    expect(idCursorAfter('')).toBeNull();
  });

  it('continues below the id the cursor carries', () => {
    expect(idCursorAfter(encodeCursor(['1042']))).toBe('1042');
    expect(idCursorAfter(encodeCursor(['999999999999999999']))).toBe('999999999999999999');
    expect(idCursorAfter(encodeCursor([7]))).toBe('7');
  });

  it('refuses a cursor it did not make, and an id past bigint, as INVALID_CURSOR', () => {
    for (const bad of [
      encodeCursor(['9223372036854775808']), // 2^63: PostgreSQL would answer "out of range for type bigint"
      encodeCursor(['99999999999999999999']),
      encodeCursor(['-1']),
      encodeCursor(['12a']),
      encodeCursor([null]),
      encodeCursor([-3]),
      encodeCursor([1.5]),
      encodeCursor(['1', '2']),
      'bm9wZQ',
    ]) {
      expect(codeOf(() => idCursorAfter(bad))).toBe(ERROR_CODES.INVALID_CURSOR);
    }
  });
});

describe('idConnection', () => {
  const rows = [{ id: '30' }, { id: '20' }, { id: '10' }];

  it('keeps `first` rows, each with its id as cursor, and says there is more when the extra row came back', () => {
    const page = idConnection(rows, 2, 5);
    expect(page.edges.map((e) => e.node)).toEqual([{ id: '30' }, { id: '20' }]);
    expect(page.edges.map((e) => decodeCursor(e.cursor, 1))).toEqual([['30'], ['20']]);
    expect(page.pageInfo).toEqual({ hasNextPage: true, endCursor: page.edges[1].cursor });
    expect(page.totalCount).toBe(5);
    expect(idCursorAfter(page.pageInfo.endCursor)).toBe('20');
  });

  it('ends on a short page, and an empty one has no end cursor', () => {
    expect(idConnection(rows, 3, 3).pageInfo).toEqual({ hasNextPage: false, endCursor: encodeCursor(['10']) });
    expect(idConnection([], 20, 0)).toEqual({ edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 });
  });

  it('shows each row as `node` makes it', () => {
    const page = idConnection(rows, 2, 3, (r) => ({ entry: Number(r.id) }));
    expect(page.edges.map((e) => e.node)).toEqual([{ entry: 30 }, { entry: 20 }]);
  });
});
