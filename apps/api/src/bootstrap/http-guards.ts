import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';
import { QueryRateLimiter, rateLimitedError, rateLimitKey, runWithStatementBudget } from '@yigou/server/core';

/**
 * Security headers on every API response (helmet). The API answers JSON and images only — no HTML — so the
 * content security policy allows nothing and no page may frame it. HSTS is left to whatever terminates TLS
 * (nginx, a load balancer): the API cannot tell whether it is reached over HTTPS.
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"] },
    },
    crossOriginResourcePolicy: { policy: 'same-site' },
    strictTransportSecurity: false,
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });
}

/** Product images are public and embedded by pages of other origins (a CDN, the storefront on its own host). */
export function mediaResourcePolicy(_req: Request, res: Response, next: NextFunction): void {
  res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
  next();
}

/**
 * An anonymous client that spent its GraphQL budget is refused here, before its request is parsed or reaches
 * the response cache, until the budget's window lets it in again (QueryRateLimiter remembers refusals).
 */
export function refuseBlockedClients(limiter: QueryRateLimiter): RequestHandler {
  return (req, res, next) => {
    if (req.method !== 'POST' || req.headers.authorization) return next();
    const seconds = limiter.blockedSeconds(rateLimitKey(null, req.ip ?? 'unknown'));
    if (seconds === 0) return next();
    const e = rateLimitedError(seconds);
    res.set('retry-after', String(seconds));
    sendGraphQLErrors(req, res, 429, [{ message: e.message, extensions: { code: e.extensions.code, retryAfterSeconds: seconds } }]);
  };
}

/** Gives each GraphQL request its own count of SQL statements (the query-limits plugin sets the limit). */
export function statementBudget(_req: Request, _res: Response, next: NextFunction): void {
  runWithStatementBudget(next);
}

/** What clients of /graphql read: errors in GraphQL's shape, in the media type they asked for. */
function sendGraphQLErrors(req: Request, res: Response, status: number, errors: { message: string; extensions: Record<string, unknown> }[]): void {
  const type = req.accepts(['application/graphql-response+json', 'application/json']) || 'application/json';
  res.status(status).type(type).send(JSON.stringify({ errors }));
}

