/**
 * bench/catalog — the `products` search query under load (a benchmark, not a test).
 *
 *   node -r @swc-node/register bench/catalog/run.ts [--products 10000] [--connections 50] [--seconds 10] [--runs 3]
 *     [--cache both|hit|miss] [--workers 1] [--explain]
 *
 * `hit`: the API with its anonymous response cache (PUBLIC_CACHE_TTL_MS=3000, the default): the steady
 * state, where a cached answer expires every 3 s and one request recomputes it. `miss`: the cache off
 * (PUBLIC_CACHE_TTL_MS=0), so every request runs GraphQL and SQL — what a first view or a request after
 * a catalogue change costs. `both` (default) runs the two, each on its own API process and database.
 * `--workers N` runs the API as N cluster workers (API_WORKERS; uses Redis at 127.0.0.1:6379).
 *
 * Starts a real PostgreSQL (embedded, or DATABASE_URL's server with a fresh
 * database), runs the API as a separate process with the demo data, adds
 * generated products until there are N, then drives the GraphQL endpoint with
 * autocannon for each scenario several times and prints median requests/s and
 * median p99 latency. The API and autocannon share this machine's cores.
 */
import 'reflect-metadata';
import autocannon from 'autocannon';
import { Client } from 'pg';
import { median, startBenchApi } from '../support/bench-api';
import { seedProducts } from '../support/seed-products';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const PRODUCTS = arg('products', 10_000);
const CONNECTIONS = arg('connections', 50);
const SECONDS = arg('seconds', 10);
const RUNS = arg('runs', 3);
const WORKERS = arg('workers', 1);
const flag = (name: string) => process.argv.includes(`--${name}`);
const cacheArg = process.argv.includes('--cache') ? process.argv[process.argv.indexOf('--cache') + 1] : 'both';
const MODES = (cacheArg === 'both' ? ['hit', 'miss'] : [cacheArg]) as ('hit' | 'miss')[];

const QUERY = `query Search($search: String, $countyCode: String, $first: Int) {
  products(search: $search, countyCode: $countyCode, first: $first) {
    totalCount
    edges { cursor node { id name priceFen stockState certified coverImageUrl supplier { id name } county { name } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const SCENARIOS: { name: string; variables: Record<string, unknown> }[] = [
  { name: 'pinyin initials "ylxl"', variables: { search: 'ylxl', first: 20 } },
  { name: 'Chinese "香梨"', variables: { search: '香梨', first: 20 } },
  { name: 'county 汾西县, no text', variables: { countyCode: '141034', first: 20 } },
];

/** EXPLAIN ANALYZE of the search statement as ProductSearchService builds it for the county list. */
async function explain(url: string): Promise<void> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    const sql = `SELECT s.id, s.k1::text AS k1, s.k2::text AS k2, s.total FROM (
         SELECT p.id, (0)::bigint AS k1, (-p.sales_count)::bigint AS k2, count(*) OVER ()::int AS total
         FROM product p JOIN supplier su ON su.id = p.supplier_id
         WHERE p.status = 'on_sale' AND su.status = 'approved' AND p.min_price_fen IS NOT NULL AND su.county_code = $1
       ) s ORDER BY s.k1, s.k2, s.id LIMIT 21`;
    const { rows } = await c.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, ['141034']);
    console.log(rows.map((r) => r['QUERY PLAN']).join('\n'));
  } finally {
    await c.end();
  }
}

async function main(): Promise<void> {
  for (const mode of MODES) {
    if (mode !== 'hit' && mode !== 'miss') throw new Error(`--cache must be both, hit or miss, got ${mode}`);
    await runMode(mode);
  }
}

async function runMode(mode: 'hit' | 'miss'): Promise<void> {
  const workers: Record<string, string> =
    WORKERS > 1 ? { API_WORKERS: String(WORKERS), REDIS_URL: 'redis://127.0.0.1:6379', REDIS_KEY_PREFIX: `yigou-bench-${process.pid}:` } : {};
  const bench = await startBenchApi('catalog', { PUBLIC_CACHE_TTL_MS: mode === 'hit' ? '3000' : '0', ...workers });
  const { dbUrl, port } = bench;
  try {
    const added = await seedProducts(dbUrl, PRODUCTS);
    if (flag('explain')) await explain(dbUrl);
    console.log(
      `[cache ${mode}, ${WORKERS} worker(s)] catalogue: ${PRODUCTS} products (${added} generated), ${CONNECTIONS} connections, ${SECONDS}s × ${RUNS} runs per scenario`,
    );
    const results: { name: string; rps: number; p50: number; p99: number; errors: number }[] = [];
    for (const sc of SCENARIOS) {
      const body = JSON.stringify({ query: QUERY, variables: sc.variables });
      const check = (await (await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body })).json()) as {
        data?: { products: { totalCount: number; edges: { node: { name: string } }[] } };
        errors?: unknown;
      };
      if (!check.data) throw new Error(`scenario ${sc.name} fails: ${JSON.stringify(check.errors)}`);
      // warm-up
      await autocannon({ url: `http://127.0.0.1:${port}/graphql`, method: 'POST', headers: { 'content-type': 'application/json' }, body, connections: CONNECTIONS, duration: 2 });
      const rps: number[] = [];
      const p99: number[] = [];
      const p50: number[] = [];
      let errors = 0;
      for (let r = 0; r < RUNS; r++) {
        const out = await autocannon({ url: `http://127.0.0.1:${port}/graphql`, method: 'POST', headers: { 'content-type': 'application/json' }, body, connections: CONNECTIONS, duration: SECONDS });
        rps.push(out.requests.average);
        p50.push(out.latency.p50);
        p99.push(out.latency.p99);
        errors += out.errors + out.non2xx;
      }
      const row = { name: sc.name, rps: median(rps), p50: median(p50), p99: median(p99), errors };
      results.push(row);
      console.log(
        `[cache ${mode}] ${sc.name.padEnd(28)} total ${String(check.data.products.totalCount).padStart(5)} first "${check.data.products.edges[0]?.node.name ?? '-'}"  ` +
          `median ${row.rps.toFixed(0)} req/s  p50 ${row.p50} ms  p99 ${row.p99} ms  (runs: ${rps.map((x) => x.toFixed(0)).join(', ')} req/s)  errors ${errors}`,
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
