import fc from 'fast-check';
import { Client } from 'pg';
import { splitLargestRemainder } from '@yigou/shared/money';
import { householdTargets, splitAttribution } from '@yigou/server/attribution';
import { createSuiteDatabase } from '@yigou/server/testing';

/**
 * `attribution_split(total, parts)` in SQL against the JavaScript split it must equal (`splitLargestRemainder`, and
 * `householdTargets` over a line's first split): readers that expand a line's target per household in SQL must give
 * the fen the consumer gives.
 */
describe('attribution_split in SQL', () => {
  let db: { url: string; drop(): Promise<void> };
  let pg: Client;
  beforeAll(async () => {
    db = await createSuiteDatabase();
    pg = new Client({ connectionString: db.url });
    await pg.connect();
  });
  afterAll(async () => {
    await pg.end();
    await db.drop();
  });

  /** Each case's split in SQL, all cases in one statement. */
  async function sqlSplits(cases: readonly { total: number; parts: readonly number[] }[]): Promise<number[][]> {
    const { rows } = await pg.query<{ s: string[] }>(
      `SELECT attribution_split(u.t, u.p::bigint[]) AS s FROM unnest($1::bigint[], $2::text[]) WITH ORDINALITY AS u(t, p, n) ORDER BY u.n`,
      [cases.map((c) => c.total), cases.map((c) => `{${c.parts.join(',')}}`)],
    );
    return rows.map((r) => r.s.map(Number));
  }

  it('splits like the JavaScript largest remainder: exact sums, leftover fen to the largest remainders, ties to the earlier part', async () => {
    const fixed = [
      { total: 1000, parts: [1, 1, 1] },
      { total: 100, parts: [2, 1] },
      { total: 3001, parts: [13600, 9900] },
      { total: 2, parts: [1, 1, 1] },
      { total: 5, parts: [0, 10] },
      { total: -12345, parts: [3, 7, 11] },
      { total: 0, parts: [5, 5] },
      { total: 1_000_000_000_007, parts: [9_007_199_254, 3, 1_000_000_000_001] },
    ];
    expect(await sqlSplits(fixed)).toEqual(fixed.map((c) => splitLargestRemainder(c.total, c.parts)));
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            parts: fc.array(fc.oneof(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 1e12 })), { minLength: 1, maxLength: 40 }),
            share: fc.double({ min: -1.5, max: 1.5, noNaN: true }),
          }),
          { minLength: 1, maxLength: 50 },
        ),
        async (raw) => {
          const cases = raw
            .filter((c) => c.parts.some((p) => p > 0))
            .map((c) => ({ parts: c.parts, total: Math.trunc(c.parts.reduce((a, b) => a + b, 0) * c.share) }));
          if (!cases.length) return;
          expect(await sqlSplits(cases)).toEqual(cases.map((c) => splitLargestRemainder(c.total, c.parts)));
        },
      ),
      { numRuns: 60 },
    );
  });

  it("gives each household of a 458-household line the consumer's share of any target", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 1, max: 40_000 }), { minLength: 458, maxLength: 458 }),
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 5, maxLength: 5 }),
        async (weights, attributable, shares) => {
          // a line's first split: the rule's amount over the linked households by weight (4-decimal weights)
          const parts = splitAttribution(
            attributable,
            weights.map((w, i) => ({ householdId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, weight: w / 10_000 })),
          );
          const partFen = parts.map((p) => p.amountFen);
          const whole = partFen.reduce((a, b) => a + b, 0);
          const targets = shares.map((s) => Math.floor(whole * s));
          const sql = await sqlSplits(targets.map((total) => ({ total, parts: partFen })));
          targets.forEach((target, k) => {
            const js = householdTargets(
              target,
              parts.map((p) => ({ ...p, countyCode: '', villageCode: '', category: '', members: 1 })),
            );
            expect(sql[k]).toEqual(parts.map((p) => js.get(p.householdId)));
            expect(sql[k].reduce((a, b) => a + b, 0)).toBe(target);
          });
        },
      ),
      { numRuns: 20 },
    );
  });

  it('refuses what the JavaScript split refuses', async () => {
    await expect(sqlSplits([{ total: 100, parts: [0, 0] }])).rejects.toThrow('权重之和必须大于零');
    await expect(sqlSplits([{ total: 100, parts: [1, -1] }])).rejects.toThrow('权重不能为负数');
    await expect(sqlSplits([{ total: 100, parts: [] }])).rejects.toThrow('没有可分配的对象');
    expect(await sqlSplits([{ total: 0, parts: [] }])).toEqual([[]]);
  });

  /**
   * `attribution_split_share(total, parts, h)` — one household's part of the split without building it — against the
   * full split in SQL (`attribution_split`) and in JavaScript (`splitLargestRemainder`), for every index of each case:
   * the household page reads one household's amount with it, and must show the fen the consumer and the reconciliation
   * count. Equal weights make equal remainders, so the tie-break (the earlier part first) is exercised.
   */
  describe('attribution_split_share', () => {
    type Case = { total: number; parts: readonly number[] };

    /** Each case's parts one by one through attribution_split_share, and its full attribution_split, in one statement. */
    async function sqlShares(cases: readonly Case[]): Promise<{ share: number[]; full: number[] }[]> {
      const { rows } = await pg.query<{ share: string[]; full: string[] }>(
        `SELECT (SELECT array_agg(attribution_split_share(u.t, u.p::bigint[], g.i::int) ORDER BY g.i)
                   FROM generate_subscripts(u.p::bigint[], 1) AS g(i)) AS share,
                attribution_split(u.t, u.p::bigint[]) AS full
           FROM unnest($1::bigint[], $2::text[]) WITH ORDINALITY AS u(t, p, n) ORDER BY u.n`,
        [cases.map((c) => c.total), cases.map((c) => `{${c.parts.join(',')}}`)],
      );
      return rows.map((r) => ({ share: r.share.map(Number), full: r.full.map(Number) }));
    }

    async function expectSameAsFullSplit(cases: readonly Case[]): Promise<void> {
      const sql = await sqlShares(cases);
      cases.forEach((c, k) => {
        const js = splitLargestRemainder(c.total, c.parts);
        expect(sql[k].full).toEqual(js);
        expect(sql[k].share).toEqual(js);
      });
    }

    /** A case's total: a share (−1.5…1.5, zero included) of its weights' sum. */
    const withTotals = (raw: readonly { parts: number[]; share: number }[]): Case[] =>
      raw
        .filter((c) => c.parts.some((p) => p > 0))
        .map((c) => ({ parts: c.parts, total: Math.trunc(c.parts.reduce((a, b) => a + b, 0) * c.share) }));

    it('gives each part what the full split gives it: ties to the earlier part, zero and negative totals', async () => {
      await expectSameAsFullSplit([
        { total: 2, parts: [1, 1, 1] },
        { total: 1, parts: [1, 1, 1] },
        { total: 4, parts: [3, 3, 3, 3, 3] },
        { total: 100, parts: [2, 1] },
        { total: 5, parts: [0, 10] },
        { total: 0, parts: [5, 5] },
        { total: -2, parts: [1, 1, 1] },
        { total: -12345, parts: [3, 7, 11] },
        { total: 1_000_000_000_007, parts: [9_007_199_254, 3, 1_000_000_000_001] },
      ]);
      await fc.assert(
        fc.asyncProperty(
          fc.array(
            fc.record({
              parts: fc.array(fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 1e12 })), { minLength: 1, maxLength: 40 }),
              share: fc.oneof(fc.constant(0), fc.double({ min: -1.5, max: 1.5, noNaN: true })),
            }),
            { minLength: 1, maxLength: 30 },
          ),
          async (raw) => {
            const cases = withTotals(raw);
            if (cases.length) await expectSameAsFullSplit(cases);
          },
        ),
        { numRuns: 60 },
      );
    });

    it('agrees on 458-part lines, with and without equal weights', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc.array(fc.integer({ min: 1, max: 40_000 }), { minLength: 458, maxLength: 458 }),
            fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 458, maxLength: 458 }),
          ),
          fc.array(fc.oneof(fc.constant(0), fc.double({ min: -1, max: 1, noNaN: true })), { minLength: 3, maxLength: 3 }),
          async (parts, shares) => {
            await expectSameAsFullSplit(withTotals(shares.map((share) => ({ parts, share }))));
          },
        ),
        { numRuns: 12 },
      );
    });

    it('is NULL outside the parts and refuses what the full split refuses', async () => {
      const one = (total: number, parts: string, h: number) =>
        pg
          .query<{ v: string | null }>(`SELECT attribution_split_share($1, $2::bigint[], $3) AS v`, [total, parts, h])
          .then((r) => r.rows[0].v);
      expect(await one(10, '{1,1}', 3)).toBeNull();
      expect(await one(10, '{1,1}', 0)).toBeNull();
      expect(await one(0, '{}', 1)).toBeNull();
      await expect(one(100, '{0,0}', 1)).rejects.toThrow('权重之和必须大于零');
      await expect(one(100, '{1,-1}', 1)).rejects.toThrow('权重不能为负数');
      await expect(one(100, '{}', 1)).rejects.toThrow('没有可分配的对象');
    });
  });
});
