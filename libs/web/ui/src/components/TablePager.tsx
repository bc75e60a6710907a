import { useId } from 'react';
import { useT } from '@yigou/web/i18n';

/** A paged list's place: what DataTable shows under its rows, and what useKeysetPages hands out. */
export interface Pager {
  /** 1-based. */
  page: number;
  pageSize: number;
  total: number;
  hasNext: boolean;
  onPrev: () => void;
  onNext: () => void;
  onPageSize?: (size: number) => void;
  pageSizes?: readonly number[];
}

export const PAGE_SIZES = [10, 20, 50, 100] as const;

export function TablePager({
  page,
  pageSize,
  total,
  hasNext,
  onPrev,
  onNext,
  onPageSize,
  pageSizes = PAGE_SIZES,
  loading,
}: Pager & { loading?: boolean }) {
  const t = useT();
  const sizeId = useId();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <nav className="yg-pager" aria-label={t('table.pager')} data-testid="pager">
      <span className="yg-pager__info" data-testid="pager-info">
        {t('table.total', { total })} · {t('table.page', { page, pages })}
      </span>
      <span className="yg-pager__controls">
        {onPageSize && (
          <>
            <label className="yg-pager__size-label" htmlFor={sizeId}>
              {t('table.pageSize')}
            </label>
            <select
              id={sizeId}
              className="yg-input yg-pager__size"
              value={pageSize}
              onChange={(e) => onPageSize(Number(e.target.value))}
              data-testid="page-size"
            >
              {pageSizes.map((s) => (
                <option key={s} value={s}>
                  {t('table.pageSizeOption', { size: s })}
                </option>
              ))}
            </select>
          </>
        )}
        <button
          type="button"
          className="yg-button yg-button--secondary"
          disabled={page <= 1 || loading}
          onClick={onPrev}
          data-testid="page-prev"
        >
          {t('table.prev')}
        </button>
        <button
          type="button"
          className="yg-button yg-button--secondary"
          disabled={!hasNext || loading}
          onClick={onNext}
          data-testid="page-next"
        >
          {t('table.next')}
        </button>
      </span>
    </nav>
  );
}
