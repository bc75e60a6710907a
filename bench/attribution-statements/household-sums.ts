/**
 * bench/attribution-statements/household-sums — the household-sum statement of one batch of 10 玉露香梨 receipts
 * (458 households, with a unit and a live session), alternating in one process on scratch tables:
 *   rows: one `attribution_household_sum` row per household and bucket (8 per household), one upsert returning them;
 *   year: one `attribution_household_year` row per household (a jsonb map of total, category, village, supplier,
 *         product and month) plus the unit and session rows — two upserts returning them (the consumer since issue 13).
 * Each round a product of five and a month of twelve, so the maps grow as they would. A benchmark, not a test.
 *
 *   PGHOST=/tmp PGPORT=55999 ROUNDS=15 node -r @swc-node/register bench/attribution-statements/household-sums.ts
 */
import { randomUUID } from 'node:crypto';
import { loadAverage, scratchPg, StepTimes } from '../support/rounds';

const H = 458,
  RECEIPTS = 10,
  ROUNDS = Number(process.env.ROUNDS ?? 15);
const YEAR_DIMS = new Set(['total', 'category', 'village', 'supplier', 'product', 'month']);
const hh = Array.from({ length: H }, () => randomUUID()).sort();
const UPSERT_ROWS = `INSERT INTO s_rows AS s SELECT * FROM unnest($1::varchar[], $2::int[], $3::text[], $4::text[], $5::uuid[], $6::bigint[])
  ON CONFLICT (county_code, year, dim, key, household_id) DO UPDATE SET amount_fen = s.amount_fen + EXCLUDED.amount_fen
  RETURNING s.county_code, s.year, s.dim, s.key, s.household_id, s.amount_fen`;
(async () => {
  const c = await scratchPg();
  await c.query(`DROP TABLE IF EXISTS s_rows, s_year_rows, s_year`);
  for (const t of ['s_rows', 's_year_rows']) {
    await c.query(
      `CREATE TABLE ${t} (county_code varchar(12), year int, dim text, key text, household_id uuid, amount_fen bigint NOT NULL, PRIMARY KEY (county_code, year, dim, key, household_id))`,
    );
    await c.query(`CREATE INDEX ON ${t} (household_id, year)`);
  }
  await c.query(
    `CREATE TABLE s_year (household_id uuid, year int, county_code varchar(12), sums jsonb NOT NULL, PRIMARY KEY (household_id, year, county_code))`,
  );
  const sup = randomUUID(),
    unit = randomUUID(),
    sess = randomUUID();
  const prods = Array.from({ length: 5 }, () => randomUUID());
  const steps = new StepTimes();
  const t = (step: string, f: () => Promise<unknown>) => steps.time(step, f);
  console.log(`load average before: ${loadAverage()}`);
  for (let round = 0; round < ROUNDS; round++) {
    const prod = prods[round % 5];
    const month = `2026-${String(1 + (round % 12)).padStart(2, '0')}`;
    const dims = (i: number) => [
      ['total', ''],
      ['category', i % 3 ? 'poverty_alleviated' : 'monitoring'],
      ['village', `1410341002${String(i % 20).padStart(2, '0')}`],
      ['supplier', sup],
      ['product', prod],
      ['month', month],
      ['unit', unit],
      ['session', sess],
    ];
    const d = new Map<string, [string, number, string, string, string, number]>();
    for (let l = 0; l < RECEIPTS; l++)
      hh.forEach((h, i) => {
        for (const [dim, key] of dims(i)) {
          const k = `${dim}|${key}|${h}`;
          const cur = d.get(k);
          if (cur) cur[5] += 30 + (i % 7);
          else d.set(k, ['141034', 2026, dim, key, h, 30 + (i % 7)]);
        }
      });
    const ds = [...d.values()];
    for (const side of round % 2 ? ['year', 'rows'] : ['rows', 'year']) {
      await c.query('BEGIN');
      if (side === 'rows') {
        await t('rows: 8 per household (before)', () =>
          c.query(
            UPSERT_ROWS,
            [0, 1, 2, 3, 4, 5].map((i) => ds.map((x) => x[i])),
          ),
        );
      } else {
        await t('year: 1 per household + unit, session (after)', async () => {
          const maps = new Map<string, Record<string, number>>();
          for (const x of ds.filter((x) => YEAR_DIMS.has(x[2]))) {
            const m = maps.get(x[4]) ?? {};
            m[`${x[2]}:${x[3]}`] = x[5];
            maps.set(x[4], m);
          }
          const ks = [...maps.keys()].sort();
          const r = await c.query(
            `INSERT INTO s_year AS s (household_id, year, county_code, sums) SELECT * FROM unnest($1::uuid[], $2::int[], $3::varchar[], $4::jsonb[])
             ON CONFLICT (household_id, year, county_code) DO UPDATE SET sums = s.sums ||
               (SELECT jsonb_object_agg(e.k, COALESCE((s.sums->>e.k)::bigint, 0) + e.v::bigint) FROM jsonb_each_text(EXCLUDED.sums) AS e(k, v))
             RETURNING s.household_id, s.year, s.county_code, s.sums`,
            [ks, ks.map(() => 2026), ks.map(() => '141034'), ks.map((k) => JSON.stringify(maps.get(k)))],
          );
          r.rows.forEach((x) => Object.keys(x.sums).length);
          const rest = ds.filter((x) => !YEAR_DIMS.has(x[2]));
          await c.query(
            UPSERT_ROWS.replace('s_rows', 's_year_rows'),
            [0, 1, 2, 3, 4, 5].map((i) => rest.map((x) => x[i])),
          );
        });
      }
      await c.query('COMMIT');
    }
  }
  steps.print();
  console.log(`load average after: ${loadAverage()}`);
  await c.query(`DROP TABLE s_rows, s_year_rows, s_year`);
  await c.end();
})();
