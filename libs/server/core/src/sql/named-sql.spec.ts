import { namedSql, namedValues, queryNamed } from './named-sql';

describe('namedSql', () => {
  it('numbers the names in order of first use; a name used twice is one parameter', () => {
    const s = namedSql<'buyer' | 'since'>(
      'SELECT id FROM parcel_box WHERE buyer_id = :buyer AND created_at > :since OR seller_id = :buyer',
    );
    expect(s.text).toBe('SELECT id FROM parcel_box WHERE buyer_id = $1 AND created_at > $2 OR seller_id = $1');
    expect(s.names).toEqual(['buyer', 'since']);
    expect(namedValues(s, { since: 'then', buyer: 'b1' })).toEqual(['b1', 'then']);
  });

  it('leaves casts, strings, quoted names, comments and dollar-quoted bodies alone', () => {
    const s = namedSql(
      `SELECT :id::uuid, to_char(t, 'HH24:MI:SS'), 'it''s :not', "odd:col" -- :nor
       /* :nor */ FROM x WHERE $fn$ :body $fn$ <> :last::text`,
    );
    expect(s.names).toEqual(['id', 'last']);
    expect(s.text).toBe(
      `SELECT $1::uuid, to_char(t, 'HH24:MI:SS'), 'it''s :not', "odd:col" -- :nor
       /* :nor */ FROM x WHERE $fn$ :body $fn$ <> $2::text`,
    );
  });

  it('refuses to run with a parameter missing, and runs with the values in $n order', async () => {
    const s = namedSql<'a' | 'b'>('SELECT :b, :a');
    expect(() => namedValues(s, { a: 1 } as Record<'a' | 'b', unknown>)).toThrow('SQL parameter :b has no value');
    const seen: unknown[][] = [];
    const rows = await queryNamed(
      {
        query: async (text: string, values?: unknown[]) => {
          seen.push([text, values]);
          return [{ n: 1 }];
        },
      },
      s,
      { a: 1, b: null },
    );
    expect(seen).toEqual([['SELECT $1, $2', [null, 1]]]);
    expect(rows).toEqual([{ n: 1 }]);
  });
});
