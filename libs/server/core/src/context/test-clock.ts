import type { AppConfig } from '../config/app-config';

/** The request header a test sets to run a request at another moment (ISO time). */
export const TEST_NOW_HEADER = 'x-test-now';

/**
 * The test clock: under NODE_ENV=test only, a request may say what time it is
 * (`x-test-now: 2026-12-31T23:59:00+08:00`), so suites can cross a year boundary
 * through the real API. Every other environment ignores the header.
 */
export function testNow(config: Pick<AppConfig, 'nodeEnv'>, headers: Record<string, string | string[] | undefined>): Date | undefined {
  if (config.nodeEnv !== 'test') return undefined;
  const raw = headers[TEST_NOW_HEADER];
  if (typeof raw !== 'string') return undefined;
  const at = new Date(raw);
  return Number.isNaN(at.getTime()) ? undefined : at;
}
