import { ERROR_CODES } from '@yigou/shared/domain';
import { AppError } from '@yigou/server/core';

export const invalidCredentials = () => new AppError(ERROR_CODES.INVALID_CREDENTIALS, '账号或密码错误');
export const tooManyAttempts = (retryAfterSeconds: number) =>
  new AppError(
    ERROR_CODES.TOO_MANY_ATTEMPTS,
    `登录失败次数过多，请 ${Math.ceil(retryAfterSeconds / 60)} 分钟后再试`,
    { retryAfterSeconds },
  );
export const alreadyRegistered = (what: 'phone' | 'email') =>
  new AppError(ERROR_CODES.ALREADY_REGISTERED, what === 'phone' ? '该手机号已注册，请直接登录' : '该邮箱已注册，请直接登录', {
    field: 'login',
  });
export const invalidToken = (message = '登录已过期，请重新登录') => new AppError(ERROR_CODES.INVALID_TOKEN, message);
