import { GraphQLFormattedError } from 'graphql';
import { ERROR_CODES } from '@yigou/shared/domain';

const KNOWN_CODES = new Set<string>([
  ...Object.values(ERROR_CODES),
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Every error leaves the API with a stable `extensions.code` and without a
 * stack trace. Unknown failures become INTERNAL_SERVER_ERROR with a generic
 * Chinese message; their details go to the log, not to the client.
 */
export function formatGraphQLError(
  formatted: GraphQLFormattedError,
  onInternal?: (e: GraphQLFormattedError) => void,
): GraphQLFormattedError {
  const ext = { ...(formatted.extensions ?? {}) } as Record<string, unknown>;
  delete ext.stacktrace;
  delete ext.originalError;
  let code = typeof ext.code === 'string' ? ext.code : ERROR_CODES.INTERNAL;
  let message = formatted.message;
  // graphql-js variable coercion (e.g. 1.5 for an Int) arrives as an internal error: it is bad input, not a crash.
  if ((code === ERROR_CODES.INTERNAL || typeof ext.code !== 'string') && /^Variable "\$[^"]+" got invalid value/.test(message)) code = ERROR_CODES.BAD_USER_INPUT;
  // Nest's ValidationPipe/HttpExceptions arrive with their HTTP status.
  if (code === 'BAD_REQUEST' || code === 'BAD_USER_INPUT') {
    code = ERROR_CODES.BAD_USER_INPUT;
    if (/^Variable "\$/.test(message)) message = `输入格式不正确：${message}`;
    const original = (formatted.extensions as { originalError?: { message?: unknown } } | undefined)?.originalError;
    if (original && Array.isArray(original.message)) message = original.message.join('；');
  } else if (code === 'GRAPHQL_VALIDATION_FAILED' || code === 'GRAPHQL_PARSE_FAILED') {
    // keep graphql-js's own message: it names the field that is wrong
  } else if (!KNOWN_CODES.has(code) || code === ERROR_CODES.INTERNAL) {
    onInternal?.(formatted);
    code = ERROR_CODES.INTERNAL;
    message = '服务器内部错误，请稍后再试';
  }
  return { message, locations: formatted.locations, path: formatted.path, extensions: { ...pick(ext), code } };
}

function pick(ext: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of ['field', 'retryAfterSeconds', 'limit', 'skuId', 'productName', 'currentPriceFen', 'status']) if (k in ext) out[k] = ext[k];
  return out;
}
