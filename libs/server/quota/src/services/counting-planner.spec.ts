import fc from 'fast-check';
import type { OrderCountingState, OrderEventPayload } from '@yigou/server/events';
import { chinaYear, planLedgerRows, PlannedRow } from './counting-planner';

type Step =
  | { kind: 'pay' }
  | { kind: 'receive' }
  | { kind: 'rate' }
  | { kind: 'cancel' }
  | { kind: 'refund'; fen: number }
  | { kind: 'rebind'; unit: string }
  | { kind: 'repeat' };
const arbStep: fc.Arbitrary<Step> = fc.oneof(
  fc.constant({ kind: 'pay' as const }),
  fc.constant({ kind: 'receive' as const }),
  fc.constant({ kind: 'rate' as const }),
  fc.constant({ kind: 'cancel' as const }),
  fc.integer({ min: 1, max: 30_000 }).map((fen) => ({ kind: 'refund' as const, fen })),
  fc.constantFrom('u1', 'u2', 'u3').map((unit) => ({ kind: 'rebind' as const, unit })),
  fc.constant({ kind: 'repeat' as const }),
);

describe('quota counting planner', () => {
  it('after any sequence of order events (either order of payment and receipt, refunds before or after, re-bindings, repeats) the ledger holds exactly what the rule counts, for the bound unit only, each row dated by its event', () => {
    fc.assert(
      fc.property(fc.array(arbStep, { maxLength: 12 }), fc.boolean(), fc.integer({ min: 0, max: 400 }), (steps, rating, startDay) => {
        const amounts = [26_400, 9_900];
        let state: OrderCountingState = {
          unitId: 'u1',
          paid: false,
          received: false,
          rated: false,
          cancelled: false,
          lines: amounts.map((amountFen, i) => ({
            lineId: `l${i}`,
            productId: 'p',
            skuId: 's',
            quantity: 3,
            unitPriceFen: amountFen / 3,
            amountFen,
            certified: i === 0,
            refundedFen: 0,
            refundedQuantity: 0,
          })),
        };
        const rows: PlannedRow[] = [];
        let seq = 0;
        steps.forEach((step, k) => {
          const s: OrderCountingState = { ...state, lines: state.lines.map((l) => ({ ...l })) };
          if (step.kind === 'pay') s.paid = true;
          if (step.kind === 'receive') s.received = true;
          if (step.kind === 'rate') s.rated = s.received;
          if (step.kind === 'cancel' && !s.received) s.cancelled = true;
          if (step.kind === 'refund') s.lines[0].refundedFen = Math.min(s.lines[0].amountFen, s.lines[0].refundedFen + step.fen);
          if (step.kind === 'rebind') s.unitId = step.unit;
          state = s;
          const at = new Date(Date.UTC(2026, 0, 1) + (startDay + k * 20) * 86_400_000);
          const p: OrderEventPayload = {
            orderId: 'o',
            orderNo: 'YG1',
            buyerId: 'b',
            unitId: s.unitId,
            supplierId: 'sup',
            liveSessionId: null,
            totalFen: 0,
            paidFen: 0,
            lines: [],
            occurredAt: at.toISOString(),
            state: s,
          };
          const written = planLedgerRows(p, rows, rating).map((r) => ({ ...r, id: `q${++seq}` }));
          for (const r of written) expect(r.year).toBe(chinaYear(at));
          rows.push(...written);
        });
        const net = state.paid && !state.cancelled ? amounts[0] - state.lines[0].refundedFen : 0;
        const done = rating ? state.rated : state.received;
        for (const unit of ['u1', 'u2', 'u3']) {
          const sum = (kind: string) => rows.filter((r) => r.unitId === unit && r.kind === kind).reduce((a, r) => a + r.amountFen, 0);
          expect(sum('ordered')).toBe(unit === state.unitId ? net : 0);
          expect(sum('completed')).toBe(unit === state.unitId && done ? net : 0);
        }
        // only the certified line counts
        expect(rows.every((r) => r.lineId === 'l0')).toBe(true);
      }),
    );
  });
});
