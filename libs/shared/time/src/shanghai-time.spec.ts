import fc from 'fast-check';
import {
  DAY_MS,
  fromShanghaiDateTime,
  isCalendarDate,
  msUntilShanghaiHour,
  nextMonth,
  rfc3339Shanghai,
  shanghaiDate,
  shanghaiDateTime,
  shanghaiDayRange,
  shanghaiHour,
  shanghaiMonth,
  shanghaiMonthRange,
  shanghaiParts,
  shanghaiYear,
  shanghaiYearRange,
  startOfShanghaiDay,
  startOfShanghaiMonth,
} from './shanghai-time';

// Instants from 1990 to 2100 (China has had no daylight saving since 1991).
const arbInstant = fc.integer({ min: Date.UTC(1992, 0, 1), max: Date.UTC(2100, 0, 1) }).map((t) => new Date(t));
const arbDay = arbInstant.map((d) => shanghaiDate(d));
const intl = (opts: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', hourCycle: 'h23', ...opts });
const INTL_DATE = intl({ year: 'numeric', month: '2-digit', day: '2-digit' });
const INTL_DATETIME = intl({ year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });

describe('Shanghai calendar of an instant', () => {
  it('turns the date at Shanghai midnight, not UTC midnight', () => {
    expect(shanghaiDate(new Date('2026-11-30T15:59:59.999Z'))).toBe('2026-11-30');
    expect(shanghaiDate(new Date('2026-11-30T16:00:00.000Z'))).toBe('2026-12-01');
    expect(shanghaiYear(new Date('2026-12-31T16:00:00.000Z'))).toBe(2027);
    expect(shanghaiMonth(new Date('2026-12-31T15:59:59.999Z'))).toBe('2026-12');
    expect(shanghaiHour(new Date('2026-12-04T18:00:00Z'))).toBe(2);
    expect(shanghaiParts('2026-12-31T16:00:00Z')).toEqual({ day: '2027-01-01', year: 2027, month: '2027-01', monthNo: 1 });
  });

  it('agrees with the time-zone database at every instant (no daylight saving, always +08:00)', () => {
    fc.assert(
      fc.property(arbInstant, (d) => {
        expect(shanghaiDate(d)).toBe(INTL_DATE.format(d));
        expect(shanghaiDateTime(d)).toBe(INTL_DATETIME.format(d));
      }),
    );
  });

  it('writes the wall clock for Alipay and WeChat Pay', () => {
    expect(shanghaiDateTime(new Date('2024-01-01T04:00:00Z'))).toBe('2024-01-01 12:00:00');
    expect(rfc3339Shanghai(new Date('2026-12-04T22:30:05Z'))).toBe('2026-12-05T06:30:05+08:00');
    expect(() => shanghaiDate(new Date('nonsense'))).toThrow(RangeError);
  });
});

describe('Shanghai boundaries as instants', () => {
  it('a Shanghai midnight maps back to its own date, and the instant before it to the day before', () => {
    fc.assert(
      fc.property(arbDay, (day) => {
        const { from, to } = shanghaiDayRange(day);
        expect(shanghaiDate(from)).toBe(day);
        expect(shanghaiHour(from)).toBe(0);
        expect(shanghaiDate(new Date(to.getTime() - 1))).toBe(day);
        expect(shanghaiDate(to)).not.toBe(day);
        expect(to.getTime() - from.getTime()).toBe(DAY_MS); // every day is 24 h: no DST
        expect(from.toISOString()).toBe(new Date(`${day}T00:00:00+08:00`).toISOString());
      }),
    );
  });

  it('every instant lies in the day, month and year ranges of its own Shanghai calendar', () => {
    fc.assert(
      fc.property(arbInstant, (d) => {
        const p = shanghaiParts(d);
        for (const { from, to } of [shanghaiDayRange(p.day), shanghaiMonthRange(p.month), shanghaiYearRange(p.year)]) {
          expect(from.getTime()).toBeLessThanOrEqual(d.getTime());
          expect(d.getTime()).toBeLessThan(to.getTime());
        }
      }),
    );
  });

  it('months and years chain: one ends where the next begins', () => {
    expect(nextMonth('2026-12')).toBe('2027-01');
    expect(nextMonth('2027-01')).toBe('2027-02');
    expect(shanghaiMonthRange('2026-12')).toEqual({ from: new Date('2026-11-30T16:00:00Z'), to: new Date('2026-12-31T16:00:00Z') });
    expect(shanghaiYearRange(2027).from).toEqual(shanghaiMonthRange('2026-12').to);
    fc.assert(
      fc.property(arbInstant, (d) => {
        const m = shanghaiMonth(d);
        expect(shanghaiMonthRange(m).to).toEqual(startOfShanghaiMonth(nextMonth(m)));
        expect(shanghaiYearRange(shanghaiYear(d)).to).toEqual(shanghaiYearRange(shanghaiYear(d) + 1).from);
      }),
    );
  });

  it('reads a Shanghai wall clock back to the instant it names', () => {
    expect(fromShanghaiDateTime('2024-01-01 12:00:00')).toEqual(new Date('2024-01-01T04:00:00Z'));
    expect(fromShanghaiDateTime('2027-01-31T23:59:59')).toEqual(new Date('2027-01-31T15:59:59Z'));
    fc.assert(
      fc.property(arbInstant, (d) =>
        expect(fromShanghaiDateTime(shanghaiDateTime(d)).getTime()).toBe(Math.floor(d.getTime() / 1000) * 1000),
      ),
    );
  });

  it('refuses dates that do not exist rather than rolling them over', () => {
    expect(isCalendarDate('2026-02-28')).toBe(true);
    expect(isCalendarDate('2026-02-30')).toBe(false);
    expect(isCalendarDate('2026/02/01')).toBe(false);
    expect(() => startOfShanghaiDay('2026-02-30')).toThrow(RangeError);
    expect(() => fromShanghaiDateTime('2026-02-01 24:00:00')).toThrow(RangeError);
    expect(() => nextMonth('2026-13')).toThrow(RangeError);
  });

  it('counts the time to the next Shanghai hour (a full day when it is that hour now)', () => {
    expect(msUntilShanghaiHour(new Date('2026-12-04T18:00:00Z'), 3)).toBe(3_600_000);
    expect(msUntilShanghaiHour(new Date('2026-12-04T19:30:00Z'), 3)).toBe(23.5 * 3_600_000);
    expect(msUntilShanghaiHour(new Date('2026-12-04T19:00:00Z'), 3)).toBe(DAY_MS);
    fc.assert(
      fc.property(arbInstant, fc.integer({ min: 0, max: 23 }), (now, hour) => {
        const at = new Date(now.getTime() + msUntilShanghaiHour(now, hour));
        expect(shanghaiHour(at)).toBe(hour);
        expect(at.getTime() % 3_600_000).toBe(0);
      }),
    );
  });
});
