/**
 * China time, written once. China keeps UTC+8 all year (no daylight saving since 1991), so every
 * date, month, year and boundary is plain arithmetic on the instant — no Intl formatter, which
 * cost ~1 % of the API's CPU on the checkout path when certificate dates were checked with it.
 *
 * Calendar values are strings the way the product shows and stores them: a day is 'YYYY-MM-DD',
 * a month 'YYYY-MM'. Boundaries are instants (`Date`): a day, month or year is the half-open
 * range [from, to) between two Shanghai midnights.
 */

/** Shanghai's offset from UTC, the same every day of the year. */
export const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
/** One day; Shanghai's days are all this long (no daylight saving). */
export const DAY_MS = 86_400_000;
/** The IANA zone, for SQL (`AT TIME ZONE`) and Intl display formatting. */
export const SHANGHAI_TIME_ZONE = 'Asia/Shanghai';

export type Instant = Date | string | number;

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_RE = /^(\d{4})-(\d{2})$/;
const LOCAL_RE = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;

/** The instant as an ISO string of its Shanghai wall clock ("2026-12-05T08:30:00.000Z" with Z meaning nothing). */
function wallClock(at: Instant): string {
  const t = new Date(at).getTime();
  if (Number.isNaN(t)) throw new RangeError(`不是有效的时间：${String(at)}`);
  return new Date(t + SHANGHAI_OFFSET_MS).toISOString();
}

/** The Shanghai calendar date of an instant: 'YYYY-MM-DD'. */
export function shanghaiDate(at: Instant): string {
  return wallClock(at).slice(0, 10);
}

/** The Shanghai calendar year of an instant. */
export function shanghaiYear(at: Instant = new Date()): number {
  return Number(wallClock(at).slice(0, 4));
}

/** The Shanghai calendar month of an instant: 'YYYY-MM'. */
export function shanghaiMonth(at: Instant): string {
  return wallClock(at).slice(0, 7);
}

/** The Shanghai hour of day of an instant, 0–23. */
export function shanghaiHour(at: Instant): number {
  return Number(wallClock(at).slice(11, 13));
}

/** Day, year, month and month number (1–12) of an instant in Shanghai, from one conversion. */
export function shanghaiParts(at: Instant): { day: string; year: number; month: string; monthNo: number } {
  const d = wallClock(at);
  return { day: d.slice(0, 10), year: Number(d.slice(0, 4)), month: d.slice(0, 7), monthNo: Number(d.slice(5, 7)) };
}

/** "2026-12-04 20:15:03": the Shanghai wall clock to the second (Alipay's timestamps, audit logs). */
export function shanghaiDateTime(at: Instant): string {
  const d = wallClock(at);
  return `${d.slice(0, 10)} ${d.slice(11, 19)}`;
}

/** RFC 3339 in Shanghai time, as WeChat Pay wants it: "2026-12-05T08:30:00+08:00". */
export function rfc3339Shanghai(at: Instant): string {
  return `${wallClock(at).slice(0, 19)}+08:00`;
}

/** Whether `s` is a real calendar date written 'YYYY-MM-DD' (2026-02-30 is not). */
export function isCalendarDate(s: string): boolean {
  const m = DAY_RE.exec(s);
  if (!m) return false;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return new Date(t).toISOString().slice(0, 10) === s;
}

/** Whether `s` is a month written 'YYYY-MM' (01–12). */
export function isCalendarMonth(s: string): boolean {
  const m = MONTH_RE.exec(s);
  return !!m && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

/**
 * The instant a Shanghai wall-clock time names: "2026-12-05 08:30:00", "2026-12-05T08:30" → Date.
 * Throws a RangeError on anything else (including impossible dates and times).
 */
export function fromShanghaiDateTime(local: string): Date {
  const m = LOCAL_RE.exec(local);
  const [y, mo, d, h, mi, s] = m ? m.slice(1).map((x) => Number(x ?? 0)) : [];
  if (!m || !isCalendarDate(`${m[1]}-${m[2]}-${m[3]}`) || h > 23 || mi > 59 || s > 59) {
    throw new RangeError(`不是有效的北京时间：${local}`);
  }
  return new Date(Date.UTC(y, mo - 1, d, h, mi, s) - SHANGHAI_OFFSET_MS);
}

/** The instant a Shanghai day begins (its midnight). Throws a RangeError unless `day` is a real 'YYYY-MM-DD'. */
export function startOfShanghaiDay(day: string): Date {
  if (!isCalendarDate(day)) throw new RangeError(`日期格式应为 YYYY-MM-DD：${day}`);
  return fromShanghaiDateTime(`${day} 00:00:00`);
}

/** A Shanghai day as the half-open range of instants [from, to). */
export function shanghaiDayRange(day: string): { from: Date; to: Date } {
  const from = startOfShanghaiDay(day);
  return { from, to: new Date(from.getTime() + DAY_MS) };
}

/** The month after 'YYYY-MM' ('2026-12' → '2027-01'). */
export function nextMonth(month: string): string {
  if (!isCalendarMonth(month)) throw new RangeError(`月份格式应为 YYYY-MM：${month}`);
  const [y, m] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** The instant a Shanghai month begins. */
export function startOfShanghaiMonth(month: string): Date {
  if (!isCalendarMonth(month)) throw new RangeError(`月份格式应为 YYYY-MM：${month}`);
  return startOfShanghaiDay(`${month}-01`);
}

/** A Shanghai month as the half-open range of instants [from, to). */
export function shanghaiMonthRange(month: string): { from: Date; to: Date } {
  return { from: startOfShanghaiMonth(month), to: startOfShanghaiMonth(nextMonth(month)) };
}

/** The instant a Shanghai year begins (New Year's midnight in Beijing). */
export function startOfShanghaiYear(year: number): Date {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`年份无效：${year}`);
  return new Date(Date.UTC(year, 0, 1) - SHANGHAI_OFFSET_MS);
}

/** A Shanghai year as the half-open range of instants [from, to). */
export function shanghaiYearRange(year: number): { from: Date; to: Date } {
  return { from: startOfShanghaiYear(year), to: startOfShanghaiYear(year + 1) };
}

/** Milliseconds from `now` to the next `hour`:00 in Shanghai (a full day when it is that moment now). */
export function msUntilShanghaiHour(now: Date, hour: number): number {
  const today = startOfShanghaiDay(shanghaiDate(now)).getTime() + hour * 3_600_000;
  return today > now.getTime() ? today - now.getTime() : today + DAY_MS - now.getTime();
}
