import { encodeCursor } from '@yigou/server/core';
import { unitSearchSql } from './work-unit.sql';

const ID = '00000000-0000-4000-8000-000000000001';

describe('unitSearchSql', () => {
  it('numbers the name words, then the region, then the cursor’s two parameters after them', () => {
    const { count, page, keysetParams } = unitSearchSql(2, true, encodeCursor(['市财政局', ID]), 21);
    expect(count.names).toEqual(['word0', 'word1', 'regionLike']);
    expect(count.text).toBe(
      'SELECT count(*)::int AS n FROM work_unit u WHERE u.name ILIKE $1 AND u.name ILIKE $2 AND u.region_code LIKE $3',
    );
    expect(page.names).toEqual(count.names);
    expect(page.text).toContain(
      'WHERE u.name ILIKE $1 AND u.name ILIKE $2 AND u.region_code LIKE $3 AND (u.name, u.id) > (CAST($4 AS text), CAST($5 AS uuid))',
    );
    expect(page.text).toContain('ORDER BY u.name ASC, u.id ASC LIMIT 21');
    expect(keysetParams).toEqual(['市财政局', ID]);
  });

  it('without a region or a cursor: the words alone, and no cursor parameters', () => {
    const { count, page, keysetParams } = unitSearchSql(1, false, null, 11);
    expect(count.names).toEqual(['word0']);
    expect(page.text).toContain('WHERE u.name ILIKE $1 AND TRUE');
    expect(page.text).not.toContain('$2');
    expect(keysetParams).toEqual([]);
  });
});
