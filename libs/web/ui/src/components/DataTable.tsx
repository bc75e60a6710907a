import { Fragment, type ReactNode } from 'react';
import { useT } from '@yigou/web/i18n';
import { type Pager, TablePager } from './TablePager';

export type SortDirection = 'ASC' | 'DESC';
export interface SortState {
  key: string;
  direction: SortDirection;
}

export interface Column<T> {
  /** Stable id of the column (React key). */
  id: string;
  header: string;
  cell: (row: T) => ReactNode;
  /** The server's sort value for this column; a sortable header is a button and carries aria-sort. */
  sortKey?: string;
  /** Right-aligned figures (money, counts). */
  numeric?: boolean;
  /** Never broken over lines (a masked name or ID number: its * would otherwise be a place to break on a phone). */
  nowrap?: boolean;
}

const cellClass = (c: { numeric?: boolean; nowrap?: boolean }): string | undefined =>
  [c.numeric && 'num', c.nowrap && 'nowrap'].filter(Boolean).join(' ') || undefined;

export interface DataTableProps<T> {
  columns: readonly Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  /** Shown in the body when there are no rows (and nothing is loading). */
  empty?: string;
  loading?: boolean;
  sort?: SortState | null;
  onSort?: (sort: SortState) => void;
  pager?: Pager;
  testId?: string;
  rowTestId?: string;
  /** A full-width row under a row (e.g. an open refund form), or nothing. */
  detail?: (row: T) => ReactNode;
  caption?: string;
}

const ARIA_SORT = { ASC: 'ascending', DESC: 'descending' } as const;

/**
 * The desks' table: column headers, sorting by a header (server-side: the caller refetches), a pager under it with
 * the total, 上一页 / 下一页 and the page size, and its own loading and empty rows. Scrolls inside its box on a phone.
 */
export function DataTable<T>({
  columns,
  rows,
  rowKey,
  empty,
  loading,
  sort,
  onSort,
  pager,
  testId,
  rowTestId,
  detail,
  caption,
}: DataTableProps<T>) {
  const t = useT();
  const toggle = (key: string) => onSort?.({ key, direction: sort?.key === key && sort.direction === 'DESC' ? 'ASC' : 'DESC' });
  return (
    <div className="yg-data-table">
      <div className="table-scroll">
        <table className="desk-table" data-testid={testId} aria-busy={loading || undefined}>
          {caption && <caption className="yg-data-table__caption">{caption}</caption>}
          <thead>
            <tr>
              {columns.map((c) => {
                const active = !!c.sortKey && sort?.key === c.sortKey;
                return (
                  <th
                    key={c.id}
                    scope="col"
                    className={c.numeric ? 'num' : undefined}
                    aria-sort={c.sortKey && onSort ? (active ? ARIA_SORT[sort!.direction] : 'none') : undefined}
                  >
                    {c.sortKey && onSort ? (
                      <button
                        type="button"
                        className="yg-sort"
                        title={t('table.sortBy', { column: c.header })}
                        onClick={() => toggle(c.sortKey!)}
                        data-testid={`sort-${c.id}`}
                      >
                        {c.header}
                        <span className={`yg-sort__arrow${active ? ' yg-sort__arrow--on' : ''}`} aria-hidden="true">
                          {active && sort!.direction === 'ASC' ? '▲' : '▼'}
                        </span>
                      </button>
                    ) : (
                      c.header
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody className={loading && rows.length > 0 ? 'yg-data-table__stale' : undefined}>
            {rows.map((row) => {
              const more = detail?.(row);
              return (
                <Fragment key={rowKey(row)}>
                  <tr data-testid={rowTestId}>
                    {columns.map((c) => (
                      <td key={c.id} className={cellClass(c)}>
                        {c.cell(row)}
                      </td>
                    ))}
                  </tr>
                  {more && (
                    <tr className="yg-data-table__detail">
                      <td colSpan={columns.length}>{more}</td>
                    </tr>
                  )}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
      {rows.length === 0 && (
        // Outside the scrolling table, so a phone shows the whole sentence under the headers.
        <p className="yg-data-table__state" data-testid={loading ? 'table-loading' : 'table-empty'} role={loading ? 'status' : undefined}>
          {loading ? t('state.loading') : (empty ?? t('table.empty'))}
        </p>
      )}
      {pager && <TablePager {...pager} loading={loading} />}
    </div>
  );
}
