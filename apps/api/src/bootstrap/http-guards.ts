import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import helmet from 'helmet';
import { QueryRateLimiter, rateLimitedError, rateLimitKey, runWithStatementBudget } from '@yigou/server/core';

type NodeMiddleware = (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => void;

/**
 * Security headers on every API response (helmet). The API answers JSON and images only — no HTML — so the
 * content security policy allows nothing and no page may frame it. HSTS is left to whatever terminates TLS
 * (nginx, a load balancer): the API cannot tell whether it is reached over HTTPS.
 */
export function securityHeaders(): NodeMiddleware {
  return replayed(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"] },
      },
      crossOriginResourcePolicy: { policy: 'same-site' },
      strictTransportSecurity: false,
      xFrameOptions: { action: 'deny' },
      referrerPolicy: { policy: 'no-referrer' },
    }) as NodeMiddleware,
  );
}

/**
 * With these options helmet's answer is the same for every request (no nonce, nothing read from the request): its
 * header writes are recorded once and replayed, instead of walking its dozen small middlewares per request (~2 % of
 * a `{ me }`'s CPU, issue 19). A middleware that does anything else than set or remove headers synchronously is
 * refused at start-up.
 */
function replayed(middleware: NodeMiddleware): NodeMiddleware {
  const writes: [name: string, value: string | number | readonly string[] | null][] = [];
  let called = false;
  const recorder = {
    setHeader(name: string, value: string | number | readonly string[]) {
      writes.push([name, value]);
      return recorder;
    },
    removeHeader(name: string) {
      writes.push([name, null]);
    },
  };
  middleware({ headers: {}, method: 'GET', url: '/' } as IncomingMessage, recorder as unknown as ServerResponse, (err) => {
    if (err) throw err instanceof Error ? err : new Error(String(err));
    called = true;
  });
  if (!called) throw new Error('security headers: the middleware did not answer synchronously');
  return (_req, res, next) => {
    for (const [name, value] of writes) {
      if (value === null) res.removeHeader(name);
      else res.setHeader(name, value);
    }
    next();
  };
}

/** Product images are public and embedded by pages of other origins (a CDN, the storefront on its own host). */
export function mediaResourcePolicy(_req: IncomingMessage, res: ServerResponse, next: () => void): void {
  res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
  next();
}

/**
 * An anonymous client that spent its GraphQL budget is refused here (a Fastify onRequest hook on /graphql),
 * before its request is parsed or reaches the response cache, until the budget's window lets it in again
 * (QueryRateLimiter remembers refusals).
 */
export function refuseBlockedClients(limiter: QueryRateLimiter) {
  return (req: FastifyRequest, reply: FastifyReply, done: () => void): void => {
    if (req.method !== 'POST' || req.headers.authorization) return done();
    const seconds = limiter.blockedSeconds(rateLimitKey(null, req.ip ?? 'unknown'));
    if (seconds === 0) return done();
    const e = rateLimitedError(seconds);
    reply.header('retry-after', String(seconds));
    sendGraphQLErrors(req, reply, 429, [{ message: e.message, extensions: { code: e.extensions.code, retryAfterSeconds: seconds } }]);
  };
}

/**
 * Gives each GraphQL request its own count of SQL statements (the query-limits plugin sets the limit). A
 * preHandler hook: after the body is read, so the handler runs inside the budget's async context.
 */
export function statementBudget(_req: FastifyRequest, _reply: FastifyReply, done: () => void): void {
  runWithStatementBudget(done);
}

const GRAPHQL_RESPONSE = 'application/graphql-response+json';

/** What clients of /graphql read: errors in GraphQL's shape, in the media type they asked for. */
export function sendGraphQLErrors(
  req: FastifyRequest,
  reply: FastifyReply,
  status: number,
  errors: { message: string; extensions: Record<string, unknown> }[],
): void {
  reply
    .status(status)
    .type(`${prefersGraphQLResponse(req.headers.accept) ? GRAPHQL_RESPONSE : 'application/json'}; charset=utf-8`)
    .send(JSON.stringify({ errors }));
}

/**
 * Express's `req.accepts(['application/graphql-response+json', 'application/json'])`: the first of the two that
 * the Accept header allows with the highest quality; with no Accept header, the first.
 */
export function prefersGraphQLResponse(accept: string | undefined): boolean {
  if (!accept) return true;
  let best: { type: string; q: number } | null = null;
  for (const candidate of [GRAPHQL_RESPONSE, 'application/json']) {
    let q = -1;
    for (const part of accept.split(',')) {
      const [range, ...params] = part.trim().toLowerCase().split(';');
      const quality = Number(
        params
          .map((p) => p.trim())
          .find((p) => p.startsWith('q='))
          ?.slice(2) ?? '1',
      );
      if (range === candidate || range === `${candidate.split('/')[0]}/*` || range === '*/*')
        q = Math.max(q, Number.isFinite(quality) ? quality : 1);
    }
    if (q > 0 && (!best || q > best.q)) best = { type: candidate, q };
  }
  return best?.type === GRAPHQL_RESPONSE;
}
