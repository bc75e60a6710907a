/**
 * bench/catalog — the `products` search query under load (a benchmark, not a test).
 *
 *   node -r @swc-node/register bench/catalog/run.ts [--products 10000|400000] [--connections 50] [--seconds 10] [--runs 3]
 *     [--modes hit,signed[,miss]] [--workers 1] [--explain | --explain-only] [--scenarios county] [--api-from /tmp/base]
 *
 * Modes (each scenario, medians of --runs, with the API's CPU per request read from /proc):
 * - `hit`: anonymous, the API with its response cache (PUBLIC_CACHE_TTL_MS=3000, the default): the steady state,
 *   where a cached answer expires every 3 s and one request recomputes it. This is the limit the others are
 *   printed beside (issue 19: signed-in search should reach at least half of it).
 * - `signed`: the same API process, requests signed in as the demo purchaser (`Authorization: Bearer`): they
 *   never read the cache, so every request runs auth, GraphQL and SQL — what every unit purchaser costs.
 * - `miss`: anonymous with the cache off (PUBLIC_CACHE_TTL_MS=0, its own API process and database): what a
 *   first view or the first request after a catalogue change costs.
 * `--workers N` runs the API as N cluster workers (API_WORKERS; uses Redis at 127.0.0.1:6379).
 * `--scenarios <text>` keeps the scenarios whose name contains the text (e.g. `county`); `--api-from <dir>` runs the
 * API from another checkout (a worktree of the base commit with a node_modules link), so a shell loop can alternate
 * before and after in the same period.
 * `--explain` prints EXPLAIN (ANALYZE, BUFFERS) of each scenario's search statement, built by the same
 * function the service uses (`productSearchStatements`).
 *
 * Starts a real PostgreSQL (embedded, or DATABASE_URL's server with a fresh database), runs the API as a
 * separate process with the demo data, adds generated products until there are N (batched INSERT … SELECT
 * FROM unnest, 400,000 in minutes), then drives the GraphQL endpoint with autocannon. The API, PostgreSQL and
 * autocannon share this machine's cores: the load average is printed at the start and the end.
 */
import 'reflect-metadata';
import autocannon from 'autocannon';
import { Client } from 'pg';
import { normalizeSearch, productSearchStatements } from '@yigou/server/catalog';
import { shanghaiDate } from '@yigou/shared/time';
import { backendCpuByPid, backendCpuGrowth, cpuSeconds, startBenchApi } from '../support/bench-api';
import { loadAverage, median } from '../support/rounds';
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
type Mode = 'hit' | 'signed' | 'miss';
const modesArg = process.argv.includes('--modes') ? process.argv[process.argv.indexOf('--modes') + 1] : 'hit,signed';
const MODES = modesArg.split(',') as Mode[];

const QUERY = `query Search($search: String, $countyCode: String, $first: Int) {
  products(search: $search, countyCode: $countyCode, first: $first) {
    totalCount
    edges { cursor node { id name priceFen stockState certified coverImageUrl supplier { id name } county { name } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const stringArg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const ONLY = stringArg('scenarios');
const API_FROM = stringArg('api-from');

const SCENARIOS: { name: string; variables: Record<string, unknown> }[] = [
  { name: 'pinyin initials "ylxl"', variables: { search: 'ylxl', first: 20 } },
  { name: 'Chinese "香梨"', variables: { search: '香梨', first: 20 } },
  { name: 'county 汾西县, no text', variables: { countyCode: '141034', first: 20 } },
].filter((sc) => !ONLY || sc.name.includes(ONLY));

/** EXPLAIN (ANALYZE, BUFFERS) of each scenario's first-page statement, as ProductSearchService builds it. */
async function explain(url: string): Promise<void> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    for (const sc of SCENARIOS) {
      const v = sc.variables as { search?: string; countyCode?: string; first: number };
      // The benchmark's query asks only for the cards' fields: the service runs the shaped list statement.
      const st = productSearchStatements(v, normalizeSearch(v.search), 'relevance', null, v.first, shanghaiDate(new Date())).list;
      await c.query(st.sql, st.values); // warm the cache, as the load does
      const { rows } = await c.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${st.sql}`, st.values);
      console.log(`--- EXPLAIN ${sc.name}\n${rows.map((r) => r['QUERY PLAN']).join('\n')}`);
      // One connection, one statement at a time: the database's own CPU per list (its backend, from /proc), planned
      // each time or prepared (after five custom plans PostgreSQL may keep a generic one; pg_prepared_statements says
      // which it used).
      const N = 1000;
      const name = `bench_list_${SCENARIOS.indexOf(sc)}`;
      const [{ pid }] = (await c.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows;
      // At most N lists or 10 s each way (a bad generic plan can cost hundreds of ms a list at 400,000 products).
      const cpuPerList = async (run: () => Promise<unknown>) => {
        const cpu0 = cpuSeconds([pid]);
        const until = Date.now() + 10_000;
        let n = 0;
        while (n < N && Date.now() < until) {
          await run();
          n++;
        }
        return ((cpuSeconds([pid]) - cpu0) * 1000) / n;
      };
      const plain = await cpuPerList(() => c.query(st.sql, st.values));
      const prepared = await cpuPerList(() => c.query({ name, text: st.sql, values: st.values }));
      const [plans] = (
        await c.query<{ generic_plans: string; custom_plans: string }>(
          'SELECT generic_plans, custom_plans FROM pg_prepared_statements WHERE name = $1',
          [name],
        )
      ).rows;
      // A shape the service runs on a generic plan (`list.generic`: its own pool, plan_cache_mode=force_generic_plan).
      let generic = '';
      if (st.generic) {
        await c.query('SET plan_cache_mode = force_generic_plan');
        generic = `, ${(await cpuPerList(() => c.query({ name: `${name}_g`, text: st.sql, values: st.values }))).toFixed(3)} ms on the generic plan (as the service runs it)`;
        await c.query('RESET plan_cache_mode');
      }
      console.log(
        `--- ${sc.name}: PostgreSQL CPU ${plain.toFixed(3)} ms per list planned each time, ${prepared.toFixed(3)} ms prepared ` +
          `(${plans.generic_plans} generic, ${plans.custom_plans} custom plans)${generic}; up to ${N} in a row on one connection`,
      );
    }
  } finally {
    await c.end();
  }
}

async function main(): Promise<void> {
  for (const m of MODES) if (!['hit', 'signed', 'miss'].includes(m)) throw new Error(`--modes takes hit, signed, miss; got ${m}`);
  console.log(`load average at start (1/5/15 min): ${loadAverage()}`);
  const cached = MODES.filter((m) => m !== 'miss');
  const rows: Row[] = [];
  if (cached.length) rows.push(...(await runApi('3000', cached)));
  if (MODES.includes('miss')) rows.push(...(await runApi('0', ['miss'])));
  console.log(`\nload average at end (1/5/15 min): ${loadAverage()}`);
  console.log(
    `\n| scenario | mode | median req/s | median p50 | median p99 | API CPU per request | PostgreSQL CPU per request | runs (req/s) | errors |`,
  );
  console.log(`| --- | --- | ---: | ---: | ---: | ---: | ---: | --- | ---: |`);
  for (const r of rows) {
    const limit = rows.find((x) => x.name === r.name && x.mode === 'hit');
    const vs = r.mode !== 'hit' && limit ? ` (${((100 * r.rps) / limit.rps).toFixed(0)} % of hit)` : '';
    console.log(
      `| ${r.name} (${r.total} matches) | ${r.mode} | ${r.rps.toFixed(0)}${vs} | ${r.p50} ms | ${r.p99} ms | ${r.cpuMs.toFixed(2)} ms | ${r.pgCpuMs.toFixed(2)} ms | ${r.runs.map((x) => x.toFixed(0)).join(', ')} | ${r.errors} |`,
    );
  }
}

const signIn = async (gql: Awaited<ReturnType<typeof startBenchApi>>['gql']): Promise<string> =>
  (
    await gql<{ login: { accessToken: string } }>(`mutation($i: LoginInput!) { login(input: $i) { accessToken } }`, {
      i: { login: 'purchaser', password: 'yigou-demo' },
    })
  ).login.accessToken;

interface Row {
  name: string;
  mode: Mode;
  total: number;
  rps: number;
  p50: number;
  p99: number;
  cpuMs: number;
  /** CPU of the PostgreSQL backends serving the benchmark's database, per request. */
  pgCpuMs: number;
  runs: number[];
  errors: number;
}

async function runApi(ttl: string, modes: Mode[]): Promise<Row[]> {
  const workers: Record<string, string> =
    WORKERS > 1
      ? { API_WORKERS: String(WORKERS), REDIS_URL: 'redis://127.0.0.1:6379', REDIS_KEY_PREFIX: `yigou-bench-${process.pid}:` }
      : {};
  const bench = await startBenchApi('catalog', { PUBLIC_CACHE_TTL_MS: ttl, ...workers }, { cwd: API_FROM });
  const { dbUrl, port } = bench;
  const url = `http://127.0.0.1:${port}/graphql`;
  const out: Row[] = [];
  try {
    const added = await seedProducts(dbUrl, PRODUCTS, (l) => console.log(l));
    if (flag('explain') || flag('explain-only')) await explain(dbUrl);
    if (flag('explain-only')) return out;
    console.log(
      `[PUBLIC_CACHE_TTL_MS=${ttl}, ${WORKERS} worker(s)] catalogue: ${PRODUCTS} products (${added} generated), ${CONNECTIONS} connections, ${SECONDS}s × ${RUNS} runs per scenario, load ${loadAverage()}`,
    );
    for (const sc of SCENARIOS) {
      for (const mode of modes) {
        // A token lives 15 minutes: sign in again for each scenario.
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        if (mode === 'signed') headers.authorization = `Bearer ${await signIn(bench.gql)}`;
        const body = JSON.stringify({ query: QUERY, variables: sc.variables });
        const check = (await (await fetch(url, { method: 'POST', headers, body })).json()) as {
          data?: { products: { totalCount: number; edges: { node: { name: string } }[] } };
          errors?: unknown;
        };
        if (!check.data) throw new Error(`scenario ${sc.name} fails: ${JSON.stringify(check.errors)}`);
        await autocannon({ url, method: 'POST', headers, body, connections: CONNECTIONS, duration: 2 }); // warm-up
        const rps: number[] = [];
        const p99: number[] = [];
        const p50: number[] = [];
        const cpu: number[] = [];
        const pgCpu: number[] = [];
        let errors = 0;
        for (let r = 0; r < RUNS; r++) {
          const database = new URL(dbUrl).pathname.slice(1);
          const cpu0 = cpuSeconds([bench.api.pid as number]);
          const pg0 = backendCpuByPid(database);
          const mono0 = process.hrtime.bigint() / 1000n;
          const res = await autocannon({ url, method: 'POST', headers, body, connections: CONNECTIONS, duration: SECONDS });
          // For profile-summary.ts --between (a profile's timestamps are CLOCK_MONOTONIC microseconds, as hrtime's).
          console.log(`  (profile window of ${mode} ${sc.name} run ${r + 1}: --between ${mono0},${process.hrtime.bigint() / 1000n})`);
          // no answer within the run: no per-request figure (NaN prints as such)
          cpu.push(res.requests.total ? ((cpuSeconds([bench.api.pid as number]) - cpu0) * 1000) / res.requests.total : NaN);
          pgCpu.push(res.requests.total ? (backendCpuGrowth(pg0, backendCpuByPid(database)) * 1000) / res.requests.total : NaN);
          rps.push(res.requests.average);
          p50.push(res.latency.p50);
          p99.push(res.latency.p99);
          errors += res.errors + res.non2xx;
        }
        const row: Row = {
          name: sc.name,
          mode,
          total: check.data.products.totalCount,
          rps: median(rps),
          p50: median(p50),
          p99: median(p99),
          cpuMs: median(cpu),
          pgCpuMs: median(pgCpu),
          runs: rps,
          errors,
        };
        out.push(row);
        console.log(
          `[${mode.padEnd(6)}] ${sc.name.padEnd(28)} total ${String(row.total).padStart(6)} first "${check.data.products.edges[0]?.node.name ?? '-'}"  ` +
            `median ${row.rps.toFixed(0)} req/s  p50 ${row.p50} ms  p99 ${row.p99} ms  API CPU ${row.cpuMs.toFixed(2)} ms/request  PostgreSQL CPU ${row.pgCpuMs.toFixed(2)} ms/request  (runs: ${rps.map((x) => x.toFixed(0)).join(', ')} req/s)  errors ${errors}  load ${loadAverage()}`,
        );
      }
    }
  } finally {
    await bench.stop();
  }
  return out;
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
