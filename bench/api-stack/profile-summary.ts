/**
 * Reads a V8 .cpuprofile (node --cpu-prof, e.g. BENCH_API_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof") and prints
 * where the busy time went: per stack layer, each sample given to the innermost frame of its stack that belongs to a
 * layer (node's own frames — streams, events, http — count for the layer that called them; socket writes and GC are
 * their own lines), which sums to 100 %; then self time per package / source folder and per function.
 * (An inclusive split would not: Express middleware call the next one synchronously, so helmet would "include"
 * everything after it.)
 *
 *   node -r @swc-node/register bench/api-stack/profile-summary.ts /tmp/prof/CPU.….cpuprofile [--top 40] [--between A,B]
 *
 * `--between A,B`: only samples between A and B, microseconds of CLOCK_MONOTONIC (what V8 stamps a profile with):
 * bench/api-stack prints each timed run's window in that form, so start-up (module loading, migrations, demo data)
 * and warm-up are left out.
 */
import { readFileSync } from 'node:fs';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  startTime: number;
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

/** Layers asked about in issue 19, matched against a frame's URL (or function name for natives). */
const LAYERS: [string, RegExp][] = [
  [
    'express + router + body-parser',
    /node_modules\/(express|router|body-parser|raw-body|iconv-lite|type-is|qs|finalhandler|send|serve-static|content-type|on-finished)\//,
  ],
  [
    'fastify + middie + body parsing',
    /node_modules\/(fastify|@fastify\/(middie|formbody|multipart|busboy|error|proxy-addr|forwarded|fast-json-stringify-compiler)|find-my-way|light-my-request|avvio|fast-querystring|secure-json-parse|toad-cache|reusify|abstract-logging|process-warning|path-to-regexp)\//,
  ],
  ['@nestjs/core + common (pipeline)', /node_modules\/@nestjs\/(core|common|platform-express|platform-fastify)\//],
  ['@nestjs/graphql + apollo driver', /node_modules\/@nestjs\/(graphql|apollo)\//],
  ['@apollo/server + as-integrations', /node_modules\/(@apollo|@as-integrations)\//],
  ['graphql-js (parse, validate, execute)', /node_modules\/graphql\//],
  ['query limits plugin (depth/cost)', /libs\/server\/core\/src\/graphql\//],
  ['auth (token, user read)', /libs\/server\/identity\/src\/(auth\.service|token\.service)|node_modules\/jsonwebtoken\//],
  ['pg + TypeORM', /node_modules\/(pg|pg-protocol|pg-pool|pg-types|typeorm)\//],
  ['pino + pino-http + nestjs-pino', /node_modules\/(pino|pino-http|nestjs-pino|sonic-boom|pino-std-serializers|fast-redact)\//],
  ['helmet + security headers', /node_modules\/helmet\/|apps\/api\/src\/bootstrap\/http-guards/],
  ['metrics (prom-client, ApiMetrics)', /node_modules\/prom-client\/|apps\/api\/src\/metrics\//],
  ['class-validator / transformer', /node_modules\/class-(validator|transformer)\//],
  ['rate limiter', /rate-limit|libs\/server\/core\/src\/rate/],
  ['cors', /node_modules\/(cors|@fastify\/cors)\//],
];

/**
 * Work done on behalf of one of these callers (anywhere on the synchronous stack) is counted for it whatever layer
 * does it: a database round trip's pg, TypeORM and socket-write time goes to the read that asked for it.
 */
const PURPOSES: [string, RegExp][] = [
  ['the per-request user read (AuthService.loadAuthenticatedUser: pg + socket)', /libs\/server\/identity\/src\/auth\.service/],
  ["me's own user read (UserService.findById: TypeORM + pg + socket)", /libs\/server\/identity\/src\/user\.(service|resolver)/],
];

function main(): void {
  const file = process.argv[2];
  const top = process.argv.includes('--top') ? Number(process.argv[process.argv.indexOf('--top') + 1]) : 40;
  const p = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const between = process.argv.includes('--between') ? process.argv[process.argv.indexOf('--between') + 1].split(',').map(Number) : null;
  const at: number[] = [];
  p.samples.reduce((t, _id, i) => (at[i] = t + (p.timeDeltas[i] ?? 0)), p.startTime);
  const [from, to] = between ?? [0, Infinity];
  const self = new Map<number, number>();
  p.samples.forEach((id, i) => {
    if (at[i] >= from && at[i] < to) self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0));
  });
  let total = 0;
  let idle = 0;
  const bucket = new Map<string, number>();
  const fn = new Map<string, number>();
  const layer = new Map<string, number>();
  for (const [id, t] of self) {
    const n = byId.get(id) as Node;
    total += t;
    const name = n.callFrame.functionName;
    if (name === '(idle)' || name === '(program)') {
      if (name === '(idle)') idle += t;
    }
    const url = n.callFrame.url;
    const pkg =
      /node_modules\/((@[^/]+\/)?[^/]+)/.exec(url)?.[1] ??
      (url.includes('/work/')
        ? url.replace(/^.*\/(apps|libs)\//, '$1/').replace(/\/[^/]+$/, '')
        : url
          ? 'node:' + url.replace(/^node:/, '')
          : name);
    bucket.set(pkg, (bucket.get(pkg) ?? 0) + t);
    const key = `${name || '(anonymous)'} ${url.replace(/^.*node_modules\//, '').replace(/^.*\/work\/[^/]+\/[^/]+\//, '')}:${n.callFrame.lineNumber}`;
    fn.set(key, (fn.get(key) ?? 0) + t);
    let owner: string | null = null;
    for (let cur: number | undefined = id; !owner && cur !== undefined; cur = parent.get(cur)) {
      const u = (byId.get(cur) as Node).callFrame.url;
      owner = PURPOSES.find(([, re]) => re.test(u))?.[0] ?? null;
    }
    owner ??= /^(writev|writeBuffer|writeUtf8String)$/.test(name) ? 'socket writes (native)' : name === '(garbage collector)' ? 'GC' : null;
    for (let cur: number | undefined = id; !owner && cur !== undefined; cur = parent.get(cur)) {
      const f = (byId.get(cur) as Node).callFrame;
      owner = LAYERS.find(([, re]) => re.test(f.url))?.[0] ?? (/\/work\/.*\/(apps|libs)\//.test(f.url) ? 'our own code (other)' : null);
    }
    if (owner === 'socket writes (native)') {
      // whose write: the database connection's or the HTTP answer's
      let by: string | null = null;
      for (let cur = parent.get(id); !by && cur !== undefined; cur = parent.get(cur)) {
        const u = (byId.get(cur) as Node).callFrame.url;
        if (/node_modules\/(pg|pg-protocol)\//.test(u)) by = 'to PostgreSQL';
        else if (/_http_outgoing|_http_server/.test(u)) by = 'HTTP answers';
      }
      owner = `socket writes (native), ${by ?? 'other'}`;
    }
    if (name !== '(idle)') {
      owner ??= name === '(program)' || name === 'runMicrotasks' ? 'V8 / microtask queue' : 'node core (not under a layer)';
      layer.set(owner, (layer.get(owner) ?? 0) + t);
    }
  }
  const busy = total - idle;
  const pct = (t: number) => `${((t / busy) * 100).toFixed(1)} %`;
  console.log(
    `profile ${file}: ${(total / 1e6).toFixed(1)} s sampled, ${(busy / 1e6).toFixed(1)} s busy (shares below are of busy time)\n`,
  );
  console.log('per layer (innermost layer on the stack):');
  for (const [l, t] of [...layer].sort((a, b) => b[1] - a[1])) console.log(`  ${pct(t).padStart(7)}  ${l}`);
  console.log('\nself time per package / source folder:');
  for (const [k, t] of [...bucket].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${pct(t).padStart(7)}  ${k}`);
  console.log('\nself time per function:');
  for (const [k, t] of [...fn].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${pct(t).padStart(7)}  ${k}`);
}

main();
