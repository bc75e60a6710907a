import { CombinedGraphQLErrors, ServerError, type ErrorLike } from '@apollo/client';
import { ERROR_CODES } from '@yigou/shared/domain';

/** One error as the storefront shows it: the server's code and Chinese message. */
export interface DescribedError {
  code: string;
  /** The server's message (Chinese), when there was one. */
  serverMessage: string | null;
  /** For BAD_USER_INPUT: which input field is wrong. */
  field: string | null;
  /** For TOO_MANY_ATTEMPTS. */
  retryAfterSeconds: number | null;
}

export const NETWORK_ERROR = 'NETWORK';
export const UNKNOWN_ERROR = 'UNKNOWN';

interface RawGraphQLError {
  message?: unknown;
  extensions?: Record<string, unknown> | null;
}

function fromGraphQLError(err: RawGraphQLError): DescribedError {
  const ext = err.extensions ?? {};
  const code = typeof ext.code === 'string' ? ext.code : UNKNOWN_ERROR;
  const retry = Number(ext.retryAfterSeconds);
  return {
    code,
    serverMessage: typeof err.message === 'string' && err.message.trim() ? err.message : null,
    field: typeof ext.field === 'string' ? ext.field : null,
    retryAfterSeconds: Number.isFinite(retry) && retry > 0 ? Math.ceil(retry) : null,
  };
}

/** The GraphQL errors inside whatever Apollo handed us, if any. */
export function graphQLErrorsOf(error: unknown): RawGraphQLError[] {
  if (CombinedGraphQLErrors.is(error)) return [...error.errors];
  if (ServerError.is(error)) {
    try {
      const body = JSON.parse(error.bodyText) as { errors?: RawGraphQLError[] };
      if (Array.isArray(body.errors)) return body.errors;
    } catch {
      // not a GraphQL body
    }
  }
  return [];
}

export function errorCodesOf(error: unknown): string[] {
  return graphQLErrorsOf(error)
    .map((e) => e.extensions?.code)
    .filter((c): c is string => typeof c === 'string');
}

const AUTH_CODES: readonly string[] = [ERROR_CODES.UNAUTHENTICATED, ERROR_CODES.INVALID_TOKEN];

export function isAuthError(error: unknown): boolean {
  return errorCodesOf(error).some((c) => AUTH_CODES.includes(c));
}

/** Reduces any Apollo error to the first thing worth telling the person. */
export function describeError(error: ErrorLike | unknown): DescribedError {
  const gqlErrors = graphQLErrorsOf(error);
  if (gqlErrors.length > 0) return fromGraphQLError(gqlErrors[0]);
  const isHttp = ServerError.is(error);
  return {
    code: isHttp && error.statusCode < 500 ? UNKNOWN_ERROR : NETWORK_ERROR,
    serverMessage: null,
    field: null,
    retryAfterSeconds: null,
  };
}
