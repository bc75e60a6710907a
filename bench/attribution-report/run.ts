/**
 * bench/attribution-report — the county attribution report and a household page (a benchmark, not a test).
 *
 *   node -r @swc-node/register bench/attribution-report/run.ts [--households 100000] [--rows 1000000] [--requests 200] [--runs 5]
 *
 * Starts a real PostgreSQL (embedded, or DATABASE_URL's server with a fresh
 * database), runs the API as a separate process with the demo data, grows
 * 汾西县 to N households and the attribution ledger to M household amounts (M / 10 received lines of ten households,
 * one movement each; spread over
 * this year's months, the demo suppliers, products and units), builds the
 * summary rows from the ledger as the ledger consumer keeps them, then asks
 * as the county admin, one request at a time, for the county report and for
 * household pages, and prints p50/p95 per run and their medians.
 */
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { startBenchApi } from '../support/bench-api';
import { median } from '../support/rounds';
import { HOUSEHOLD_MOVES_SQL, IdNumberCipher } from '@yigou/server/attribution';
import { idNumberCheckChar } from '@yigou/shared/validation';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const HOUSEHOLDS = arg('households', 100_000);
const ROWS = arg('rows', 1_000_000);
const REQUESTS = arg('requests', 200);
const RUNS = arg('runs', 5);
const KEY = 'ab'.repeat(32);
const COUNTY = '141034';
const YEAR = Number(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 4));

const REPORT = `query($r: String!, $y: Int) { attributionReport(regionCode: $r, year: $y) {
  households people totalFen averagePerHouseholdFen sentence
  byCategory { key label households people amountFen } byVillage { key label households people amountFen }
  bySupplier { key label households people amountFen } byProduct { key label households people amountFen }
  byUnit { key label households people amountFen } bySession { key label households people amountFen } byMonth { key label households people amountFen } } }`;
const HOUSEHOLD = `query($id: ID!, $y: Int) { householdIncome(id: $id, year: $y) {
  attributedFen otherIncomeFen totalFen perCapitaFen status byMonth { key amountFen }
  recentEntries { id orderNo amountFen reversesId month } otherIncome { id amountFen }
  household { id householdNo headNameMasked idNumberMasked villageName members category helpers } } }`;

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

async function timed(label: string, fn: () => Promise<unknown>): Promise<void> {
  const t = performance.now();
  await fn();
  console.log(`  ${label}: ${((performance.now() - t) / 1000).toFixed(1)} s`);
}

async function seed(url: string): Promise<void> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    const have = (await c.query<{ n: number }>(`SELECT count(*)::int AS n FROM household WHERE county_code = $1`, [COUNTY])).rows[0].n;
    const cipher = IdNumberCipher.fromKey(KEY);
    const ids = Array.from({ length: 100 }, (_, i) => {
      const first17 = `${COUNTY}1970010${String(i).padStart(4, '0')}`.slice(0, 17);
      return cipher.encrypt(first17 + idNumberCheckChar(first17));
    });
    await timed(`households +${HOUSEHOLDS - have}`, () =>
      c.query(
        `INSERT INTO household (county_code, village_code, household_no, head_name, head_id_number_enc, members, category, income_per_capita_fen)
         SELECT $1, v.codes[1 + g % array_length(v.codes, 1)], 'BENCH' || lpad(g::text, 7, '0'), '王某' || (g % 10),
                ($3::text[])[1 + g % 100], 1 + g % 5,
                (ARRAY['lifted','lifted','lifted','lifted','unstable','marginal','sudden_hardship','not_lifted'])[1 + g % 8],
                400000 + (g::bigint * 37) % 500000
           FROM generate_series(1, $2::int) g,
                (SELECT array_agg(code ORDER BY code) AS codes FROM region WHERE level = 'village' AND code LIKE $1 || '%') v`,
        [COUNTY, Math.max(0, HOUSEHOLDS - have), ids],
      ),
    );
    // The movement ledger (docs/counting.md): ROWS household amounts as ROWS / 10 received lines, each split over ten
    // households (its own split) and moved from 0 to all of it by one ledger row, so a household has ~10 entries as before.
    const LINES = Math.ceil(ROWS / 10);
    await timed(`ledger: ${LINES} lines of 10 households (${ROWS} household amounts)`, async () => {
      await c.query(
        `WITH h AS (SELECT row_number() OVER (ORDER BY id) - 1 AS n, id, county_code, village_code, category, members FROM household WHERE county_code = $1),
              hc AS (SELECT count(*) AS n FROM h)
         INSERT INTO attribution_split (digest, part_household_ids, part_fen, part_county_codes, part_village_codes, part_categories, part_members)
         SELECT sha256(convert_to('bench' || g, 'UTF8')), array_agg(h.id ORDER BY h.id), array_agg(100 + ((g * 10 + k)::bigint * 7919) % 5000 ORDER BY h.id),
                array_agg(h.county_code ORDER BY h.id), array_agg(h.village_code ORDER BY h.id), array_agg(h.category ORDER BY h.id), array_agg(h.members ORDER BY h.id)
           FROM generate_series(1, $2::int) g CROSS JOIN generate_series(0, 9) k CROSS JOIN hc JOIN h ON h.n = (g * 10 + k) % hc.n
          GROUP BY g`,
        [COUNTY, LINES],
      );
      await c.query(
        `WITH p AS (SELECT row_number() OVER (ORDER BY p.id) - 1 AS n, p.id, p.supplier_id FROM product p JOIN supplier s ON s.id = p.supplier_id WHERE s.county_code = $1),
              pc AS (SELECT count(*) AS n FROM p),
              u AS (SELECT row_number() OVER (ORDER BY id) - 1 AS n, id FROM work_unit),
              uc AS (SELECT count(*) AS n FROM u),
              l AS (SELECT g, gen_random_uuid() AS line_id, gen_random_uuid() AS order_id, s.digest, (SELECT sum(x) FROM unnest(s.part_fen) x) AS total
                      FROM generate_series(1, $3::int) g JOIN attribution_split s ON s.digest = sha256(convert_to('bench' || g, 'UTF8'))),
              lines AS (INSERT INTO attribution_line (line_id, order_id, event_id, rule_id, quantity, amount_fen, attributable_fen, refunded_fen, reversed_fen, split_digest)
                        SELECT line_id, order_id, 1000000000 + g, NULL, 1, total * 10, total, 0, 0, digest FROM l)
         INSERT INTO attribution_movement (event_id, event_type, order_id, order_no, line_id, supplier_id, product_id, unit_id, live_session_id, rule_id,
                                           target_before_fen, target_after_fen, year, month, occurred_at)
         SELECT 1000000000 + l.g, 'order.received', l.order_id, 'BENCH' || l.g, l.line_id, p.supplier_id, p.id, u.id, NULL, NULL, 0, l.total,
                $2::int, $2::int::text || '-' || lpad((1 + l.g % 12)::text, 2, '0'), make_timestamptz($2::int, 1 + l.g % 12, 1 + l.g % 28, 12, 0, 0, 'Asia/Shanghai')
           FROM l CROSS JOIN pc CROSS JOIN uc
           JOIN p ON p.n = (l.g / 7) % pc.n
           JOIN u ON u.n = (l.g / 3) % uc.n
          ORDER BY l.g`,
        [COUNTY, YEAR, LINES],
      );
    });
    await timed('summary rows per household', async () => {
      await c.query(`DELETE FROM attribution_household_sum`);
      await c.query(`DELETE FROM attribution_bucket_sum`);
      await c.query(
        `INSERT INTO attribution_household_sum (county_code, year, dim, key, household_id, amount_fen)
         SELECT e.county_code, e.year, d.dim, d.key, e.household_id, sum(e.amount_fen)
           FROM (${HOUSEHOLD_MOVES_SQL}) e
           CROSS JOIN LATERAL (VALUES ('total', ''), ('category', e.category), ('village', e.village_code), ('supplier', e.supplier_id::text),
                                      ('product', e.product_id::text), ('month', e.month), ('unit', e.unit_id::text), ('session', e.live_session_id::text)) AS d(dim, key)
          WHERE d.key IS NOT NULL
          GROUP BY e.county_code, e.year, d.dim, d.key, e.household_id`,
      );
    });
    await timed('summary rows per bucket', () =>
      c.query(
        `INSERT INTO attribution_bucket_sum (county_code, year, dim, key, amount_fen, households, people)
         SELECT s.county_code, s.year, s.dim, s.key, sum(s.amount_fen), count(*) FILTER (WHERE s.amount_fen > 0), COALESCE(sum(h.members) FILTER (WHERE s.amount_fen > 0), 0)
           FROM attribution_household_sum s JOIN household h ON h.id = s.household_id
          GROUP BY s.county_code, s.year, s.dim, s.key`,
      ),
    );
    // As the consumer keeps them (migration AttributionHouseholdYear): the few-key dimensions in one row per household and year.
    await timed('household-year rows', async () => {
      await c.query(`DELETE FROM attribution_household_year`);
      await c.query(
        `INSERT INTO attribution_household_year (household_id, year, county_code, sums)
         SELECT household_id, year, county_code, jsonb_object_agg(dim || ':' || key, amount_fen)
           FROM attribution_household_sum WHERE dim IN ('total', 'category', 'village', 'supplier', 'product', 'month')
          GROUP BY household_id, year, county_code`,
      );
      await c.query(`DELETE FROM attribution_household_sum WHERE dim IN ('total', 'category', 'village', 'supplier', 'product', 'month')`);
    });
    await timed('analyze', () => c.query('ANALYZE'));
  } finally {
    await c.end();
  }
}

async function main(): Promise<void> {
  const bench = await startBenchApi('attribution');
  const { dbUrl } = bench;
  const gql = bench.gql;
  try {
    console.log(`seeding ${HOUSEHOLDS} households in 汾西县 and ${ROWS} ledger rows (${YEAR})`);
    await seed(dbUrl);
    const login = (await gql(`mutation($i: LoginInput!) { login(input: $i) { accessToken } }`, {
      i: { login: 'county-admin', password: 'yigou-demo' },
    })) as { login: { accessToken: string } };
    const token = login.login.accessToken;
    const c = new Client({ connectionString: dbUrl });
    await c.connect();
    const sample = (
      await c.query<{ id: string }>(`SELECT id FROM household WHERE county_code = $1 ORDER BY random() LIMIT $2`, [COUNTY, REQUESTS])
    ).rows.map((r) => r.id);
    const counts = (
      await c.query(
        `SELECT (SELECT count(*) FROM household)::int AS households, (SELECT count(*) FROM attribution_movement)::int AS rows, (SELECT sum(cardinality(s.part_fen)) FROM attribution_movement m JOIN attribution_line l ON l.line_id = m.line_id JOIN attribution_split s ON s.digest = l.split_digest)::int AS amounts, (SELECT count(*) FROM attribution_household_sum)::int + (SELECT count(*) FROM attribution_household_year)::int AS sums`,
      )
    ).rows[0];
    await c.end();
    console.log(
      `database: ${counts.households} households, ${counts.rows} ledger rows (movements) moving ${counts.amounts} household amounts, ${counts.sums} per-household summary rows`,
    );
    const first = (await gql(REPORT, { r: COUNTY, y: YEAR }, token)) as { attributionReport: { sentence: string; households: number } };
    console.log(`report: ${first.attributionReport.sentence}`);

    const scenarios: { name: string; call: (i: number) => Promise<unknown> }[] = [
      { name: 'county report 141034', call: () => gql(REPORT, { r: COUNTY, y: YEAR }, token) },
      { name: 'household page', call: (i) => gql(HOUSEHOLD, { id: sample[i % sample.length], y: YEAR }, token) },
    ];
    for (const sc of scenarios) {
      for (let i = 0; i < 20; i++) await sc.call(i); // warm-up
      const p50s: number[] = [];
      const p95s: number[] = [];
      for (let r = 0; r < RUNS; r++) {
        const lat: number[] = [];
        for (let i = 0; i < REQUESTS; i++) {
          const t = performance.now();
          await sc.call(i);
          lat.push(performance.now() - t);
        }
        p50s.push(pct(lat, 50));
        p95s.push(pct(lat, 95));
      }
      console.log(
        `${sc.name.padEnd(24)} ${REQUESTS} sequential requests × ${RUNS} runs: median p50 ${median(p50s).toFixed(1)} ms, median p95 ${median(p95s).toFixed(1)} ms ` +
          `(p95 per run: ${p95s.map((x) => x.toFixed(1)).join(', ')})`,
      );
    }
  } finally {
    await bench.stop();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
