import fc from 'fast-check';
import type { EntityManager } from 'typeorm';
import { applySummaries } from './attribution-ledger.service';
import type { PlannedRow } from './attribution-planner';
import { bucketKey, bucketsFromHouseholdSums, HouseholdDelta, householdDeltas, HouseholdSumKey, sumKey } from './attribution-summaries';

const household = (i: number) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;

/**
 * The three summary tables as a map per household sum, answering the consumer's upserts as PostgreSQL would (the
 * returned rows in reverse order, so nothing relies on it) and recording the bucket upsert.
 */
function fakeTables(sums: Map<string, HouseholdDelta>) {
  const bucketRows: { key: string; amount: number; households: number; people: number }[] = [];
  const add = (d: HouseholdSumKey, amount: number) => {
    const cur = sums.get(sumKey(d)) ?? { ...d, amountFen: 0, members: 0 };
    cur.amountFen += amount;
    sums.set(sumKey(d), cur);
    return cur.amountFen;
  };
  const em = {
    async query(sql: string, params: unknown[]) {
      if (sql.includes('attribution_household_year')) {
        const [ids, years, counties, maps] = params as [string[], number[], string[], string[]];
        return ids
          .map((householdId, i) => {
            const out: Record<string, string> = {};
            for (const [k, v] of Object.entries(JSON.parse(maps[i]) as Record<string, number>)) {
              const at = k.indexOf(':');
              const d = { countyCode: counties[i], year: years[i], dim: k.slice(0, at) as never, key: k.slice(at + 1), householdId };
              out[k] = String(add(d, v));
            }
            return { household_id: householdId, year: years[i], county_code: counties[i], sums: out };
          })
          .reverse();
      }
      if (sql.includes('attribution_household_sum')) {
        const [counties, years, dims, keys, ids, amounts] = params as [string[], number[], string[], string[], string[], number[]];
        return ids
          .map((householdId, i) => {
            const d = { countyCode: counties[i], year: years[i], dim: dims[i] as never, key: keys[i], householdId };
            return {
              county_code: d.countyCode,
              year: d.year,
              dim: d.dim,
              key: d.key,
              household_id: householdId,
              amount_fen: String(add(d, amounts[i])),
            };
          })
          .reverse();
      }
      const [counties, years, dims, keys, amounts, households, people] = params as [
        string[],
        number[],
        string[],
        string[],
        number[],
        number[],
        number[],
      ];
      counties.forEach((countyCode, i) =>
        bucketRows.push({
          key: bucketKey({ countyCode, year: years[i], dim: dims[i] as never, key: keys[i] }),
          amount: amounts[i],
          households: households[i],
          people: people[i],
        }),
      );
      return [];
    },
  } as unknown as EntityManager;
  return { em, bucketRows };
}

const arbRow = fc.record({
  h: fc.integer({ min: 1, max: 12 }),
  county: fc.constantFrom('141034', '141000'),
  village: fc.constantFrom('141034100', '141034101'),
  category: fc.constantFrom('lifted', 'marginal'),
  product: fc.constantFrom('p1', 'p2'),
  unit: fc.constantFrom('u1', 'u2', null),
  session: fc.constantFrom('s1', null),
  year: fc.constantFrom(2026, 2027),
  month: fc.constantFrom('2026-01', '2026-02'),
  amount: fc.integer({ min: -300, max: 300 }),
});

type Arb = typeof arbRow extends fc.Arbitrary<infer T> ? T : never;

const toRow = (r: Arb): PlannedRow => ({
  eventId: '1',
  eventType: 'order.received',
  orderId: 'o',
  orderNo: 'n',
  lineId: 'l',
  householdId: household(r.h),
  countyCode: r.county,
  villageCode: r.village,
  category: r.category,
  // a household's members as the rows carry them (the same in every row of the household here)
  members: (r.h % 4) + 1,
  supplierId: 's',
  productId: r.product,
  unitId: r.unit,
  liveSessionId: r.session,
  ruleId: null,
  amountFen: r.amount,
  year: r.year,
  month: r.month,
  occurredAt: '2026-01-01T00:00:00.000Z',
});

describe('applySummaries (the batch moves of the household sums and the report buckets)', () => {
  it('moves every bucket by what counting all rows from scratch gives: the net, and households and people with a positive net', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(arbRow, { maxLength: 30 }),
        fc.array(fc.array(arbRow, { maxLength: 25 }), { minLength: 1, maxLength: 6 }),
        async (earlier, events) => {
          // sums left by earlier rows, as the tables hold them
          const sums = new Map(householdDeltas(earlier.map(toRow)));
          const before = bucketsFromHouseholdSums([...sums.values()].map((s) => ({ ...s })));
          const { em, bucketRows } = fakeTables(sums);
          await applySummaries(
            em,
            events.map((rows) => rows.map(toRow)),
          );
          const after = bucketsFromHouseholdSums(householdDeltas([...earlier, ...events.flat()].map(toRow)).values());
          // the stored household sums are those of all rows
          for (const [k, s] of householdDeltas([...earlier, ...events.flat()].map(toRow))) expect(sums.get(k)?.amountFen).toBe(s.amountFen);
          // each bucket the batch touched moved from what all earlier rows give to what all rows give
          expect(new Set(bucketRows.map((b) => b.key)).size).toBe(bucketRows.length);
          for (const b of bucketRows) {
            const was = before.get(b.key) ?? { amountFen: 0, households: 0, people: 0 };
            const now = after.get(b.key) ?? { amountFen: 0, households: 0, people: 0 };
            expect([b.amount, b.households, b.people]).toEqual([
              now.amountFen - was.amountFen,
              now.households - was.households,
              now.people - was.people,
            ]);
          }
          // and no bucket the batch changed was left out
          const touched = new Set(bucketRows.map((b) => b.key));
          for (const [k, now] of after) {
            const was = before.get(k) ?? { amountFen: 0, households: 0, people: 0 };
            if (now.amountFen !== was.amountFen || now.households !== was.households) expect(touched.has(k)).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
