import { SHANGHAI_TIME_ZONE } from '@yigou/shared/time';

const DATE_FORMAT = new Intl.DateTimeFormat('en-CA', {
  timeZone: SHANGHAI_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** An ISO DateTime as the calendar date in China: "2026-03-31". */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : DATE_FORMAT.format(d);
}

/** True when a certification's validity has ended. */
export function isExpired(validTo: string | null | undefined, now: Date = new Date()): boolean {
  if (!validTo) return false;
  const end = new Date(validTo);
  return !Number.isNaN(end.getTime()) && end.getTime() < now.getTime();
}
