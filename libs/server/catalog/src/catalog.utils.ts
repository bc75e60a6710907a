const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value);
}

/**
 * The calendar date in China ('YYYY-MM-DD'), which is what certificate validity dates mean.
 * China keeps UTC+8 all year (no daylight saving), so plain arithmetic does it; Intl's
 * formatter cost ~1 % of the API's CPU on the checkout path.
 */
export function shanghaiDate(now: Date): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}
