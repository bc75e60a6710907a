import { useCallback, useMemo, useState } from 'react';
import type { SortState } from './DataTable';
import type { Pager } from './TablePager';

export interface KeysetConnection {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

export interface KeysetPages {
  /** The `after` variable of the current page (null on page 1). */
  after: string | null;
  first: number;
  sort: SortState;
  setSort: (sort: SortState) => void;
  /** Back to page 1 (call when a filter changes). */
  reset: () => void;
  /** DataTable's pager for the page the server answered. */
  pager: (connection: KeysetConnection | null | undefined) => Pager;
}

/**
 * Server paging with cursors, as the API's connections give them: the cursors of the pages already passed are kept,
 * so 上一页 goes back exactly and 下一页 continues after the last row shown. Changing the sort, the page size or a
 * filter starts again at page 1.
 */
/** For a list the server keeps in one order (no sort to choose). */
const SERVER_ORDER: SortState = { key: '', direction: 'DESC' };

/**
 * `pageSizes`: the sizes the pager offers (TablePager's 10/20/50/100 by default); a desk whose rows are wide offers
 * fewer, so that its largest page stays within the API's query cost limit.
 */
export function useKeysetPages(initialSort: SortState = SERVER_ORDER, initialSize = 20, pageSizes?: readonly number[]): KeysetPages {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [first, setFirst] = useState(initialSize);
  const [sort, setSortState] = useState(initialSort);
  const reset = useCallback(() => setCursors([null]), []);
  const setSort = useCallback((s: SortState) => {
    setSortState(s);
    setCursors([null]);
  }, []);
  const after = cursors[cursors.length - 1];
  const pager = useCallback(
    (c: KeysetConnection | null | undefined): Pager => ({
      page: cursors.length,
      pageSize: first,
      pageSizes,
      total: c?.totalCount ?? 0,
      hasNext: !!c?.pageInfo.hasNextPage && !!c.pageInfo.endCursor,
      onPrev: () => setCursors((xs) => (xs.length > 1 ? xs.slice(0, -1) : xs)),
      onNext: () => {
        const end = c?.pageInfo.endCursor;
        if (end) setCursors((xs) => [...xs, end]);
      },
      onPageSize: (size) => {
        setFirst(size);
        setCursors([null]);
      },
    }),
    [cursors.length, first, pageSizes],
  );
  return useMemo(() => ({ after, first, sort, setSort, reset, pager }), [after, first, sort, setSort, reset, pager]);
}
