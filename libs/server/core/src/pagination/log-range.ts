import { exportTooLarge } from '../errors/app-error';
import { shanghaiDaysRange } from './desk-list';

/** The days a log is read for (Asia/Shanghai, YYYY-MM-DD, both included); each end optional, none is the whole log. */
export interface LogDays {
  from?: string | null;
  to?: string | null;
}

/** A log's range of Shanghai days, as its on-screen list and its export both read it. */
export interface LogRange {
  /** `:start` (inclusive) and `:end` (exclusive) for the statement: `from` 00:00 and the day after `to` 00:00, or null. */
  start: Date | null;
  end: Date | null;
  /** `-2026-01-01_2026-01-31` for an export's file name; '' for the whole log. */
  fileSuffix: string;
  /**
   * An export's rows, read with a limit of `max + 1`: all of them, or refused with EXPORT_TOO_LARGE (`what` names the
   * rows, e.g. 访问日志; a range says 该日期范围内的…) — never a file cut short.
   */
  whole<T>(rows: T[], max: number, what: string): T[];
}

/**
 * The one reading of an audit log's `from`/`to` (the household access log, the role audit log): their lists and their
 * exports take the same days, so what the page shows is what the file holds. Refuses a day that does not exist and a
 * range that ends before it starts (shanghaiDaysRange's Chinese refusals).
 */
export function logRange(days: LogDays = {}): LogRange {
  const { start, end } = shanghaiDaysRange(days.from, days.to);
  const ranged = Boolean(days.from || days.to);
  const span = [days.from, days.to].filter(Boolean).join('_');
  return {
    start,
    end,
    fileSuffix: span ? `-${span}` : '',
    whole<T>(rows: T[], max: number, what: string): T[] {
      if (rows.length > max) throw exportTooLarge(ranged ? `该日期范围内的${what}` : what, max);
      return rows;
    },
  };
}
