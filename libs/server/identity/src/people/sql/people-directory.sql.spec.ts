import { encodeCursor } from '@yigou/server/core';
import { COUNT_PEOPLE, peoplePageSql } from './people-directory.sql';

describe('peoplePageSql', () => {
  it('numbers the filter’s four names as the count does, and the cursor’s two parameters after them', () => {
    const at = '2026-12-07 09:00:00.123456+08';
    const id = '00000000-0000-4000-8000-000000000001';
    const { page, keysetParams } = peoplePageSql(encodeCursor([at, id]), 21);
    expect(COUNT_PEOPLE.names).toEqual(['like', 'phone', 'unitId', 'role']);
    expect(page.names).toEqual(COUNT_PEOPLE.names);
    expect(page.text).toContain('(u.created_at, u.id) < (CAST($5 AS timestamptz), CAST($6 AS uuid))');
    expect(page.text).toContain('LIMIT 21');
    expect(keysetParams).toEqual([at, id]);
  });
});
