import { encodeCursor } from './connection';
import { keysetSort, SortDirection, sqlKeyset } from './desk-list';

describe('keysetSort', () => {
  it('sorts a table’s rows by one of its columns with the row’s id as tie-breaker, the cursor cast to the column’s type; newest first unless told', () => {
    const sort = keysetSort<{ id: string; name: string }>('p', 'created_at', 'timestamptz');
    expect(sort).toEqual({
      column: 'p.created_at',
      cast: 'timestamptz',
      idColumn: 'p.id',
      direction: SortDirection.DESC,
      idOf: expect.any(Function),
    });
    expect(sort.idOf({ id: '6f1c7d52-0a55-4a8e-9a57-2f0b8a1c3e11', name: '玉露香梨' })).toBe('6f1c7d52-0a55-4a8e-9a57-2f0b8a1c3e11');
  });

  it('gives a statement that orders by the column, then the id, and continues after the cursor’s pair', () => {
    const id = '6f1c7d52-0a55-4a8e-9a57-2f0b8a1c3e11';
    const k = sqlKeyset(keysetSort('s', 'name', 'text', SortDirection.ASC), encodeCursor(['汾西', id]), 3);
    expect(k.orderBy).toBe('s.name ASC, s.id ASC');
    expect(k.where).toBe('(s.name, s.id) > (CAST($3 AS text), CAST($4 AS uuid))');
    expect(k.params).toEqual(['汾西', id]);
  });
});
