import { logRange } from './log-range';

describe('logRange', () => {
  it('reads Shanghai days, both included: from 00:00 +08 to the day after `to` 00:00 +08, named in the file', () => {
    const r = logRange({ from: '2025-03-10', to: '2025-03-12' });
    expect(r.start?.toISOString()).toBe('2025-03-09T16:00:00.000Z');
    expect(r.end?.toISOString()).toBe('2025-03-12T16:00:00.000Z');
    expect(r.fileSuffix).toBe('-2025-03-10_2025-03-12');
    expect(logRange({ to: '2025-03-12' })).toMatchObject({ start: null, fileSuffix: '-2025-03-12' });
    expect(logRange()).toMatchObject({ start: null, end: null, fileSuffix: '' });
  });

  it('refuses a range that ends before it starts and a day that does not exist, in Chinese', () => {
    expect(() => logRange({ from: '2025-03-12', to: '2025-03-10' })).toThrow('开始日期不能晚于结束日期');
    expect(() => logRange({ from: '2025-02-29' })).toThrow('开始日期不是有效日期');
    expect(logRange({ from: '2025-03-10', to: '2025-03-10' }).end!.getTime() - logRange({ from: '2025-03-10' }).start!.getTime()).toBe(
      86_400_000,
    );
  });

  it('lets an export through whole or refuses it with the cap, naming a range as such', () => {
    expect(logRange().whole([1, 2], 2, '访问日志')).toEqual([1, 2]);
    expect(() => logRange().whole([1, 2, 3], 2, '访问日志')).toThrow(/^访问日志超过 2 条/);
    expect(() => logRange({ from: '2025-03-10' }).whole([1, 2, 3], 2, '授权日志')).toThrow(/^该日期范围内的授权日志超过 2 条/);
  });
});
