import { GraphQLError } from 'graphql';
import { ERROR_CODES, ErrorCode } from '@yigou/shared/domain';

/**
 * A coded, expected failure. The message is for people (Chinese first);
 * `code` is for programs and never changes. `field` names the input that is wrong; a refusal of several fields
 * (the validation pipe's `inputRefusal`) also lists them all as `fields: [{ field, message }]`.
 */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode | string, message: string, extra: { field?: string; [k: string]: unknown } = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export const badInput = (message: string, field?: string) => new AppError(ERROR_CODES.BAD_USER_INPUT, message, field ? { field } : {});
export const notFound = (message = '找不到该记录') => new AppError(ERROR_CODES.NOT_FOUND, message);
export const forbidden = (message = '没有权限执行此操作') => new AppError(ERROR_CODES.FORBIDDEN, message);
export const unauthenticated = (message = '请先登录') => new AppError(ERROR_CODES.UNAUTHENTICATED, message);

/**
 * An export with more rows than one file may hold: refused, never cut short — an auditor would take a cut file for the
 * whole log. `what` names the rows (e.g. 该范围内的访问日志); the person is asked for a shorter date range.
 */
export const exportTooLarge = (what: string, max: number) =>
  new AppError(
    ERROR_CODES.EXPORT_TOO_LARGE,
    `${what}超过 ${max.toLocaleString('en-US')} 条，超出一次导出的上限，未生成文件；请选择较短的日期范围分批导出`,
    { field: 'from', limit: max },
  );
