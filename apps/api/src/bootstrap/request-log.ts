import type { IncomingMessage, ServerResponse } from 'node:http';
import { hostname } from 'node:os';
import { stdSerializers } from 'pino';
import type { Options } from 'pino-http';
import type { AppConfig } from '@yigou/server/core';
import { operationName, RequestMeta } from '../metrics/operation-name';

type LoggedRequest = IncomingMessage & RequestMeta & { id?: unknown; originalUrl?: string };

/**
 * One line per HTTP request: id, method, path, caller's address and agent, status, GraphQL operation name and
 * signed-in user (res.operation, res.userId: known only once the body was read and the request ran; pino-http
 * serialises `req` when the request arrives, before Fastify parses the body) and time (responseTime, ms). Not every header: serialising and
 * redacting all of them,
 * plus a child logger per request for a constant field, was ~4 % of the API's
 * CPU per request in bench/checkout-hot-sku. `service` is a base field instead.
 */
export function requestLogOptions(config: Pick<AppConfig, 'logLevel' | 'nodeEnv'>): Options {
  return {
    level: config.logLevel,
    autoLogging: config.nodeEnv !== 'test',
    base: { pid: process.pid, hostname: hostname(), service: 'yigou-api' },
    customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
    wrapSerializers: false,
    serializers: {
      req: (req: LoggedRequest) => ({
        id: req.id,
        method: req.method,
        url: req.originalUrl ?? req.url,
        remoteAddress: req.socket?.remoteAddress,
        userAgent: req.headers?.['user-agent'],
      }),
      res: (res: ServerResponse & { req?: LoggedRequest }) => ({
        statusCode: res.statusCode,
        operation: res.req && (res.req.originalUrl ?? res.req.url)?.startsWith('/graphql') ? operationName(res.req) : undefined,
        userId: res.req?.yigouUserId,
      }),
      err: stdSerializers.err,
    },
    // Nothing above logs headers; kept so a later serializer that does cannot leak them.
    redact: ['req.headers.authorization', 'req.headers.cookie'],
  };
}
