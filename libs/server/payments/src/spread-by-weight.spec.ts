import { spreadByWeight } from './refund.service';

describe('spreadByWeight', () => {
  it('splits in whole fen by largest remainder and adds up exactly', () => {
    expect(spreadByWeight(3001, [13600, 9900])).toEqual([1737, 1264]);
    expect(spreadByWeight(2, [1, 1, 1])).toEqual([1, 1, 0]);
    expect(spreadByWeight(10, [3, 3, 3, 1])).toEqual([3, 3, 3, 1]);
    expect(spreadByWeight(5, [0, 10])).toEqual([0, 5]);
  });

  it('never gives a line more than its weight and is exact for large amounts', () => {
    const weights = [9_007_199_254, 3, 1_000_000_000_001];
    const total = 1_000_000_000_007;
    const parts = spreadByWeight(total, weights);
    expect(parts.reduce((s, p) => s + p, 0)).toBe(total);
    parts.forEach((p, i) => expect(p).toBeLessThanOrEqual(weights[i]));
    for (let n = 0; n <= 50; n++) {
      const w = [7, 13, 30];
      const p = spreadByWeight(n, w);
      expect(p.reduce((s, x) => s + x, 0)).toBe(n);
      p.forEach((x, i) => expect(x).toBeLessThanOrEqual(w[i]));
    }
  });

  it('gives nothing when there is nothing to weigh', () => {
    expect(spreadByWeight(5, [0, 0])).toEqual([0, 0]);
    expect(spreadByWeight(0, [4, 6])).toEqual([0, 0]);
  });
});
