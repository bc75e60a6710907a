import fc from 'fast-check';
import type { EntityManager } from 'typeorm';
import { applySummaries } from './attribution-ledger.service';
import { holdings, LinePart, MovedLine, PlannedRow } from './attribution-planner';
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

/** The households of the test: what a split's part carries of each (members the same in every split, as the registry gives them). */
const householdOf = (h: number) => ({
  householdId: household(h),
  countyCode: h % 3 === 0 ? '141000' : '141034',
  villageCode: h % 2 === 0 ? '141034100' : '141034101',
  category: h % 5 < 2 ? 'lifted' : 'marginal',
  members: (h % 4) + 1,
});

/** A split: distinct households (in id order, as `splitAttribution` gives them), each with a positive part. */
const arbSplit = fc
  .uniqueArray(fc.record({ h: fc.integer({ min: 1, max: 12 }), fen: fc.integer({ min: 1, max: 300 }) }), {
    minLength: 1,
    maxLength: 8,
    selector: (p) => p.h,
  })
  .map((ps): LinePart[] => [...ps].sort((a, b) => a.h - b.h).map((p) => ({ ...householdOf(p.h), amountFen: p.fen })));

/** A movement of a line of split `split` (an index into the run's splits), from one target to another. */
const arbMove = fc.record({
  split: fc.nat(),
  before: fc.integer({ min: 0, max: 2_500 }),
  after: fc.integer({ min: 0, max: 2_500 }),
  product: fc.constantFrom('p1', 'p2'),
  unit: fc.constantFrom('u1', 'u2', null),
  session: fc.constantFrom('s1', null),
  year: fc.constantFrom(2026, 2027),
  month: fc.constantFrom('2026-01', '2026-02'),
});

type ArbMove = typeof arbMove extends fc.Arbitrary<infer T> ? T : never;

const toMoved =
  (splits: readonly LinePart[][]) =>
  (m: ArbMove): MovedLine => ({
    parts: splits[m.split % splits.length],
    movement: {
      eventId: '1',
      eventType: 'order.received',
      orderId: 'o',
      orderNo: 'n',
      lineId: 'l',
      supplierId: 's',
      productId: m.product,
      unitId: m.unit,
      liveSessionId: m.session,
      ruleId: null,
      targetBeforeFen: m.before,
      targetAfterFen: m.after,
      year: m.year,
      month: m.month,
      occurredAt: '2026-01-01T00:00:00.000Z',
    },
  });

/** Each household's move by a movement, from `holdings` itself (not the consumer's remembered holdings): the rows from scratch. */
const rowsOf = ({ movement: m, parts }: MovedLine): PlannedRow[] => {
  const before = holdings(m.targetBeforeFen, parts);
  const after = holdings(m.targetAfterFen, parts);
  return parts.flatMap((p, i) => (after[i] === before[i] ? [] : [{ ...m, ...p, amountFen: after[i] - before[i] }]));
};

describe('applySummaries (the batch moves of the household sums and the report buckets)', () => {
  it('moves every bucket by what counting all household moves from scratch gives: the net, and households and people with a positive net', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(arbSplit, { minLength: 1, maxLength: 4 }),
        fc.array(arbMove, { maxLength: 10 }),
        fc.array(fc.array(arbMove, { maxLength: 6 }), { minLength: 1, maxLength: 6 }),
        async (splits, earlierMoves, eventMoves) => {
          const earlier = earlierMoves.map(toMoved(splits)).flatMap(rowsOf);
          const events = eventMoves.map((ms) => ms.map(toMoved(splits)));
          const all = [...earlier, ...events.flat().flatMap(rowsOf)];
          // sums left by earlier moves, as the tables hold them
          const sums = new Map(householdDeltas(earlier));
          const before = bucketsFromHouseholdSums([...sums.values()].map((s) => ({ ...s })));
          const { em, bucketRows } = fakeTables(sums);
          await applySummaries(em, events);
          const after = bucketsFromHouseholdSums(householdDeltas(all).values());
          // the stored household sums are those of all moves, and no sum was written that no household moved
          const want = householdDeltas(all);
          for (const [k, s] of want) expect(sums.get(k)?.amountFen).toBe(s.amountFen);
          expect([...sums.keys()].filter((k) => !want.has(k))).toEqual([]);
          // each bucket the batch touched moved from what all earlier moves give to what all moves give
          expect(new Set(bucketRows.map((b) => b.key)).size).toBe(bucketRows.length);
          const moved = new Set(
            events
              .flat()
              .flatMap(rowsOf)
              .flatMap((r) => [...householdDeltas([r]).values()].map((d) => bucketKey(d))),
          );
          for (const b of bucketRows) {
            expect(moved.has(b.key)).toBe(true);
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

  it('where a household has different members in two splits of the batch, moves people event by event as the moves came', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(arbSplit, fc.integer({ min: 1, max: 6 })), { minLength: 2, maxLength: 4 }),
        fc.array(arbMove, { maxLength: 10 }),
        fc.array(fc.array(arbMove, { maxLength: 6 }), { minLength: 1, maxLength: 6 }),
        async (splitsAndMembers, earlierMoves, eventMoves) => {
          // the same household counts different members in different splits (its registry entry changed between them)
          const splits = splitsAndMembers.map(([parts, m]) => parts.map((p) => ({ ...p, members: m })));
          const earlier = earlierMoves.map(toMoved(splits)).flatMap(rowsOf);
          const events = eventMoves.map((ms) => ms.map(toMoved(splits)));
          const sums = new Map(householdDeltas(earlier));
          // the oracle: each event's net per household and bucket (members of its first move), applied in turn
          const running = new Map([...sums].map(([k, v]) => [k, v.amountFen]));
          const want = new Map<string, { amount: number; households: number; people: number }>();
          for (const ms of events) {
            for (const [k, d] of householdDeltas(ms.flatMap(rowsOf))) {
              const old = running.get(k) ?? 0;
              const now = old + d.amountFen;
              running.set(k, now);
              const crossed = (now > 0 ? 1 : 0) - (old > 0 ? 1 : 0);
              const b = want.get(bucketKey(d)) ?? { amount: 0, households: 0, people: 0 };
              want.set(bucketKey(d), {
                amount: b.amount + d.amountFen,
                households: b.households + crossed,
                people: b.people + crossed * d.members,
              });
            }
          }
          const { em, bucketRows } = fakeTables(sums);
          await applySummaries(em, events);
          expect(
            Object.fromEntries(bucketRows.map((b) => [b.key, { amount: b.amount, households: b.households, people: b.people }])),
          ).toEqual(Object.fromEntries(want));
          for (const [k, v] of running) expect(sums.get(k)?.amountFen ?? 0).toBe(v);
        },
      ),
      { numRuns: 300 },
    );
  });
});
