import { ERROR_CODES } from '@yigou/shared/domain';
import { AppError, badInput } from '@yigou/server/core';

export const invalidCredentials = () => new AppError(ERROR_CODES.INVALID_CREDENTIALS, '账号或密码错误');
/** Said only to someone who proved the password or the SMS code, so it tells a stranger nothing about the account. */
export const signInSuspended = () => new AppError(ERROR_CODES.ACCOUNT_SUSPENDED, '账号已被停用，请联系平台管理员');
/** "30 秒" or "15 分钟": how long to wait, as people say it. */
export function waitLabel(seconds: number): string {
  return seconds < 60 ? `${Math.max(1, Math.ceil(seconds))} 秒` : `${Math.ceil(seconds / 60)} 分钟`;
}
const throttled = (what: string) => (retryAfterSeconds: number) =>
  new AppError(ERROR_CODES.TOO_MANY_ATTEMPTS, `${what}，请 ${waitLabel(retryAfterSeconds)}后再试`, { retryAfterSeconds });
export const tooManyAttempts = throttled('登录失败次数过多');
export const tooManyRegistrations = throttled('注册过于频繁');
export const tooManyRefreshes = throttled('登录状态刷新失败次数过多');
export const weakPassword = (message: string) => badInput(message, 'password');
export const alreadyRegistered = (what: 'phone' | 'email') =>
  new AppError(ERROR_CODES.ALREADY_REGISTERED, what === 'phone' ? '该手机号已注册，请直接登录' : '该邮箱已注册，请直接登录', {
    field: 'login',
  });
/** The password registration takes emails only; a phone is proven by an SMS code (registerBySms). */
export const phoneNeedsCode = () => badInput('用手机号注册需要短信验证码，请选择“手机号注册”并获取验证码', 'login');
export const invalidToken = (message = '登录已过期，请重新登录') => new AppError(ERROR_CODES.INVALID_TOKEN, message);

export const alreadyInUnit = () =>
  new AppError(ERROR_CODES.ALREADY_IN_UNIT, '您已属于另一个工作单位，请先退出原单位再加入', { field: 'unitId' });

export const joinRequestPending = (sameUnit: boolean) =>
  new AppError(
    ERROR_CODES.JOIN_REQUEST_PENDING,
    sameUnit ? '您已申请加入该单位，请等待单位管理员审批' : '您已有一个待审批的加入申请，请等待审批或先撤回该申请',
    { field: 'unitId' },
  );
export const alreadyUnitMember = () => new AppError(ERROR_CODES.ALREADY_UNIT_MEMBER, '您已是该单位成员', { field: 'unitId' });
