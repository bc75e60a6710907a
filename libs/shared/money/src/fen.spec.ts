import { fenToYuanString, formatFen, formatWanYuan, parseFen, yuanToFen } from './fen';
import fc from 'fast-check';
import { splitLargestRemainder } from './largest-remainder';

describe('fen helpers', () => {
  it('formats prices the way the shop shows them', () => {
    expect(formatFen(6800)).toBe('¥68.00');
    expect(formatFen(123450)).toBe('¥1,234.50');
    expect(formatFen(-5)).toBe('-¥0.05');
    expect(fenToYuanString(6850)).toBe('68.50');
    expect(formatWanYuan(147_810_000)).toBe('147.81万元');
  });

  it('parses yuan strings and refuses fractions of a fen', () => {
    expect(yuanToFen('68')).toBe(6800);
    expect(yuanToFen('68.5')).toBe(6850);
    expect(() => yuanToFen('1.234')).toThrow('最多两位小数');
  });

  it('accepts bigint strings from the database but never floats', () => {
    expect(parseFen('1200000000')).toBe(1_200_000_000);
    expect(() => parseFen(1.5)).toThrow();
    expect(() => parseFen('12.5')).toThrow();
  });
});

describe('largest remainder split', () => {
  it('splits so the parts add up to the whole, to the fen', () => {
    const parts = splitLargestRemainder(1000, [1, 1, 1]);
    expect(parts).toEqual([334, 333, 333]);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(1000);
  });

  it('gives the leftover fen to the largest remainders', () => {
    expect(splitLargestRemainder(100, [2, 1])).toEqual([67, 33]);
    expect(splitLargestRemainder(10, [0.5, 0.25, 0.25])).toEqual([5, 3, 2]);
  });

  it('keeps whole and decimal weights in proportion when they are mixed', () => {
    expect(splitLargestRemainder(300, [1, 0.5])).toEqual([200, 100]);
    expect(splitLargestRemainder(700, [2, 1.5, 3.5])).toEqual([200, 150, 350]);
  });

  it('mirrors a negative total so a reversal brings the totals back to zero', () => {
    const w = [3, 7, 11];
    const fwd = splitLargestRemainder(12345, w);
    const rev = splitLargestRemainder(-12345, w);
    expect(fwd.map((p, i) => p + rev[i])).toEqual([0, 0, 0]);
  });

  it('splits a refund over what each line has left: whole fen, exact sum, no line above its weight', () => {
    // the refund path's former spreadByWeight cases, now the one rule
    expect(splitLargestRemainder(3001, [13600, 9900])).toEqual([1737, 1264]);
    expect(splitLargestRemainder(2, [1, 1, 1])).toEqual([1, 1, 0]);
    expect(splitLargestRemainder(10, [3, 3, 3, 1])).toEqual([3, 3, 3, 1]);
    expect(splitLargestRemainder(5, [0, 10])).toEqual([0, 5]);
    const big = splitLargestRemainder(1_000_000_000_007, [9_007_199_254, 3, 1_000_000_000_001]);
    expect(big.reduce((a, b) => a + b, 0)).toBe(1_000_000_000_007);
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1e12 }), { minLength: 1, maxLength: 8 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (w, f) => {
          const sum = w.reduce((a, b) => a + b, 0);
          fc.pre(sum > 0);
          const total = Math.floor(sum * f);
          const parts = splitLargestRemainder(total, w);
          expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
          parts.forEach((p, i) => expect(p).toBeLessThanOrEqual(w[i]));
        },
      ),
    );
  });

  it('refuses negative or all-zero weights', () => {
    expect(() => splitLargestRemainder(100, [1, -1])).toThrow('不能为负数');
    expect(() => splitLargestRemainder(100, [0, 0])).toThrow('大于零');
  });
});
