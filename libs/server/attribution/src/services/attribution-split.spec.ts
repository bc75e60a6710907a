import fc from 'fast-check';
import { attributableFen, percentToBasisPoints } from './attribution-strategy';
import { splitAttribution } from './attribution-split';
import { attributedTarget, householdTargets } from './attribution-planner';

const household = (i: number) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;

const arbLine = fc.record({ quantity: fc.integer({ min: 1, max: 500 }), amountFen: fc.integer({ min: 1, max: 50_000_000 }) });
const arbRule = fc.oneof(
  fc.record({ kind: fc.constant('per_unit' as const), fenPerUnit: fc.integer({ min: 1, max: 100_000 }), basisPoints: fc.constant(null) }),
  fc.record({
    kind: fc.constant('revenue_share' as const),
    fenPerUnit: fc.constant(null),
    basisPoints: fc.integer({ min: 1, max: 10_000 }),
  }),
);
// weights as stored: numeric(14,4), whole or with decimals, mixed
const arbWeights = fc.array(
  fc.oneof(
    fc.integer({ min: 1, max: 10_000 }),
    fc.integer({ min: 1, max: 10_000_000 }).map((x) => x / 10_000),
  ),
  { minLength: 1, maxLength: 60 },
);

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
        const parts = splitAttribution(
          total,
          weights.map((w, i) => ({ householdId: household(i), weight: w })),
        );
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
      fc.property(
        arbLine,
        arbRule,
        arbWeights,
        fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 6 }),
        (line, rule, weights, steps) => {
          const total = attributableFen(rule, line);
          const split = splitAttribution(
            total,
            weights.map((w, i) => ({ householdId: household(i), weight: w })),
          );
          const parts = split.map((p) => ({ ...p, countyCode: '', villageCode: '', category: '', members: 1 }));
          const sum = steps.reduce((a, b) => a + b, 0);
          let refunded = 0;
          steps.forEach((s, k) => {
            refunded += k === steps.length - 1 ? line.amountFen - refunded : Math.floor((line.amountFen * s) / sum);
            const counted = line.amountFen - refunded;
            const target = attributedTarget(total, line.amountFen, counted);
            // proportional: what still reaches households is the counted share of the total, rounded down
            expect(target).toBe(counted >= line.amountFen ? total : Math.floor((total * counted) / line.amountFen));
            const byHousehold = householdTargets(target, parts);
            expect([...byHousehold.values()].reduce((a, b) => a + b, 0)).toBe(target);
            for (const p of parts) {
              expect(byHousehold.get(p.householdId)).toBeGreaterThanOrEqual(0);
              expect(byHousehold.get(p.householdId)).toBeLessThanOrEqual(p.amountFen);
            }
          });
          for (const v of householdTargets(attributedTarget(total, line.amountFen, 0), parts).values()) expect(v).toBe(0);
        },
      ),
    );
  });

  it('reads percentages from their decimal digits: 8.2 % and 4.35 % are exact basis points, three decimals are refused', () => {
    expect(percentToBasisPoints(String(8.2))).toBe(820);
    expect(percentToBasisPoints('4.35')).toBe(435);
    expect(percentToBasisPoints('10')).toBe(1000);
    expect(percentToBasisPoints('10.50')).toBe(1050);
    expect(percentToBasisPoints('100')).toBe(10000);
    expect(percentToBasisPoints('0.005')).toBeNull();
    expect(percentToBasisPoints('-1')).toBeNull();
    expect(percentToBasisPoints('1e2')).toBeNull();
    fc.assert(fc.property(fc.integer({ min: 0, max: 10_000 }), (bp) => expect(percentToBasisPoints(String(bp / 100))).toBe(bp)));
  });

  it('splits mixed whole and decimal weights on one scale', () => {
    expect(
      splitAttribution(1000, [
        { householdId: 'a', weight: 3 },
        { householdId: 'b', weight: 1.5 },
      ]),
    ).toEqual([
      { householdId: 'a', amountFen: 667 },
      { householdId: 'b', amountFen: 333 },
    ]);
  });

  it('computes 18.00 yuan per box and 12% of revenue exactly', () => {
    expect(attributableFen({ kind: 'per_unit', fenPerUnit: 1800, basisPoints: null }, { quantity: 3, amountFen: 26_400 })).toBe(5_400);
    expect(attributableFen({ kind: 'revenue_share', fenPerUnit: null, basisPoints: 1200 }, { quantity: 1, amountFen: 12_345 })).toBe(1_481);
    expect(
      splitAttribution(1000, [
        { householdId: 'b', weight: 1 },
        { householdId: 'a', weight: 2 },
      ]),
    ).toEqual([
      { householdId: 'a', amountFen: 667 },
      { householdId: 'b', amountFen: 333 },
    ]);
  });
});
