import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { isCalendarDate } from '@yigou/shared/time';
import { type DateRange, NO_RANGE } from '@yigou/web/ui';

/**
 * A page's range of days kept in its address (`?from=2026-03-01&to=2026-03-31`), so that a reload, a shared link or
 * the way back from an entry shows the same days. What is not a calendar day (the server's own check,
 * `isCalendarDate`), or an end before the start (an address typed by hand), is read as no range. A change replaces
 * the address rather than adding a history step.
 */
export function useUrlDateRange(): [DateRange, (range: DateRange) => void] {
  const [params, setParams] = useSearchParams();
  const from = day(params.get('from'));
  const to = day(params.get('to'));
  const range = useMemo(() => (from && to && to < from ? NO_RANGE : { from, to }), [from, to]);
  const setRange = useCallback(
    (next: DateRange) =>
      setParams(
        (current) => {
          const out = new URLSearchParams(current);
          for (const key of ['from', 'to'] as const) {
            if (next[key]) out.set(key, next[key]);
            else out.delete(key);
          }
          return out;
        },
        { replace: true },
      ),
    [setParams],
  );
  return [range, setRange];
}

const day = (v: string | null): string => (v && isCalendarDate(v) ? v : '');
