import { daysBetween, dueThreshold, isValidDate } from './certification.service';

describe('certification expiry thresholds', () => {
  it('counts whole calendar days', () => {
    expect(daysBetween('2026-11-02', '2027-01-31')).toBe(90);
    expect(daysBetween('2027-01-31', '2027-01-31')).toBe(0);
  });

  it('is due at 90, 30 and 7 days before, and once expired', () => {
    expect(dueThreshold('2026-11-01', '2027-01-31')).toBeNull(); // 91 days
    expect(dueThreshold('2026-11-02', '2027-01-31')).toBe('d90');
    expect(dueThreshold('2027-01-01', '2027-01-31')).toBe('d30');
    expect(dueThreshold('2027-01-24', '2027-01-31')).toBe('d7');
    expect(dueThreshold('2027-01-31', '2027-01-31')).toBe('d7'); // the last valid day
    expect(dueThreshold('2027-02-01', '2027-01-31')).toBe('expired');
  });

  it('accepts only real calendar dates', () => {
    expect(isValidDate('2028-02-29')).toBe(true);
    expect(isValidDate('2027-02-29')).toBe(false);
    expect(isValidDate('2027-13-01')).toBe(false);
  });
});
