import { genericPlanSafe, productSearchStatements, ProductSearchInput } from './product-search.sql';
import { normalizeSearch } from '../services/pinyin';

const list = (input: ProductSearchInput, after: Parameters<typeof genericPlanSafe>[3] = null) =>
  productSearchStatements(input, normalizeSearch(input.search), input.sort ?? 'relevance', after, 20, '2026-12-06').list;
const cursor: Parameters<typeof genericPlanSafe>[3] = ['relevance', 2, -5, '00000000-0000-4000-8000-000000000000'];

describe('the catalogue list shapes run on a generic plan (issue 19, fifth pass)', () => {
  it('marks the relevance lists without text or filter but the county, and a text search first page alone', () => {
    expect(list({}).generic).toBe(true);
    expect(list({ countyCode: '141034' }).generic).toBe(true);
    expect(list({ countyCode: '141034' }, ['relevance', 0, -5, '00000000-0000-4000-8000-000000000000']).generic).toBe(true);
    expect(list({ search: 'ylxl' }).generic).toBe(true);
    expect(list({ search: '香梨' }).generic).toBe(true);
  });

  it('leaves every other shape to PostgreSQL', () => {
    expect(list({ search: '香梨' }, cursor).generic).toBe(false);
    expect(list({ search: '香梨', countyCode: '141034' }).generic).toBe(false);
    expect(list({ search: 'ylxl', category: 'fruit' }).generic).toBe(false);
    expect(list({ category: 'fruit' }).generic).toBe(false);
    expect(list({ countyCode: '141034', sort: 'price_asc' }).generic).toBe(false);
    expect(list({ certifiedOnly: true }).generic).toBe(false);
    expect(list({ supplierId: '00000000-0000-4000-8000-000000000000' }).generic).toBe(false);
  });

  it('keeps a generic text search served by the grams off the trigram index, and a Latin one of 3+ letters on it', () => {
    // A generic plan does not see the pattern: "香梨" has no trigram, and a plan on the trigram index read all of it.
    const chinese = list({ search: '香梨' });
    expect(chinese.sql).toContain(`(p.search_text || '') LIKE`);
    expect(chinese.sql).not.toMatch(/[^(]p\.search_text LIKE/);
    expect(chinese.sql).toContain('p.search_grams @>');
    expect(list({ search: 'pg' }).sql).toContain(`(p.search_text || '') LIKE`);
    const latin = list({ search: 'ylxl' });
    expect(latin.sql).toContain(' p.search_text LIKE');
    expect(latin.sql).not.toContain('search_grams');
    // planned per value (not generic): the statement as before
    expect(list({ search: '香梨', countyCode: '141034' }).sql).toContain(' p.search_text LIKE');
  });
});
