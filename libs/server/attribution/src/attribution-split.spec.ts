import fc from 'fast-check';
import { attributableFen } from './attribution-strategy';
import { reversalTotal, splitAttribution, splitReversal } from './attribution-split';

const household = (i: number) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;

const arbLine = fc.record({ quantity: fc.integer({ min: 1, max: 500 }), amountFen: fc.integer({ min: 1, max: 50_000_000 }) });
const arbRule = fc.oneof(
  fc.record({ kind: fc.constant('per_unit' as const), fenPerUnit: fc.integer({ min: 1, max: 100_000 }), percent: fc.constant(null) }),
  fc.record({ kind: fc.constant('revenue_share' as const), fenPerUnit: fc.constant(null), percent: fc.integer({ min: 1, max: 10_000 }).map((bp) => bp / 100) }),
);
// weights as stored: numeric(14,4), whole or with decimals, mixed
const arbWeights = fc.array(fc.oneof(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 1, max: 10_000_000 }).map((x) => x / 10_000)), { minLength: 1, maxLength: 60 });

describe('attribution split engine', () => {
  it('attributes no more than the line earned and never a negative amount, for either rule kind', () => {
    fc.assert(
      fc.property(arbLine, arbRule, (line, rule) => {
        const a = attributableFen(rule, line);
        expect(Number.isSafeInteger(a)).toBe(true);
        expect(a).toBeGreaterThanOrEqual(0);
        expect(a).toBeLessThanOrEqual(line.amountFen);
      }),
    );
  });

  it('splits the attributable amount so the parts add up exactly and none is negative', () => {
    fc.assert(
      fc.property(arbLine, arbRule, arbWeights, (line, rule, weights) => {
        const total = attributableFen(rule, line);
        const parts = splitAttribution(total, weights.map((w, i) => ({ householdId: household(i), weight: w })));
        expect(parts.reduce((s, p) => s + p.amountFen, 0)).toBe(total);
        for (const p of parts) expect(p.amountFen).toBeGreaterThan(0);
        // proportional: every household gets its exact share rounded down or up
        const sumW = weights.reduce((a, w) => a + Math.round(w * 10_000), 0);
        weights.forEach((w, i) => {
          const exact = (total * Math.round(w * 10_000)) / sumW;
          const got = parts.find((p) => p.householdId === household(i))?.amountFen ?? 0;
          expect(got).toBeGreaterThanOrEqual(Math.floor(exact) - 1e-9);
          expect(got).toBeLessThanOrEqual(Math.ceil(exact) + 1e-9);
        });
      }),
    );
  });

  it('refunds in any number of steps take back proportionally, never more than a household got, and a full refund brings every household to zero', () => {
    fc.assert(
      fc.property(arbLine, arbRule, arbWeights, fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 6 }), (line, rule, weights, steps) => {
        const total = attributableFen(rule, line);
        const parts = splitAttribution(total, weights.map((w, i) => ({ householdId: household(i), weight: w })));
        const held = parts.map((p) => ({ householdId: p.householdId, amountFen: p.amountFen, reversedFen: 0 }));
        // refund steps as shares of the line, the last one refunding whatever is left
        const sum = steps.reduce((a, b) => a + b, 0);
        let refunded = 0;
        let reversed = 0;
        steps.forEach((s, k) => {
          const refund = k === steps.length - 1 ? line.amountFen - refunded : Math.floor((line.amountFen * s) / sum);
          const r = reversalTotal({ attributableFen: total, lineAmountFen: line.amountFen, refundedBeforeFen: refunded, refundFen: refund, reversedBeforeFen: reversed });
          expect(r).toBeGreaterThanOrEqual(0);
          const rev = splitReversal(r, held);
          expect(-rev.reduce((a, x) => a + x.amountFen, 0) === r).toBe(true);
          for (const x of rev) {
            const h = held.find((p) => p.householdId === x.householdId)!;
            h.reversedFen -= x.amountFen;
            expect(h.reversedFen).toBeLessThanOrEqual(h.amountFen);
          }
          refunded += refund;
          reversed += r;
          // proportional: what is reversed so far is the refunded share of the total, rounded down
          if (refunded < line.amountFen) expect(reversed).toBe(Math.floor((total * refunded) / line.amountFen));
        });
        expect(reversed).toBe(total);
        for (const h of held) expect(h.amountFen - h.reversedFen).toBe(0);
      }),
    );
  });

  it('splits mixed whole and decimal weights on one scale', () => {
    expect(splitAttribution(1000, [{ householdId: 'a', weight: 3 }, { householdId: 'b', weight: 1.5 }])).toEqual([
      { householdId: 'a', amountFen: 667 },
      { householdId: 'b', amountFen: 333 },
    ]);
  });

  it('computes 18.00 yuan per box and 12% of revenue exactly', () => {
    expect(attributableFen({ kind: 'per_unit', fenPerUnit: 1800, percent: null }, { quantity: 3, amountFen: 26_400 })).toBe(5_400);
    expect(attributableFen({ kind: 'revenue_share', fenPerUnit: null, percent: 12 }, { quantity: 1, amountFen: 12_345 })).toBe(1_481);
    expect(splitAttribution(1000, [{ householdId: 'b', weight: 1 }, { householdId: 'a', weight: 2 }])).toEqual([
      { householdId: 'a', amountFen: 667 },
      { householdId: 'b', amountFen: 333 },
    ]);
  });
});
