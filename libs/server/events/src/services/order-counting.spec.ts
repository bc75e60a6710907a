import fc from 'fast-check';
import { countOrder, OrderCountingState, settle, SettledRow } from './order-counting';

const arbLine = fc.record({
  lineId: fc.uuid(),
  productId: fc.constant('p'),
  skuId: fc.constant('s'),
  quantity: fc.integer({ min: 1, max: 20 }),
  unitPriceFen: fc.integer({ min: 1, max: 100_000 }),
  certified: fc.boolean(),
  refundShare: fc.integer({ min: 0, max: 100 }),
});
const arbState = fc
  .record({
    unitId: fc.option(fc.constantFrom('u1', 'u2'), { nil: null }),
    paid: fc.boolean(),
    received: fc.boolean(),
    rated: fc.boolean(),
    cancelled: fc.boolean(),
    lines: fc.array(arbLine, { minLength: 1, maxLength: 4 }),
  })
  .map((s): OrderCountingState => ({
    ...s,
    lines: s.lines.map(({ refundShare, ...l }) => {
      const amountFen = l.quantity * l.unitPriceFen;
      return {
        ...l,
        amountFen,
        refundedFen: Math.floor((amountFen * refundShare) / 100),
        refundedQuantity: Math.floor((l.quantity * refundShare) / 100),
      };
    }),
  }));

/** Applies settle's output to the rows, giving ids to the new originals. */
function apply(rows: SettledRow[], out: ReturnType<typeof settle>, seq: { n: number }): SettledRow[] {
  return [...rows, ...out.map((o) => ({ id: `r${++seq.n}`, key: o.key, amountFen: o.amountFen, reversesId: o.reversesId }))];
}
const sums = (rows: SettledRow[]) => {
  const m = new Map<string, number>();
  for (const r of rows) m.set(r.key, (m.get(r.key) ?? 0) + r.amountFen);
  return m;
};

describe('the counting rule', () => {
  it('counts a line only when paid and not cancelled, completes it only when received (or rated where required), and never above its amount less refunds', () => {
    fc.assert(
      fc.property(arbState, fc.boolean(), fc.boolean(), (state, requiresRating, certifiedOnly) => {
        const counted = countOrder(state, { completionRequiresRating: requiresRating, certifiedOnly });
        expect(counted.length).toBe(state.lines.filter((l) => !certifiedOnly || l.certified).length);
        for (const c of counted) {
          const l = state.lines.find((x) => x.lineId === c.lineId)!;
          const net = l.amountFen - l.refundedFen;
          expect(c.orderedFen).toBe(state.paid && !state.cancelled ? net : 0);
          expect(c.completedFen).toBe((requiresRating ? state.rated : state.received) ? c.orderedFen : 0);
          expect(c.completedFen).toBeLessThanOrEqual(c.orderedFen);
        }
      }),
    );
  });

  it('settles any sequence of targets: the ledger sums equal the last targets, reversals point at originals and never take more than is left, a repeat writes nothing', () => {
    const arbTargets = fc.array(fc.dictionary(fc.constantFrom('a|u1', 'a|u2', 'b|u1'), fc.integer({ min: 0, max: 1_000_000 })), {
      minLength: 1,
      maxLength: 8,
    });
    fc.assert(
      fc.property(arbTargets, (sequence) => {
        let rows: SettledRow[] = [];
        const seq = { n: 0 };
        for (const t of sequence) {
          const targets = new Map(Object.entries(t));
          rows = apply(rows, settle(rows, targets), seq);
          const now = sums(rows);
          for (const key of new Set([...now.keys(), ...targets.keys()])) expect(now.get(key) ?? 0).toBe(targets.get(key) ?? 0);
          expect(settle(rows, targets)).toEqual([]);
          for (const r of rows) {
            if (r.reversesId === null) {
              expect(r.amountFen).toBeGreaterThan(0);
              const taken = rows.filter((x) => x.reversesId === r.id).reduce((s, x) => s - x.amountFen, 0);
              expect(taken).toBeLessThanOrEqual(r.amountFen);
            } else {
              expect(r.amountFen).toBeLessThan(0);
              expect(rows.find((x) => x.id === r.reversesId)?.key).toBe(r.key);
            }
          }
        }
      }),
    );
  });
});
