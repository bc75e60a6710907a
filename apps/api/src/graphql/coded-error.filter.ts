import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { GraphQLError } from 'graphql';

const HTTP_STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  INVALID_TOKEN: 401,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  TOO_MANY_ATTEMPTS: 429,
  RATE_LIMITED: 429,
  SERVER_BUSY: 429,
};

/**
 * Coded business errors (AppError is a GraphQLError) are answers, not
 * failures: in GraphQL they go back to the client without an error log; on
 * HTTP routes (uploads, webhooks) they become JSON with a fitting status.
 */
@Catch(GraphQLError)
export class CodedErrorFilter implements ExceptionFilter {
  catch(error: GraphQLError, host: ArgumentsHost): unknown {
    if (host.getType<string>() === 'graphql') return error;
    const res = host.switchToHttp().getResponse<FastifyReply>();
    const code = String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
    const retryAfter = error.extensions?.retryAfterSeconds;
    if (typeof retryAfter === 'number') res.header('retry-after', String(retryAfter));
    res.status(HTTP_STATUS[code] ?? 400).send({
      code,
      message: error.message,
      ...(error.extensions?.field ? { field: error.extensions.field } : {}),
      ...(error.extensions?.fields ? { fields: error.extensions.fields } : {}),
      ...(typeof retryAfter === 'number' ? { retryAfterSeconds: retryAfter } : {}),
    });
    return undefined;
  }
}
