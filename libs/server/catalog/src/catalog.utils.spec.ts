import { isUuid, shanghaiDate } from './catalog.utils';

describe('shanghaiDate', () => {
  it('is the calendar date in China (UTC+8) at either side of its midnight', () => {
    expect(shanghaiDate(new Date('2026-11-30T15:59:59.999Z'))).toBe('2026-11-30');
    expect(shanghaiDate(new Date('2026-11-30T16:00:00.000Z'))).toBe('2026-12-01');
    expect(shanghaiDate(new Date('2026-12-31T16:00:00.000Z'))).toBe('2027-01-01');
  });

  it('agrees with the time-zone database over a year, hour by hour', () => {
    const tz = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' });
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 3600_000) {
      expect(shanghaiDate(new Date(t))).toBe(tz.format(new Date(t)));
    }
  });
});

describe('isUuid', () => {
  it('accepts uuids in either case and nothing else', () => {
    expect(isUuid('0f8fad5b-d9cb-469f-a165-70867728950e')).toBe(true);
    expect(isUuid('0F8FAD5B-D9CB-469F-A165-70867728950E')).toBe(true);
    expect(isUuid('0f8fad5b-d9cb-469f-a165-70867728950')).toBe(false);
    expect(isUuid("0f8fad5b-d9cb-469f-a165-70867728950e' OR 1=1")).toBe(false);
  });
});
