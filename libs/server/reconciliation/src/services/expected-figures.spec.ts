import { decimalToScaled, expectedFigures, ruleAmount } from './expected-figures';
import type { OrderFacts, RegistryFacts } from './order-facts';

const at = (s: string) => new Date(`${s}+08:00`);
const registry = (over: Partial<RegistryFacts> = {}): RegistryFacts => ({
  unitRegion: new Map([['u1', '141034']]),
  ratingRequired: new Map(),
  rules: [
    {
      id: 'r1',
      supplierId: 's1',
      productId: null,
      kind: 'per_unit',
      fenPerUnit: 1000,
      percent: null,
      validFrom: '2020-01-01',
      validTo: null,
    },
  ],
  links: [
    { supplierId: 's1', productId: null, householdId: 'h1', weight: '1', validFrom: '2020-01-01', validTo: null },
    { supplierId: 's1', productId: null, householdId: 'h2', weight: '2', validFrom: '2020-01-01', validTo: null },
  ],
  households: new Map([
    ['h1', { id: 'h1', countyCode: '141034' }],
    ['h2', { id: 'h2', countyCode: '141034' }],
  ]),
  ...over,
});
const order = (over: Partial<OrderFacts> = {}): OrderFacts => ({
  orderId: 'o1',
  orderNo: 'YG1',
  unitAtCheckout: 'u1',
  supplierId: 's1',
  liveSessionId: null,
  paidAt: null,
  receivedAt: null,
  completedAt: null,
  cancelledAt: null,
  paidFen: 0,
  lines: [{ lineId: 'l1', productId: 'p1', quantity: 3, amountFen: 9000, certified: true }],
  refunds: [],
  rebindings: [],
  ...over,
});
const quota = (o: OrderFacts, r = registry()) => expectedFigures(o, r).quota.map((c) => [c.unitId, c.month, c.kind, c.amountFen]);
const households = (o: OrderFacts, r = registry()) => expectedFigures(o, r).attribution.map((c) => [c.householdId, c.month, c.amountFen]);

describe('expected figures from order facts', () => {
  it('a ship-first order received before it is paid completes when the payment arrives, in the payment month', () => {
    const o = order({ receivedAt: at('2026-12-20T10:00:00'), paidAt: at('2027-01-03T09:00:00'), paidFen: 9000 });
    expect(quota(o)).toEqual([
      ['u1', '2027-01', 'ordered', 9000],
      ['u1', '2027-01', 'completed', 9000],
    ]);
  });

  it('received but never paid counts nothing anywhere', () => {
    const o = order({ receivedAt: at('2026-12-20T10:00:00') });
    expect(expectedFigures(o, registry())).toEqual({ quota: [], attribution: [], live: null });
  });

  it('a refund before receipt leaves it out of the completed amount and of what households get', () => {
    const o = order({
      paidAt: at('2026-12-01T10:00:00'),
      receivedAt: at('2026-12-05T10:00:00'),
      refunds: [{ at: at('2026-12-02T10:00:00'), amountFen: 3000, lines: [{ lineId: 'l1', amountFen: 3000 }] }],
    });
    expect(quota(o)).toEqual([
      ['u1', '2026-12', 'ordered', 6000],
      ['u1', '2026-12', 'completed', 6000],
    ]);
    // A = 3 × 1000 split 1:2 → parts 1000 / 2000; completed 6000 of 9000 → T = 2000 split over the parts
    expect(households(o)).toEqual([
      ['h1', '2026-12', 667],
      ['h2', '2026-12', 1333],
    ]);
  });

  it('a January refund of a December order subtracts in January, for quota and households alike', () => {
    const o = order({
      paidAt: at('2026-12-30T10:00:00'),
      receivedAt: at('2026-12-31T10:00:00'),
      refunds: [{ at: at('2027-01-02T10:00:00'), amountFen: 9000, lines: [{ lineId: 'l1', amountFen: 9000 }] }],
    });
    expect(quota(o)).toEqual([
      ['u1', '2026-12', 'ordered', 9000],
      ['u1', '2026-12', 'completed', 9000],
      ['u1', '2027-01', 'ordered', -9000],
      ['u1', '2027-01', 'completed', -9000],
    ]);
    expect(households(o)).toEqual([
      ['h1', '2026-12', 1000],
      ['h2', '2026-12', 2000],
      ['h1', '2027-01', -1000],
      ['h2', '2027-01', -2000],
    ]);
  });

  it('an approved re-binding moves the whole counted amount to the new unit in the month it was approved', () => {
    const o = order({
      unitAtCheckout: 'u1',
      paidAt: at('2026-11-01T10:00:00'),
      receivedAt: at('2026-11-05T10:00:00'),
      rebindings: [{ at: at('2026-12-10T10:00:00'), fromUnitId: 'u1', toUnitId: 'u2' }],
    });
    expect(quota(o)).toEqual([
      ['u1', '2026-11', 'ordered', 9000],
      ['u1', '2026-11', 'completed', 9000],
      ['u1', '2026-12', 'ordered', -9000],
      ['u1', '2026-12', 'completed', -9000],
      ['u2', '2026-12', 'ordered', 9000],
      ['u2', '2026-12', 'completed', 9000],
    ]);
  });

  it('where the jurisdiction requires a rating, the completed amount waits for it', () => {
    const o = order({ paidAt: at('2026-05-01T10:00:00'), receivedAt: at('2026-05-03T10:00:00'), completedAt: at('2026-06-01T10:00:00') });
    expect(quota(o, registry({ ratingRequired: new Map([['141034:2026', true]]) }))).toEqual([
      ['u1', '2026-05', 'ordered', 9000],
      ['u1', '2026-06', 'completed', 9000],
    ]);
  });

  it('where a rating becomes required in the new year, an order completed before keeps counting: a refund takes back what it refunds', () => {
    const o = order({
      paidAt: at('2026-12-01T10:00:00'),
      receivedAt: at('2026-12-05T10:00:00'),
      refunds: [{ at: at('2027-01-10T10:00:00'), amountFen: 1000, lines: [{ lineId: 'l1', amountFen: 1000 }] }],
    });
    expect(quota(o, registry({ ratingRequired: new Map([['141034:2027', true]]) }))).toEqual([
      ['u1', '2026-12', 'ordered', 9000],
      ['u1', '2026-12', 'completed', 9000],
      ['u1', '2027-01', 'ordered', -1000],
      ['u1', '2027-01', 'completed', -1000],
    ]);
  });

  it('where the requirement is dropped in the new year, an order received unrated under it still waits for its rating', () => {
    const o = order({
      paidAt: at('2026-12-01T10:00:00'),
      receivedAt: at('2026-12-05T10:00:00'),
      refunds: [{ at: at('2027-01-10T10:00:00'), amountFen: 1000, lines: [{ lineId: 'l1', amountFen: 1000 }] }],
      completedAt: at('2027-02-01T10:00:00'),
    });
    const rules = new Map([
      ['141034:2026', true],
      ['141034:2027', false],
    ]);
    expect(quota(o, registry({ ratingRequired: rules }))).toEqual([
      ['u1', '2026-12', 'ordered', 9000],
      ['u1', '2027-01', 'ordered', -1000],
      ['u1', '2027-02', 'completed', 8000],
    ]);
  });

  it('ship-first: the requirement is that of the year the order became both paid and received', () => {
    const o = order({ receivedAt: at('2026-12-20T10:00:00'), paidAt: at('2027-01-05T10:00:00') });
    expect(quota(o, registry({ ratingRequired: new Map([['141034:2026', true]]) }))).toEqual([
      ['u1', '2027-01', 'ordered', 9000],
      ['u1', '2027-01', 'completed', 9000],
    ]);
  });

  it('a live order counts its lines’ ordered amount, and leaves the session once fully refunded (shipping aside)', () => {
    const paid = { liveSessionId: 'ls1', paidAt: at('2026-05-01T10:00:00'), paidFen: 10_000 };
    expect(expectedFigures(order(paid), registry()).live).toEqual({ sessionId: 'ls1', orderId: 'o1', orders: 1, salesFen: 9000 });
    const refunded = order({
      ...paid,
      refunds: [{ at: at('2026-05-02T10:00:00'), amountFen: 9000, lines: [{ lineId: 'l1', amountFen: 9000 }] }],
    });
    expect(expectedFigures(refunded, registry()).live).toEqual({ sessionId: 'ls1', orderId: 'o1', orders: 0, salesFen: 0 });
  });

  it('takes revenue shares as exact decimals: 8.2 % and 4.35 % of a line, to the fen', () => {
    expect(decimalToScaled('8.20', 2)).toBe(820n);
    expect(decimalToScaled('4.35', 2)).toBe(435n);
    expect(decimalToScaled('12.5000', 4)).toBe(125_000n);
    const rule = {
      id: 'r',
      supplierId: 's',
      productId: null,
      kind: 'revenue_share' as const,
      fenPerUnit: null,
      percent: '4.35',
      validFrom: '2020-01-01',
      validTo: null,
    };
    expect(ruleAmount(rule, 1, 9999)).toBe(434); // 9999 × 435 / 10000 = 434.96… rounded down
  });
});
