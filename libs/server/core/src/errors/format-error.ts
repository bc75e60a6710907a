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
 * PostgreSQL's data exceptions (SQLSTATE class 22) are caused by the values a client sent — a number past a
 * column's range, a NUL character, text too long for its column — so they are the client's error, not the
 * server's. (Inputs should be validated before they reach the database; this keeps a missed limit a 400.)
 */
const DATA_EXCEPTIONS: Record<string, string> = {
  '22001': '输入内容过长',
  '22003': '数值超出允许范围',
  '22007': '日期或时间格式不正确',
  '22008': '日期或时间超出范围',
  '22021': '输入含有不允许的字符',
  '22P02': '输入格式不正确',
  '22P05': '输入含有不允许的字符',
};

/** The SQLSTATE of a database error under `error` (TypeORM's QueryFailedError keeps pg's on `driverError`). */
function sqlState(error: unknown): string | null {
  let e = error as { originalError?: unknown; driverError?: { code?: unknown }; code?: unknown } | null | undefined;
  for (let i = 0; e && i < 4; i++) {
    const code = e.driverError?.code ?? e.code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    e = e.originalError as typeof e;
  }
  return null;
}

/**
 * The Chinese refusal for a database data exception (SQLSTATE class 22) under `error`, or null for any other error.
 * The API's DataExceptionFilter answers these as BAD_USER_INPUT without an error log; formatGraphQLError maps them too.
 */
export function dataExceptionMessage(error: unknown): string | null {
  const state = sqlState(error);
  return (state && DATA_EXCEPTIONS[state]) ?? null;
}

/**
 * Every error leaves the API with a stable `extensions.code` and without a
 * stack trace. Unknown failures become INTERNAL_SERVER_ERROR with a generic
 * Chinese message; their details go to the log, not to the client.
 */
export function formatGraphQLError(
  formatted: GraphQLFormattedError,
  onInternal?: (e: GraphQLFormattedError) => void,
  /** The error as thrown (Apollo's second argument to formatError). */
  error?: unknown,
): GraphQLFormattedError {
  const ext = { ...(formatted.extensions ?? {}) } as Record<string, unknown>;
  delete ext.stacktrace;
  delete ext.originalError;
  let code = typeof ext.code === 'string' ? ext.code : ERROR_CODES.INTERNAL;
  let message = formatted.message;
  // graphql-js variable coercion (e.g. 1.5 for an Int) arrives as an internal error: it is bad input, not a crash.
  if ((code === ERROR_CODES.INTERNAL || typeof ext.code !== 'string') && /^Variable "\$[^"]+" got invalid value/.test(message))
    code = ERROR_CODES.BAD_USER_INPUT;
  const dataException = code === ERROR_CODES.INTERNAL && error !== undefined ? dataExceptionMessage(error) : null;
  if (dataException)
    return {
      message: dataException,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ERROR_CODES.BAD_USER_INPUT },
    };
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
  for (const k of ['field', 'fields', 'retryAfterSeconds', 'limit', 'skuId', 'productName', 'currentPriceFen', 'status'])
    if (k in ext) out[k] = ext[k];
  return out;
}
