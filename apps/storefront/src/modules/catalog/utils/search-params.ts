import { PRODUCT_CATEGORIES, PRODUCT_SORTS, type ProductCategory, type ProductSort } from '@yigou/shared/domain';
import { clampSearch } from '@yigou/web/ui';
import type { SearchProductsQueryVariables } from '../../../generated/graphql';

export const SEARCH_PAGE_SIZE = 20;

/** What the /search URL says: ?q=&county=&category=&certified=1&sort= */
export interface SearchState {
  q: string;
  county: string;
  category: ProductCategory | '';
  certified: boolean;
  sort: ProductSort | '';
}

export const EMPTY_SEARCH: SearchState = { q: '', county: '', category: '', certified: false, sort: '' };

function isCategory(v: string | null): v is ProductCategory {
  return v !== null && (PRODUCT_CATEGORIES as readonly string[]).includes(v);
}

function isSort(v: string | null): v is ProductSort {
  return v !== null && (PRODUCT_SORTS as readonly string[]).includes(v);
}

/** Reads the URL leniently: unknown categories or sorts are ignored rather than sent to the API. */
export function parseSearchParams(params: URLSearchParams): SearchState {
  const category = params.get('category');
  const sort = params.get('sort');
  const county = params.get('county') ?? '';
  return {
    q: clampSearch(params.get('q') ?? '').trim(),
    county: /^\d{6}$/.test(county) ? county : '',
    category: isCategory(category) ? category : '',
    certified: params.get('certified') === '1',
    sort: isSort(sort) ? sort : '',
  };
}

export function toSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.county) params.set('county', state.county);
  if (state.category) params.set('category', state.category);
  if (state.certified) params.set('certified', '1');
  if (state.sort) params.set('sort', state.sort);
  return params;
}

export function searchHref(patch: Partial<SearchState>): string {
  const qs = toSearchParams({ ...EMPTY_SEARCH, ...patch }).toString();
  return qs ? `/search?${qs}` : '/search';
}

/** The first page's variables; absent filters are left out so the cache key stays stable. */
export function toSearchVariables(state: SearchState): SearchProductsQueryVariables {
  const vars: SearchProductsQueryVariables = { first: SEARCH_PAGE_SIZE };
  if (state.q) vars.search = state.q;
  if (state.county) vars.countyCode = state.county;
  if (state.category) vars.category = state.category;
  if (state.certified) vars.certifiedOnly = true;
  vars.sort = state.sort || (state.q ? 'relevance' : 'sales');
  return vars;
}
