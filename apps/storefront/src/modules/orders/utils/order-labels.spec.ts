import { describe, expect, it } from 'vitest';
import { formatDateTime } from './order-labels';

describe('formatDateTime', () => {
  it('shows the wall clock in China, to the minute, whatever the browser’s time zone', () => {
    // 17:30 UTC on 8 December is 01:30 on 9 December in Shanghai; these tests run in UTC
    expect(formatDateTime('2026-12-08T17:30:00.000Z', 'zh-CN')).toBe('2026/12/09 01:30');
    expect(formatDateTime('2026-12-08T17:30:00.000Z', 'en')).toBe('09/12/2026, 01:30');
  });
});
