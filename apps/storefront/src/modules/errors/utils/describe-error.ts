import { CombinedGraphQLErrors, ServerError, type ErrorLike } from '@apollo/client';
import { ERROR_CODES } from '@yigou/shared/domain';

/** One wrong input field and what is wrong with it (the server's Chinese message). */
export interface FieldProblem {
  field: string;
  message: string;
}

/** One error as the storefront shows it: the server's code and Chinese message. */
export interface DescribedError {
  code: string;
  /** The server's message (Chinese), when there was one. */
  serverMessage: string | null;
  /** For BAD_USER_INPUT: which input field is wrong (the first, when several are). */
  field: string | null;
  /**
   * Every wrong input field with its own message, in the input's order: the server's `extensions.fields` when it
   * named several, else the one `field` with the error's message; empty for an error that names no field.
   */
  fields: FieldProblem[];
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
  const serverMessage = typeof err.message === 'string' && err.message.trim() ? err.message : null;
  const field = typeof ext.field === 'string' ? ext.field : null;
  const listed = Array.isArray(ext.fields) ? ext.fields.filter(isFieldProblem) : [];
  return {
    code,
    serverMessage,
    field,
    fields: listed.length > 0 ? listed : field ? [{ field, message: serverMessage ?? '' }] : [],
    retryAfterSeconds: Number.isFinite(retry) && retry > 0 ? Math.ceil(retry) : null,
  };
}

function isFieldProblem(p: unknown): p is FieldProblem {
  const { field, message } = (p ?? {}) as Partial<Record<keyof FieldProblem, unknown>>;
  return typeof field === 'string' && typeof message === 'string';
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
    fields: [],
    retryAfterSeconds: null,
  };
}
