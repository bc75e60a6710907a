/**
 * The catalogue search's statements (ProductSearchService): built per request from the filters, the sort and the page
 * key, every value a positional parameter collected by `Params` (the statement's shape varies with the filters, so its
 * parameters cannot be named once at load; each shape is one text, prepared per shape where the service prepares it).
 */

import type { ProductCategory, ProductSort } from '@yigou/shared/domain';
import { escapeLike, NormalizedSearch } from '../services/pinyin';
import { certifiedOn, productListSql } from './product-list.sql';

/** What the `products` query takes: filters, search text, sort and page. */
export interface ProductSearchInput {
  search?: string | null;
  countyCode?: string | null;
  category?: ProductCategory | null;
  supplierId?: string | null;
  certifiedOnly?: boolean | null;
  sort?: ProductSort | null;
  first?: number | null;
  after?: string | null;
}

/** A page key: sort name, two ascending integer keys and the id as the final tie-break. */
export type SearchKey = [ProductSort, number, number, string];

/** Collects positional parameters so every value reaches PostgreSQL as $n, never spliced into SQL. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

const NAME_NORMALIZED = `replace(lower(p.name), ' ', '')`;

export interface SqlStatement {
  sql: string;
  values: unknown[];
}

/**
 * The search's SQL, exactly as `ProductSearchService.search` runs it: `page` returns up to limit + 1 rows
 * (id, k1, k2, total); `count` counts the matches when a page past the end has no row to carry the total.
 * Exported so bench/catalog can EXPLAIN what the service runs.
 */
export function productSearchStatements(
  input: ProductSearchInput,
  query: NormalizedSearch | null,
  sort: ProductSort,
  after: SearchKey | null,
  limit: number,
  today: string,
): { page: SqlStatement; count: SqlStatement; list: SqlStatement & { generic: boolean } } {
  const generic = genericPlanSafe(input, query, sort, after);
  const params = new Params();
  const where = filters(params, input, query, today, generic);
  const countValues = [...params.values];
  const [k1, k2] = sortKeys(params, sort, query).map((k) => `(${k})::bigint`);
  let keyset = '';
  if (after) {
    // With a constant first key (relevance without text) compare on the rest, so the listed-by-sales indexes can
    // start the page at the cursor; the answer is the same as the full row comparison.
    if (k1 === '(0)::bigint')
      keyset =
        after[1] === 0
          ? `AND (${k2}, p.id) > (${params.add(after[2])}::bigint, ${params.add(after[3])}::uuid)`
          : after[1] < 0
            ? ''
            : 'AND false';
    else
      keyset = `AND (${k1}, ${k2}, p.id) > (${params.add(after[1])}::bigint, ${params.add(after[2])}::bigint, ${params.add(after[3])}::uuid)`;
  }
  // The page in index order (no window over every match: that made PostgreSQL rank all of them before the first
  // 21), and the total from the same indexes, once (an uncorrelated sub-select is an InitPlan).
  const total = listingCountSql(input, query, countValues) ?? `SELECT count(*)::int FROM product p WHERE ${where}`;
  const from = `FROM product p
     WHERE ${where} ${keyset}
     ORDER BY ${k1}, ${k2}, p.id
     LIMIT ${params.add(limit + 1)}`;
  const sql = `SELECT p.id, ${k1}::text AS k1, ${k2}::text AS k2, (${total}) AS total ${from}`;
  const page = { sql, values: [...params.values] };
  // The first page of a text search by relevance ranks every match anyway (no index gives that order), so its total is
  // a window over the same matches: one bitmap scan instead of two. Any other list counts once in a sub-select (a
  // window there would rank every match before the first 21, where an index gives the order; a later page's window
  // would count only what follows the cursor).
  const windowed = query !== null && sort === 'relevance' && !after;
  const list = productListSql(k1, k2, windowed ? 'count(*) OVER ()::int' : `(${total})`, from, params.add(today));
  return {
    page,
    count: { sql: `SELECT (${total}) AS n`, values: countValues },
    list: { sql: list, values: params.values, generic },
  };
}

/**
 * Whether one generic plan (planned once per connection, for no particular value) is the right plan for every value
 * this list's statement can take, so the service may run it with `plan_cache_mode = force_generic_plan`
 * (`ReadReplicas.genericOnPrimary`); at 400,000 products that took PostgreSQL's CPU per list from 0.31–0.36 ms to
 * 0.06–0.11 ms (docs/architecture.md, "Signed-in search, fifth pass"). Checked plan by plan, each the same whatever the
 * values:
 * - a list by relevance without text, supplier, certification or category filter (the home page, a county page, and
 *   their later pages): the page is read in `product_listed_(county_)sales` order, the total from product_listing_count;
 * - the first page of a text search by relevance with no other filter: a bitmap scan of the one index that can serve
 *   the text — the trigram index for a Latin query of three characters or more (it always has a trigram), else the
 *   grams index, the LIKE then written so the trigram index cannot take it (`filters`): a generic plan that used it for
 *   "香梨", whose pattern has no trigram, read the whole index (274–317 ms a list).
 * Any other shape (other sorts, filters combined with text, a text search's later pages) keeps PostgreSQL's own choice.
 */
export function genericPlanSafe(
  input: ProductSearchInput,
  query: NormalizedSearch | null,
  sort: ProductSort,
  after: SearchKey | null,
): boolean {
  if (sort !== 'relevance' || input.supplierId || input.certifiedOnly || input.category) return false;
  return !query || (!after && !input.countyCode);
}

/**
 * Per-category counts of the matches of `input` without its category filter: the same WHERE as the page, grouped; a
 * list without text, supplier or certification filter reads product_listing_count instead.
 */
export function productCategoryCountStatement(input: ProductSearchInput, query: NormalizedSearch | null, today: string): SqlStatement {
  const params = new Params();
  const rest: ProductSearchInput = { ...input, category: null };
  const where = filters(params, rest, query, today);
  const kept = listingCountSql(rest, query, params.values, 'c.category, ');
  return {
    sql: kept ? `${kept} GROUP BY c.category` : `SELECT p.category, count(*)::int AS n FROM product p WHERE ${where} GROUP BY p.category`,
    values: params.values,
  };
}

/**
 * A list without text, supplier or certification filter counts from product_listing_count (kept by triggers, migration
 * ProductListingCount) instead of every listed row; the county and category reuse the filters' parameters.
 */
function listingCountSql(input: ProductSearchInput, query: NormalizedSearch | null, filterValues: unknown[], select = ''): string | null {
  if (query || input.supplierId || input.certifiedOnly) return null;
  const parts: string[] = [];
  // filters() adds the county first, then the category: their positions are 1 and 2 (or 1 alone).
  let i = 0;
  if (input.countyCode) parts.push(`c.county_code = $${++i}`);
  if (input.category) parts.push(`c.category = $${++i}`);
  if (i !== filterValues.length) return null;
  return `SELECT ${select}coalesce(sum(c.n), 0)::int AS n FROM product_listing_count c${parts.length ? ` WHERE ${parts.join(' AND ')}` : ''}`;
}

function filters(params: Params, input: ProductSearchInput, query: NormalizedSearch | null, today: string, generic = false): string {
  // listed = on sale, with a SKU price, supplier approved; listing_county_code = the supplier's county. Both kept by
  // triggers (migration ProductListing), so the search needs no join.
  const parts = [`p.listed`];
  if (input.countyCode) parts.push(`p.listing_county_code = ${params.add(input.countyCode.trim())}`);
  if (input.category) parts.push(`p.category = ${params.add(input.category)}`);
  if (input.supplierId) parts.push(`p.supplier_id = ${params.add(input.supplierId)}::uuid`);
  if (input.certifiedOnly) parts.push(`EXISTS (${certifiedOn(params.add(today))})`);
  if (query) {
    // search_text = compacted name + full pinyin + initials, with a trigram index; the query has
    // no spaces, so it cannot match across the parts. Chinese text can only match the name part.
    const chars = [...query.text];
    const byGrams = query.kind !== 'latin' || chars.length < 3;
    // On a generic plan the pattern is unknown when planning: a LIKE the trigram index could take might be planned
    // onto it for a pattern without a trigram (a full index read). Where the grams serve the text, `|| ''` keeps the
    // LIKE (the same test) off that index.
    const searchText = generic && byGrams ? `(p.search_text || '')` : 'p.search_text';
    parts.push(`${searchText} LIKE ${params.add(`%${escapeLike(query.text)}%`)}`);
    // A query with fewer than three characters, or any Chinese one, has no usable trigram: every 1-/2-character
    // piece of it must be among the product's search_grams (GIN). Implied by the LIKE, so it changes no answer.
    if (byGrams) {
      const grams = chars.length === 1 ? chars : [...new Set(chars.slice(1).map((c, i) => chars[i] + c))];
      parts.push(`p.search_grams @> ${params.add(grams)}::text[]`);
    }
  }
  return parts.join(' AND ');
}

/** The two integer sort keys, ascending; `relevance` ranks exact (0) > prefix (1) > contains (2). */
function sortKeys(params: Params, sort: ProductSort, query: NormalizedSearch | null): [string, string] {
  switch (sort) {
    case 'price_asc':
      return ['p.min_price_fen', '0'];
    case 'price_desc':
      return ['-p.min_price_fen', '0'];
    case 'sales':
      return ['-p.sales_count', '0'];
    case 'newest':
      return ['-floor(extract(epoch FROM p.created_at) * 1000000)', '0'];
    case 'relevance': {
      if (!query) return ['0', '-p.sales_count'];
      const exact = params.add(query.text);
      const prefix = params.add(`${escapeLike(query.text)}%`);
      const cols = query.kind === 'latin' ? ['p.search_initials', 'p.search_pinyin', NAME_NORMALIZED] : [NAME_NORMALIZED];
      const any = (op: string, v: string) => cols.map((c) => `${c} ${op} ${v}`).join(' OR ');
      return [`CASE WHEN ${any('=', exact)} THEN 0 WHEN ${any('LIKE', prefix)} THEN 1 ELSE 2 END`, '-p.sales_count'];
    }
  }
}
