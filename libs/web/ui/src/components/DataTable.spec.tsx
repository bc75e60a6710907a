import { describe, expect, it, vi } from 'vitest';
import { useState } from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { I18nProvider } from '@yigou/web/i18n';
import { type Column, DataTable, type SortState } from './DataTable';
import { useKeysetPages } from './useKeysetPages';

type Row = { id: string; name: string; fen: number };
const columns: Column<Row>[] = [
  { id: 'name', header: '付款人', cell: (r) => r.name },
  { id: 'amount', header: '金额', cell: (r) => r.fen, sortKey: 'AMOUNT', numeric: true },
  { id: 'date', header: '到账日期', cell: () => '2026-12-01', sortKey: 'RECEIVED_AT' },
];
const rows: Row[] = [
  { id: 'a', name: '汾西县第一中学', fen: 100 },
  { id: 'b', name: '交城县医院', fen: 200 },
];

describe('DataTable', () => {
  it('has a header per column; sortable ones say their state with aria-sort and toggle DESC → ASC', () => {
    const onSort = vi.fn();
    render(
      <I18nProvider>
        <DataTable columns={columns} rows={rows} rowKey={(r) => r.id} sort={{ key: 'AMOUNT', direction: 'DESC' }} onSort={onSort} />
      </I18nProvider>,
    );
    const headers = screen.getAllByRole('columnheader');
    expect(headers.map((h) => h.textContent?.replace(/[▲▼]/g, ''))).toEqual(['付款人', '金额', '到账日期']);
    expect(headers[0].getAttribute('aria-sort')).toBeNull();
    expect(headers[1].getAttribute('aria-sort')).toBe('descending');
    expect(headers[2].getAttribute('aria-sort')).toBe('none');
    fireEvent.click(within(headers[1]).getByRole('button'));
    expect(onSort).toHaveBeenLastCalledWith({ key: 'AMOUNT', direction: 'ASC' });
    fireEvent.click(within(headers[2]).getByRole('button'));
    expect(onSort).toHaveBeenLastCalledWith({ key: 'RECEIVED_AT', direction: 'DESC' });
    expect(screen.getAllByRole('row')).toHaveLength(3);
  });

  it("marks a nowrap column's cells (a masked name must not break at its * on a phone), beside numeric ones", () => {
    const masked: Column<Row>[] = [
      { id: 'name', header: '户主', cell: () => '梁*海', nowrap: true },
      { id: 'amount', header: '金额', cell: (r) => r.fen, numeric: true, nowrap: true },
      { id: 'plain', header: '村', cell: () => '洞底村' },
    ];
    render(
      <I18nProvider>
        <DataTable columns={masked} rows={rows.slice(0, 1)} rowKey={(r) => r.id} />
      </I18nProvider>,
    );
    const cells = screen.getAllByRole('cell');
    expect(cells.map((c) => c.className)).toEqual(['nowrap', 'num nowrap', '']);
  });

  it('says 加载中… while the first page loads and the given empty text (or 暂无记录) when there is nothing', () => {
    const { rerender } = render(
      <I18nProvider>
        <DataTable columns={columns} rows={[]} rowKey={(r) => r.id} loading />
      </I18nProvider>,
    );
    expect(screen.getByTestId('table-loading').textContent).toBe('加载中…');
    rerender(
      <I18nProvider>
        <DataTable columns={columns} rows={[]} rowKey={(r) => r.id} />
      </I18nProvider>,
    );
    expect(screen.getByTestId('table-empty').textContent).toBe('暂无记录');
    rerender(
      <I18nProvider>
        <DataTable columns={columns} rows={[]} rowKey={(r) => r.id} empty="没有符合条件的订单" />
      </I18nProvider>,
    );
    expect(screen.getByTestId('table-empty').textContent).toBe('没有符合条件的订单');
  });
});

/** A fake server of 45 rows answering keyset pages, as the API's connections do. */
function Harness({ seen }: { seen: (v: { after: string | null; first: number; sort: SortState }) => void }) {
  const pages = useKeysetPages({ key: 'AMOUNT', direction: 'DESC' }, 20);
  const all = Array.from({ length: 45 }, (_, i) => ({ id: String(i + 1), name: `第${i + 1}笔`, fen: i + 1 }));
  const ordered = pages.sort.direction === 'DESC' ? [...all].reverse() : all;
  const start = pages.after ? ordered.findIndex((r) => r.id === pages.after) + 1 : 0;
  const page = ordered.slice(start, start + pages.first);
  seen({ after: pages.after, first: pages.first, sort: pages.sort });
  const [, force] = useState(0);
  const connection = { totalCount: 45, pageInfo: { hasNextPage: start + pages.first < 45, endCursor: page.at(-1)?.id ?? null } };
  return (
    <>
      <button type="button" onClick={() => force((x) => x + 1)}>
        noop
      </button>
      <DataTable
        columns={columns}
        rows={page}
        rowKey={(r) => r.id}
        rowTestId="row"
        sort={pages.sort}
        onSort={pages.setSort}
        pager={pages.pager(connection)}
      />
    </>
  );
}

describe('DataTable with useKeysetPages', () => {
  const firstCell = () => screen.getAllByTestId('row').map((r) => r.firstElementChild?.textContent);
  it('下一页 continues after the last row, 上一页 goes back exactly; page size and sorting start again at page 1', () => {
    const seen = vi.fn();
    render(
      <I18nProvider>
        <Harness seen={seen} />
      </I18nProvider>,
    );
    expect(screen.getByTestId('pager-info').textContent).toBe('共 45 条 · 第 1 / 3 页');
    expect((screen.getByTestId('page-prev') as HTMLButtonElement).disabled).toBe(true);
    expect(firstCell()[0]).toBe('第45笔');
    fireEvent.click(screen.getByTestId('page-next'));
    expect(firstCell()[0]).toBe('第25笔');
    fireEvent.click(screen.getByTestId('page-next'));
    expect(firstCell()).toEqual(['第5笔', '第4笔', '第3笔', '第2笔', '第1笔']);
    expect(screen.getByTestId('pager-info').textContent).toBe('共 45 条 · 第 3 / 3 页');
    expect((screen.getByTestId('page-next') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByTestId('page-prev'));
    expect(firstCell()[0]).toBe('第25笔');

    fireEvent.change(screen.getByTestId('page-size'), { target: { value: '50' } });
    expect(screen.getAllByTestId('row')).toHaveLength(45);
    expect(screen.getByTestId('pager-info').textContent).toBe('共 45 条 · 第 1 / 1 页');
    expect(seen).toHaveBeenLastCalledWith({ after: null, first: 50, sort: { key: 'AMOUNT', direction: 'DESC' } });

    fireEvent.change(screen.getByTestId('page-size'), { target: { value: '20' } });
    fireEvent.click(screen.getByTestId('page-next'));
    fireEvent.click(screen.getByTestId('sort-amount'));
    expect(seen).toHaveBeenLastCalledWith({ after: null, first: 20, sort: { key: 'AMOUNT', direction: 'ASC' } });
    expect(firstCell()[0]).toBe('第1笔');
  });
});
