/**
 * bench/abuse — a flood of expensive anonymous queries against what others need (a benchmark, not a test).
 *
 *   node -r @swc-node/register bench/abuse/run.ts [--products 2000] [--attackers 32] [--seconds 8] [--unprotected]
 *
 * Starts the API as deployed (production mode; per-client cost budgets, the anonymous gate and the statement
 * cap at their defaults) on a fresh database with the demo data and generated products, then times, one request
 * at a time, `GET /health` and a signed-in buyer's product search:
 *   1. idle, for `seconds`;
 *   2. while `attackers` anonymous connections (a separate process, each request from a random address) send
 *      expensive queries — 1,000-alias searches and the costliest 100-product search the limits allow, with text
 *      that misses the response cache — for `seconds`.
 * Prints p50/p99 of both probes in both phases beside the aim (p99 under attack < 3 × idle p99) and what the
 * attackers got back. `--unprotected` runs the same against an API with the budgets and the gate off, to show
 * what they buy. The machine is shared: other processes' load shows in every figure.
 */
import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { BenchApi, startBenchApi } from '../support/bench-api';
import { seedProducts, WORDS } from '../support/seed-products';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const PRODUCTS = arg('products', 2000);
const ATTACKERS = arg('attackers', 32);
const SECONDS = arg('seconds', 8);
const UNPROTECTED = process.argv.includes('--unprotected');

const SEARCH = `query($s: String) { products(search: $s, first: 20) { totalCount edges { node { id name priceFen supplier { name } } } } }`;

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] : NaN;
};

/** Times `probe` back to back for `seconds`; returns the latencies in ms and how many failed. */
async function timeLoop(seconds: number, probe: () => Promise<boolean>): Promise<{ ms: number[]; failed: number }> {
  const ms: number[] = [];
  let failed = 0;
  const end = Date.now() + seconds * 1000;
  while (Date.now() < end) {
    const t0 = process.hrtime.bigint();
    const ok = await probe().catch(() => false);
    ms.push(Number(process.hrtime.bigint() - t0) / 1e6);
    if (!ok) failed++;
    await sleep(20);
  }
  return { ms, failed };
}

async function probes(bench: BenchApi, token: string, seconds: number) {
  let n = 0;
  const [health, search] = await Promise.all([
    timeLoop(seconds, async () => (await fetch(`${bench.base}/health`)).ok),
    timeLoop(seconds, async () => {
      const res = await fetch(`${bench.base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: SEARCH, variables: { s: WORDS[n++ % WORDS.length] } }),
      });
      const body = (await res.json()) as { errors?: unknown };
      return res.ok && !body.errors;
    }),
  ]);
  return { health, search };
}

function attack(base: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['-r', '@swc-node/register', 'bench/abuse/attacker.ts', base, String(ATTACKERS), String(SECONDS)],
      {
        env: { ...process.env, SWC_NODE_PROJECT: 'tsconfig.base.json' },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.once('exit', (code) => (code === 0 ? resolve(out.trim()) : reject(new Error(`attacker exited with ${code}`))));
  });
}

const line = (name: string, idle: number[], loaded: number[], failedIdle: number, failedLoaded: number) => {
  const ratio = pct(loaded, 99) / pct(idle, 99);
  return (
    `${name.padEnd(22)} idle p50 ${pct(idle, 50).toFixed(1)} ms p99 ${pct(idle, 99).toFixed(1)} ms (${idle.length} req, ${failedIdle} failed) | ` +
    `attacked p50 ${pct(loaded, 50).toFixed(1)} ms p99 ${pct(loaded, 99).toFixed(1)} ms (${loaded.length} req, ${failedLoaded} failed) | ` +
    `p99 ${ratio.toFixed(2)}× idle — aim < 3× ${ratio < 3 ? 'met' : 'NOT met'}`
  );
};

async function main(): Promise<void> {
  // '' = the setting's default, i.e. as deployed (startBenchApi turns the budgets off for throughput benchmarks)
  const env: Record<string, string> = UNPROTECTED
    ? { RATE_LIMIT_ANONYMOUS_POINTS: '0', ANONYMOUS_CONCURRENCY: '0' }
    : { RATE_LIMIT_ANONYMOUS_POINTS: '', RATE_LIMIT_USER_POINTS: '', ANONYMOUS_CONCURRENCY: '' };
  const bench = await startBenchApi('abuse', env);
  try {
    const added = await seedProducts(bench.dbUrl, PRODUCTS);
    const login = await bench.gql<{ login: { accessToken: string } }>(
      'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
      { input: { login: 'buyer', password: 'yigou-demo' } },
    );
    const token = login.login.accessToken;
    console.log(
      `[${UNPROTECTED ? 'unprotected' : 'as deployed'}] ${PRODUCTS} products (${added} generated); ${ATTACKERS} anonymous attacking connections; ${SECONDS}s per phase; load average ${(await loadAverage()).join(' ')}`,
    );
    await probes(bench, token, 1); // warm-up
    const idle = await probes(bench, token, SECONDS);
    const [loaded, attackers] = await Promise.all([sleep(300).then(() => probes(bench, token, SECONDS - 0.6)), attack(bench.base)]);
    console.log(line('GET /health', idle.health.ms, loaded.health.ms, idle.health.failed, loaded.health.failed));
    console.log(line('signed-in search', idle.search.ms, loaded.search.ms, idle.search.failed, loaded.search.failed));
    console.log(`attackers: ${attackers}   load average after: ${(await loadAverage()).join(' ')}`);
  } finally {
    await bench.stop();
  }
}

async function loadAverage(): Promise<string[]> {
  const { loadavg } = await import('node:os');
  return loadavg().map((x) => x.toFixed(1));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
