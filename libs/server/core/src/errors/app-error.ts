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
