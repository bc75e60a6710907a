import { ArgumentsHost, Catch, ExceptionFilter, HttpException, PayloadTooLargeException } from '@nestjs/common';
import type { IncomingHttpHeaders } from 'node:http';
import type { FastifyReply } from 'fastify';
import { GraphQLError } from 'graphql';
import { ERROR_CODES } from '@yigou/shared/domain';
import type { RequestContext } from '../context/request-context';

/** REST errors carry the same {code, message, field} as GraphQL's extensions. */
export function httpError(err: unknown): never {
  if (err instanceof HttpException) throw err;
  if (err instanceof GraphQLError) {
    const ext = err.extensions as { code?: string; field?: string };
    const status =
      ext.code === ERROR_CODES.UNAUTHENTICATED || ext.code === ERROR_CODES.INVALID_TOKEN
        ? 401
        : ext.code === ERROR_CODES.FORBIDDEN
          ? 403
          : ext.code === ERROR_CODES.NOT_FOUND
            ? 404
            : ext.code === ERROR_CODES.INTERNAL
              ? 500
              : 400;
    throw new HttpException({ code: ext.code, message: err.message, field: ext.field ?? null }, status);
  }
  throw err;
}

/**
 * A REST handler's body for a signed-in caller (uploads and downloads do not pass through the GraphQL context):
 * `work` runs with the request's context once it has a user, and whatever is thrown on the way answers in the REST
 * shape (httpError): 401 without a valid token, 403, 404, 400 for the rest.
 */
export async function asSignedIn<T>(context: Promise<RequestContext>, work: (ctx: RequestContext) => Promise<T>): Promise<T> {
  try {
    const ctx = await context;
    ctx.requireUser();
    return await work(ctx);
  } catch (err) {
    httpError(err);
  }
}

/** The bearer token of a REST request (REST routes do not pass through the GraphQL context). */
export function bearerOf(req: { headers: IncomingHttpHeaders }): string | null {
  const h = req.headers.authorization;
  return h && h.startsWith('Bearer ') ? h.slice(7).trim() : null;
}

/** The multipart parser's size refusal (FileUpload), in our error shape (code, Chinese message). */
@Catch(PayloadTooLargeException)
export class FileTooLargeFilter implements ExceptionFilter {
  constructor(private readonly message = '文件不能超过 10 MB') {}
  catch(_: PayloadTooLargeException, host: ArgumentsHost): void {
    host
      .switchToHttp()
      .getResponse<FastifyReply>()
      .status(413)
      .send({ code: ERROR_CODES.FILE_TOO_LARGE, message: this.message, field: 'file' });
  }
}
