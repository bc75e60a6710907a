import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { type DateRange, type KeysetConnection, type KeysetPages, type Pager, type SortState, useKeysetPages } from '@yigou/web/ui';
import type { OrderSort, SortDirection, TransferSort } from '../../../generated/graphql';
import { FINANCE_ORDERS_QUERY, FINANCE_TRANSFERS_QUERY } from '../graphql/finance.documents';

const NO_RANGE: DateRange = { from: '', to: '' };

/** A desk list's date filter; changing it goes back to page 1. */
function useRange(reset: () => void) {
  const [range, setRangeState] = useState(NO_RANGE);
  const setRange = (r: DateRange) => {
    setRangeState(r);
    reset();
  };
  return { range, setRange, vars: { from: range.from || null, to: range.to || null } };
}

/** What a finance desk table is given: the page's rows, whether it is loading, its sort and its pager. */
export interface FinanceTable<Row> {
  rows: Row[];
  loading: boolean;
  sort: SortState;
  onSort: (sort: SortState) => void;
  pager: Pager;
}

/** A desk list's table, from its pages and the connection the server answered. */
function tableOf<Row>(
  pages: KeysetPages,
  loading: boolean,
  connection: (KeysetConnection & { edges: { node: Row }[] }) | undefined,
): FinanceTable<Row> {
  return {
    rows: connection?.edges.map((e) => e.node) ?? [],
    loading,
    sort: pages.sort,
    onSort: pages.setSort,
    pager: pages.pager(connection),
  };
}

/**
 * The finance desk's page sizes: 100 rows of its orders (each with its lines and payment figures) or of its transfers
 * (each with its suggested orders) cost more than the API's query cost limit allows, so the desk offers up to 50.
 */
const FINANCE_PAGE_SIZES = [10, 20, 50] as const;

/** 到账记录: newest received first, a page of 20, filtered by the day received. */
export function useFinanceTransfers() {
  const pages = useKeysetPages({ key: 'RECEIVED_AT', direction: 'DESC' }, 20, FINANCE_PAGE_SIZES);
  const { range, setRange, vars } = useRange(pages.reset);
  const query = useQuery(FINANCE_TRANSFERS_QUERY, {
    variables: {
      first: pages.first,
      after: pages.after,
      ...vars,
      sort: pages.sort.key as TransferSort,
      direction: pages.sort.direction as SortDirection,
    },
    fetchPolicy: 'cache-and-network',
  });
  return { range, setRange, query, table: tableOf(pages, query.loading, query.data?.bankTransfers) };
}

/** 平台订单: newest placed first, a page of 20, searched by 订单号 / 汇款识别码 and filtered by the day placed. */
export function useFinanceOrders() {
  const pages = useKeysetPages({ key: 'CREATED_AT', direction: 'DESC' }, 20, FINANCE_PAGE_SIZES);
  const { range, setRange, vars } = useRange(pages.reset);
  const [search, setSearchState] = useState('');
  const setSearch = (q: string) => {
    setSearchState(q);
    pages.reset();
  };
  const query = useQuery(FINANCE_ORDERS_QUERY, {
    variables: {
      first: pages.first,
      after: pages.after,
      search: search.trim() || null,
      ...vars,
      sort: pages.sort.key as OrderSort,
      direction: pages.sort.direction as SortDirection,
    },
    fetchPolicy: 'cache-and-network',
  });
  return { range, setRange, search, setSearch, query, table: tableOf(pages, query.loading, query.data?.platformOrders) };
}
