/**
 * The baseline for bench/live-fanout: a bare graphql-ws server (ws + graphql-js,
 * no Nest, no database, no coalescing) fanning a published tick out to every
 * subscriber of a channel. POST /publish {"at": iso, "text": …} publishes;
 * GET /count returns the number of live subscriptions. 127.0.0.1 only.
 */
import { createServer } from 'node:http';
import { buildSchema, GraphQLSchema } from 'graphql';
import { WebSocketServer } from 'ws';

// graphql-ws publishes its ws adapter as a subpath export, which this repo's `node` module resolution cannot type.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { useServer } = require('graphql-ws/use/ws') as {
  useServer: (options: { schema: GraphQLSchema; roots?: Record<string, unknown> }, wss: WebSocketServer) => unknown;
};

interface Tick {
  at: string;
  text: string;
}

const schema = buildSchema(`
  type Tick { at: String! text: String! }
  type Query { ok: Boolean }
  type Subscription { ticks(channel: String!): Tick! }
`);

const listeners = new Set<(t: Tick) => void>();

function subscribeTicks(): AsyncIterableIterator<{ ticks: Tick }> {
  const queue: Tick[] = [];
  let waiting: ((r: IteratorResult<{ ticks: Tick }>) => void) | null = null;
  const listener = (t: Tick) => {
    if (waiting) {
      const w = waiting;
      waiting = null;
      w({ value: { ticks: t }, done: false });
    } else queue.push(t);
  };
  listeners.add(listener);
  const it: AsyncIterableIterator<{ ticks: Tick }> = {
    next: () => {
      const t = queue.shift();
      if (t) return Promise.resolve({ value: { ticks: t }, done: false });
      return new Promise((r) => (waiting = r));
    },
    return: () => {
      listeners.delete(listener);
      waiting?.({ value: undefined, done: true });
      return Promise.resolve({ value: undefined, done: true });
    },
    throw: (e: unknown) => {
      listeners.delete(listener);
      return Promise.reject(e);
    },
    [Symbol.asyncIterator]: () => it,
  };
  return it;
}

const port = Number(process.env.PORT ?? 3711);
const http = createServer((req, res) => {
  if (req.method === 'POST' && req.url === '/publish') {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      const tick = JSON.parse(body) as Tick;
      for (const l of listeners) l(tick);
      res.end('ok');
    });
    return;
  }
  if (req.url === '/count') {
    res.end(String(listeners.size));
    return;
  }
  res.statusCode = 404;
  res.end();
});
const wss = new WebSocketServer({ server: http, path: '/graphql' });
useServer({ schema, roots: { subscription: { ticks: subscribeTicks } } }, wss);
http.listen(port, '127.0.0.1', () => process.stdout.write(JSON.stringify({ ready: port }) + '\n'));
process.on('SIGTERM', () => process.exit(0));
