/**
 * bench/api-stack — what the HTTP + GraphQL stack costs per request (issue 19), beside a bare node:http endpoint.
 *
 *   DATABASE_URL=postgres://… node -r @swc-node/register bench/api-stack/run.ts [--connections 50] [--seconds 5]
 *     [--runs 3] [--spikes | --spikes-only] [--only 'api { me }']
 *     [--baseline /tmp/base] [--baseline-env USER_CACHE=false]
 *
 * Targets, each its own process, driven one after the other in every round (so a round compares them under the same
 * machine load), medians of --runs rounds:
 * - `bare`: node:http answering a fixed JSON body (the limit; bench/api-stack/spike-server.ts).
 * - `api { me }`: the real API (production settings, demo data), signed in as the demo purchaser, `{ me { id displayName } }`.
 * - `api { __typename }`: the same process, anonymous, no resolver and no SQL: the stack alone (with a Cookie header,
 *   so that the public response cache does not answer it).
 * With `--spikes`: `fastify-bare`, `nest-express`, `nest-fastify`, `nest-express-jit`, `nest-fastify-lean` (Apollo's
 * cache-control and inline-trace plugins off, as in the API), `nest-fastify-mercurius` (jit: 1),
 * `nest-fastify-mercurius-nojit` — the same one-field query on a Nest module with no auth, no database, no app
 * middleware, on each HTTP adapter / execution engine — and `… cards` targets: the Fastify spikes (Apollo, Apollo lean,
 * Mercurius with and without jit) answering 20 cards × 12 fields, a signed-in catalogue page's shape (spike-server.ts).
 * `--spikes-only`: the spikes and `bare` without the real API (no database needed).
 *
 * Prints per target: requests/s, p50, p99 and the server process's CPU per request (user + system from /proc), with
 * "per core" = 1000 / CPU ms (what one core would serve if the process had it alone), and the load average.
 */
import 'reflect-metadata';
import autocannon from 'autocannon';
import { ChildProcess, fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { cpuSeconds, freePort, startBenchApi } from '../support/bench-api';
import { loadAverage, median } from '../support/rounds';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const CONNECTIONS = arg('connections', 50);
const SECONDS = arg('seconds', 5);
const RUNS = arg('runs', 3);
const SPIKES_ONLY = process.argv.includes('--spikes-only');
const SPIKES = SPIKES_ONLY || process.argv.includes('--spikes');
// --only 'api { me }' (comma-separated target names): drive just those, e.g. under BENCH_API_NODE_ARGS=--cpu-prof.
const ONLY = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1].split(',') : null;
// --baseline DIR: a checkout of the code before a change (git archive <commit> | tar -x -C DIR, plus a node_modules
// link): its API runs beside this one, and its `{ me }` / `{ __typename }` are driven in the same rounds.
const BASELINE = process.argv.includes('--baseline') ? process.argv[process.argv.indexOf('--baseline') + 1] : null;
// --baseline-env K=V[,K=V]: settings of the baseline API; without --baseline it runs from this checkout, so one setting
// (e.g. USER_CACHE=false) is compared with the default in the same rounds.
const BASELINE_ENV: Record<string, string> | null = process.argv.includes('--baseline-env')
  ? Object.fromEntries(process.argv[process.argv.indexOf('--baseline-env') + 1].split(',').map((kv) => kv.split('=') as [string, string]))
  : null;
const SPIKE_MODULES = process.env.SPIKE_NODE_MODULES ?? '/tmp/spike/node_modules';
const ME = JSON.stringify({ query: '{ me { id displayName } }' });
const CARDS = JSON.stringify({
  query: '{ cards { id title subtitle priceCents originalPriceCents unit county province imageUrl stock sold favourite } }',
});

interface Target {
  name: string;
  url: string;
  pid: number;
  body: string;
  headers: Record<string, string>;
}

async function spike(kind: string): Promise<{ target: Target; proc: ChildProcess }> {
  const port = await freePort();
  const proc = fork(join(__dirname, 'spike-server.ts'), [], {
    execArgv: ['-r', '@swc-node/register'],
    env: {
      ...process.env,
      SPIKE: kind,
      PORT: String(port),
      NODE_ENV: 'production',
      SWC_NODE_PROJECT: 'tsconfig.base.json',
      NODE_PATH: [...(existsSync(SPIKE_MODULES) ? [SPIKE_MODULES] : []), join(process.cwd(), 'node_modules')].join(':'),
    },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  await new Promise<void>((resolve, reject) => {
    proc.once('message', () => resolve());
    proc.once('exit', (code) => reject(new Error(`spike ${kind} exited with ${code}`)));
  });
  return {
    target: {
      name: kind,
      url: `http://127.0.0.1:${port}/graphql`,
      pid: proc.pid as number,
      body: ME,
      headers: { 'content-type': 'application/json' },
    },
    proc,
  };
}

interface Figure {
  rps: number;
  p50: number;
  p99: number;
  cpuMs: number;
  errors: number;
}

async function drive(t: Target, seconds: number): Promise<Figure> {
  const cpu0 = cpuSeconds([t.pid]);
  const t0 = Date.now();
  const mono0 = process.hrtime.bigint() / 1000n;
  const out = await autocannon({
    url: t.url,
    method: 'POST',
    headers: t.headers,
    body: t.body,
    connections: CONNECTIONS,
    duration: seconds,
  });
  const elapsed = (Date.now() - t0) / 1000;
  const cpu = cpuSeconds([t.pid]) - cpu0;
  const ok = out.requests.total - out.non2xx;
  // For profile-summary.ts --between (a profile's timestamps are CLOCK_MONOTONIC microseconds, as hrtime's).
  if (seconds > 1) console.log(`  (profile window of the run below: --between ${mono0},${process.hrtime.bigint() / 1000n})`);
  return {
    rps: ok / elapsed,
    p50: out.latency.p50,
    p99: out.latency.p99,
    cpuMs: ok ? (cpu * 1000) / ok : NaN,
    errors: out.errors + out.non2xx,
  };
}

async function main(): Promise<void> {
  console.log(`bench/api-stack: ${CONNECTIONS} connections × ${SECONDS} s × ${RUNS} rounds; load average at start ${loadAverage()}`);
  const bench = SPIKES_ONLY ? null : await startBenchApi('apistack');
  const baseline =
    !SPIKES_ONLY && (BASELINE || BASELINE_ENV)
      ? await startBenchApi('apistack_base', BASELINE_ENV ?? {}, { cwd: BASELINE ?? undefined })
      : null;
  const procs: ChildProcess[] = [];
  try {
    const targets: Target[] = [];
    const bare = await spike('bare');
    procs.push(bare.proc);
    targets.push(bare.target);
    for (const [label, api] of [
      ['api', bench],
      ['baseline', baseline],
    ] as const) {
      if (!api) continue;
      const token = (
        await api.gql<{ login: { accessToken: string } }>(`mutation($i: LoginInput!) { login(input: $i) { accessToken } }`, {
          i: { login: 'purchaser', password: 'yigou-demo' },
        })
      ).login.accessToken;
      const url = `${api.base}/graphql`;
      const pid = api.api.pid as number;
      targets.push({
        name: `${label} { me }`,
        url,
        pid,
        body: ME,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      });
      // A Cookie header keeps it out of the public response cache (which would answer it from memory).
      targets.push({
        name: `${label} { __typename }`,
        url,
        pid,
        body: JSON.stringify({ query: '{ __typename }' }),
        headers: { 'content-type': 'application/json', cookie: 'bench=1' },
      });
    }
    if (SPIKES) {
      const kinds = [
        'fastify-bare',
        'nest-express',
        'nest-fastify',
        'nest-fastify-lean',
        'nest-express-jit',
        'nest-fastify-mercurius',
        'nest-fastify-mercurius-nojit',
      ];
      // With --only, start just the spikes it names (a `… cards` target needs its spike).
      for (const kind of kinds.filter((k) => !ONLY || ONLY.some((o) => o === k || o === `${k} cards`))) {
        const s = await spike(kind);
        procs.push(s.proc);
        targets.push(s.target);
      }
      for (const kind of ['nest-fastify', 'nest-fastify-lean', 'nest-fastify-mercurius', 'nest-fastify-mercurius-nojit']) {
        const t = targets.find((x) => x.name === kind);
        if (t) targets.push({ ...t, name: `${kind} cards`, body: CARDS });
      }
    }
    if (ONLY) targets.splice(0, targets.length, ...targets.filter((t) => ONLY.includes(t.name)));
    // Every target answers before it is timed.
    for (const t of targets) {
      const res = await fetch(t.url, { method: 'POST', headers: t.headers, body: t.body });
      const text = await res.text();
      if (!res.ok || text.includes('"errors"')) throw new Error(`${t.name}: ${res.status} ${text}`);
      if (t.body === CARDS && (JSON.parse(text) as { data: { cards: unknown[] } }).data.cards.length !== 20)
        throw new Error(`${t.name}: not 20 cards`);
      await drive(t, 1); // warm-up
    }
    const figures = new Map<string, Figure[]>(targets.map((t) => [t.name, []]));
    for (let r = 1; r <= RUNS; r++) {
      console.log(`round ${r}, load average ${loadAverage()}`);
      // Odd rounds in order, even rounds reversed: with --baseline neither API is always driven first.
      for (const t of r % 2 === 1 ? targets : [...targets].reverse()) {
        const f = await drive(t, SECONDS);
        figures.get(t.name)?.push(f);
        console.log(
          `  ${t.name.padEnd(34)} ${f.rps.toFixed(0).padStart(6)} req/s  p50 ${f.p50} ms  p99 ${f.p99} ms  CPU ${f.cpuMs.toFixed(3)} ms/request` +
            `  (${(1000 / f.cpuMs).toFixed(0)} per core)${f.errors ? `  errors ${f.errors}` : ''}`,
        );
      }
    }
    const bareCpu = figures.has('bare') ? median((figures.get('bare') ?? []).map((f) => f.cpuMs)) : 0;
    console.log(`\nmedians (load average at the end ${loadAverage()}):`);
    console.log('| target | req/s | p50 | p99 | CPU ms/request | req/s per core | CPU above bare | runs (req/s) |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
    for (const t of targets) {
      const fs = figures.get(t.name) ?? [];
      const cpu = median(fs.map((f) => f.cpuMs));
      console.log(
        `| ${t.name} | ${median(fs.map((f) => f.rps)).toFixed(0)} | ${median(fs.map((f) => f.p50))} ms | ${median(fs.map((f) => f.p99))} ms | ` +
          `${cpu.toFixed(3)} | ${(1000 / cpu).toFixed(0)} | ${(cpu - bareCpu).toFixed(3)} | ${fs.map((f) => f.rps.toFixed(0)).join(', ')} |`,
      );
    }
    // Where each API answered its per-request user reads from (USER_CACHE), from its /metrics.
    for (const [label, api] of [
      ['api', bench],
      ['baseline', baseline],
    ] as const) {
      if (!api) continue;
      const text = await (await fetch(`${api.base}/metrics`)).text();
      const reads = (source: string) => new RegExp(`^yigou_user_reads\\{source="${source}"[^}]*\\} (\\d+)`, 'm').exec(text)?.[1] ?? '?';
      console.log(`${label}: user reads from the cache ${reads('cache')}, from the database ${reads('database')}`);
    }
  } finally {
    for (const p of procs) p.kill('SIGTERM');
    await bench?.stop();
    await baseline?.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
