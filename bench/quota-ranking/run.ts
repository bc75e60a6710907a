/**
 * bench/quota-ranking — the jurisdiction ranking and a unit dashboard with a
 * large counting ledger (a benchmark, not a test).
 *
 *   node -r @swc-node/register bench/quota-ranking/run.ts [--units 5000] [--rows 1000000] [--requests 200] [--runs 5]
 *
 * Starts a real PostgreSQL (embedded, or DATABASE_URL's server with a fresh
 * database), runs the API as a separate process with the demo data, adds N work
 * units in 汾西县 (100 主管单位 with subordinates) and M counted ledger rows
 * with their running totals, then sends each query `--requests` times one
 * after another over HTTP, `--runs` times, and prints the median of the runs'
 * p50 and p95 latencies. The API, PostgreSQL and this client share the machine.
 */
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { startBenchApi } from '../support/bench-api';
import { median } from '../support/rounds';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const UNITS = arg('units', 5000);
const ROWS = arg('rows', 1_000_000);
const REQUESTS = arg('requests', 200);
const RUNS = arg('runs', 5);
const YEAR = new Date(Date.now() + 8 * 3600_000).getUTCFullYear();

const RANKING = `query($regionCode: String!, $year: Int!, $sort: RankingSort, $status: PaceStatus, $first: Int) {
  jurisdictionRanking(regionCode: $regionCode, year: $year, sort: $sort, status: $status, first: $first) {
    pace totalCount totals { targetFen orderedFen completedFen rate }
    rows { unitId name parentName hasCanteen targetFen orderedFen completedFen rate rank status filingStatus rolledUp { unitCount targetFen orderedFen completedFen rate } }
    pageInfo { hasNextPage endCursor } } }`;
const DASHBOARD = `query($unitId: ID!, $year: Int!) { unitQuotaDashboard(unitId: $unitId, year: $year) {
  targetFen orderedFen completedFen remainingFen rate daysLeft status
  rolledUp { unitCount targetFen orderedFen completedFen }
  months { month orderedFen completedFen }
  topProducts { name orderedFen } topSuppliers { name orderedFen }
  members { displayName orderedFen completedFen } } }`;

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];

/** N units under 100 parents in 汾西县, and M ledger rows (ordered, then completed for most) spread over them, with running totals. */
async function seed(url: string): Promise<{ parentId: string; leafId: string }> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    const started = performance.now();
    await c.query('BEGIN');
    await c.query(
      `INSERT INTO work_unit (name, region_code, headcount, has_canteen, canteen_budget_fen)
       SELECT '汾西县基准主管单位' || g, '141034', 20 + g % 300, g % 3 = 0, (g % 3 = 0)::int * (1000000 + g * 1000)
         FROM generate_series(1, 100) g`,
    );
    await c.query(
      `INSERT INTO work_unit (name, region_code, parent_id, headcount, has_canteen, canteen_budget_fen)
       SELECT '汾西县基准单位' || g, '141034', p.id, 5 + g % 200, g % 4 = 0, (g % 4 = 0)::int * (500000 + g * 100)
         FROM generate_series(1, $1::int) g
         JOIN LATERAL (SELECT id FROM work_unit WHERE name = '汾西县基准主管单位' || (1 + g % 100)) p ON true`,
      [UNITS - 100],
    );
    const units = (await c.query<{ id: string }>(`SELECT id FROM work_unit WHERE name LIKE '汾西县基准%' ORDER BY name`)).rows.map(
      (r) => r.id,
    );
    const products = (await c.query<{ id: string; supplier_id: string }>(`SELECT id, supplier_id FROM product ORDER BY id`)).rows;
    const buyers = (await c.query<{ id: string }>(`SELECT id FROM app_user ORDER BY id`)).rows.map((r) => r.id);
    // ordered rows for every order, completed rows for 80% of them: ROWS rows in all
    const orders = Math.round(ROWS / 1.8);
    await c.query(
      `CREATE TEMP TABLE bench_order AS
       SELECT g, gen_random_uuid() AS order_id, ($1::uuid[])[1 + g % array_length($1, 1)] AS unit_id,
              ($2::uuid[])[1 + g % array_length($2, 1)] AS product_id, ($3::uuid[])[1 + g % array_length($3, 1)] AS supplier_id,
              ($4::uuid[])[1 + g % array_length($4, 1)] AS buyer_id, 1000 + (g::bigint * 7919) % 50000 AS amount,
              make_timestamptz($5, 1 + g % 11, 1 + g % 28, 3, 0, 0, 'Asia/Shanghai') AS at
         FROM generate_series(1, $6::int) g`,
      [units, products.map((p) => p.id), products.map((p) => p.supplier_id), buyers, YEAR, orders],
    );
    await c.query(
      `INSERT INTO quota_ledger (unit_id, year, kind, amount_fen, event_id, event_type, order_id, line_id, product_id, supplier_id, buyer_id, occurred_at)
       SELECT unit_id, $1, 'ordered', amount, g, 'order.paid', order_id, order_id || ':0', product_id, supplier_id, buyer_id, at FROM bench_order`,
      [YEAR],
    );
    await c.query(
      `INSERT INTO quota_ledger (unit_id, year, kind, amount_fen, event_id, event_type, order_id, line_id, product_id, supplier_id, buyer_id, occurred_at)
       SELECT unit_id, $1, 'completed', amount, g + $2, 'order.received', order_id, order_id || ':0', product_id, supplier_id, buyer_id, at + interval '3 days'
         FROM bench_order WHERE g % 7 <> 0 LIMIT $3`,
      [YEAR, orders, ROWS - orders],
    );
    await c.query(
      `INSERT INTO quota_unit_total (unit_id, year, region_code, ordered_fen, completed_fen)
       SELECT unit_id, year, '141034', COALESCE(SUM(amount_fen) FILTER (WHERE kind = 'ordered'), 0), COALESCE(SUM(amount_fen) FILTER (WHERE kind = 'completed'), 0)
         FROM quota_ledger WHERE year = $1 GROUP BY unit_id, year
       ON CONFLICT (unit_id, year) DO UPDATE SET ordered_fen = EXCLUDED.ordered_fen, completed_fen = EXCLUDED.completed_fen`,
      [YEAR],
    );
    await c.query('COMMIT');
    // VACUUM as autovacuum would soon do for an append-only ledger (its insert threshold): it sets the visibility
    // map, without which the dashboard's index-only scan of a unit's ledger rows still visits one heap page per row
    await c.query('VACUUM ANALYZE');
    const n = (await c.query<{ n: string }>(`SELECT count(*) AS n FROM quota_ledger`)).rows[0].n;
    console.log(`seeded ${units.length} units and ${n} ledger rows in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const parentId = (await c.query<{ id: string }>(`SELECT id FROM work_unit WHERE name = '汾西县基准主管单位1'`)).rows[0].id;
    const leafId = (await c.query<{ id: string }>(`SELECT id FROM work_unit WHERE name = '汾西县基准单位1'`)).rows[0].id;
    return { parentId, leafId };
  } finally {
    await c.end();
  }
}

async function main(): Promise<void> {
  const bench = await startBenchApi('quota');
  const { dbUrl } = bench;
  const gql = bench.gql;
  try {
    const { parentId, leafId } = await seed(dbUrl);
    const login = async (who: string) =>
      (
        (await gql(`mutation($i: LoginInput!) { login(input: $i) { accessToken } }`, { i: { login: who, password: 'yigou-demo' } })) as {
          login: { accessToken: string };
        }
      ).login.accessToken;
    const finance = await login('finance');
    // the seed wrote units straight into the directory: store their targets once (what a rule change or the recompute mutation does)
    const t0 = performance.now();
    const recomputed = (await gql(
      `mutation($y: Int!) { recomputeQuotaTargets(regionCode: "141034", year: $y) }`,
      { y: YEAR },
      finance,
    )) as { recomputeQuotaTargets: number };
    console.log(`stored the targets of ${recomputed.recomputeQuotaTargets} units in ${(performance.now() - t0).toFixed(0)} ms`);
    const writer = new Client({ connectionString: dbUrl });
    await writer.connect();
    const [one] = (await writer.query(`SELECT * FROM quota_ledger WHERE reverses_id IS NULL LIMIT 1`)).rows;
    let seq = 10_000_000;
    /** A newly counted order (one ledger row and its running total), as the consumer writes them: the next ranking is recomputed. */
    const countOne = async () => {
      await writer.query(
        `WITH r AS (INSERT INTO quota_ledger (unit_id, year, kind, amount_fen, event_id, event_type, order_id, line_id, product_id, supplier_id, buyer_id, occurred_at)
                    VALUES ($1, $2, 'ordered', 100, $3, 'order.paid', gen_random_uuid(), 'x', $4, $5, $6, now()) RETURNING unit_id)
         UPDATE quota_unit_total SET ordered_fen = ordered_fen + 100 WHERE unit_id = $1 AND year = $2`,
        [one.unit_id, YEAR, ++seq, one.product_id, one.supplier_id, one.buyer_id],
      );
    };
    const scenarios: { name: string; query: string; variables: Record<string, unknown>; before?: () => Promise<void> }[] = [
      {
        name: 'ranking, recomputed (new count each)',
        query: RANKING,
        variables: { regionCode: '141034', year: YEAR, first: 50 },
        before: countOne,
      },
      { name: 'ranking 汾西县 (page 50, by rank)', query: RANKING, variables: { regionCode: '141034', year: YEAR, first: 50 } },
      {
        name: 'ranking 汾西县 (red only, by name)',
        query: RANKING,
        variables: { regionCode: '141034', year: YEAR, first: 50, status: 'red', sort: 'name' },
      },
      { name: 'unit dashboard (leaf unit)', query: DASHBOARD, variables: { unitId: leafId, year: YEAR } },
      { name: 'unit dashboard (主管单位, 50 units)', query: DASHBOARD, variables: { unitId: parentId, year: YEAR } },
    ];
    console.log(`${REQUESTS} sequential requests × ${RUNS} runs per scenario; median of the runs' p50 / p95`);
    for (const sc of scenarios) {
      const check = await gql(sc.query, sc.variables, finance);
      const summary = JSON.stringify(check).slice(0, 90);
      for (let i = 0; i < 20; i++) await gql(sc.query, sc.variables, finance); // warm-up
      const p50: number[] = [];
      const p95: number[] = [];
      for (let r = 0; r < RUNS; r++) {
        const times: number[] = [];
        for (let i = 0; i < REQUESTS; i++) {
          if (sc.before) await sc.before();
          const t0 = performance.now();
          await gql(sc.query, sc.variables, finance);
          times.push(performance.now() - t0);
        }
        p50.push(pct(times, 50));
        p95.push(pct(times, 95));
      }
      console.log(
        `${sc.name.padEnd(38)} p50 ${median(p50).toFixed(1)} ms  p95 ${median(p95).toFixed(1)} ms  (runs p95: ${p95.map((x) => x.toFixed(1)).join(', ')})  ${summary}`,
      );
    }
    await writer.end();
  } finally {
    await bench.stop();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
