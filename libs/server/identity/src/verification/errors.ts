import { ERROR_CODES } from '@yigou/shared/domain';
import { AppError } from '@yigou/server/core';
import { waitLabel } from '../errors';

const invalidCode = (message: string) => new AppError(ERROR_CODES.INVALID_SMS_CODE, message, { field: 'code' });
export const codeMissing = () => invalidCode('请先获取短信验证码');
export const codeWrong = (left: number) => invalidCode(left > 0 ? `验证码错误，还可以再试 ${left} 次` : '验证码错误次数过多，请重新获取');
export const codeExpired = () => invalidCode('验证码已过期，请重新获取');
export const codeUsed = () => invalidCode('验证码已使用，请重新获取');
export const codeTriedTooOften = () => invalidCode('验证码错误次数过多，请重新获取');

export const sendTooSoon = (seconds: number) =>
  new AppError(ERROR_CODES.TOO_MANY_ATTEMPTS, `验证码发送过于频繁，请 ${waitLabel(seconds)}后再试`, { retryAfterSeconds: seconds });
export const phoneDayUsedUp = () =>
  new AppError(ERROR_CODES.TOO_MANY_ATTEMPTS, '该手机号今天获取验证码的次数已达上限，请明天再试', { retryAfterSeconds: 3600 });
export const addressHourUsedUp = () =>
  new AppError(ERROR_CODES.TOO_MANY_ATTEMPTS, '当前网络获取验证码过于频繁，请 1 小时后再试', { retryAfterSeconds: 3600 });
export const captchaRequired = () => new AppError(ERROR_CODES.CAPTCHA_REQUIRED, '请先输入图形验证码', { field: 'captcha' });
export const captchaWrong = () => new AppError(ERROR_CODES.CAPTCHA_REQUIRED, '图形验证码错误或已过期，请重新输入', { field: 'captcha' });
export const smsUnavailable = () => new AppError(ERROR_CODES.SMS_UNAVAILABLE, '短信服务暂未开通，请使用密码登录或联系客服');
export const smsSendFailed = () => new AppError(ERROR_CODES.SMS_UNAVAILABLE, '短信发送失败，请稍后再试');
export const phoneNotRegistered = () => new AppError(ERROR_CODES.NOT_FOUND, '该手机号尚未注册，请先注册', { field: 'phone' });
export const agreementRequired = () =>
  new AppError(ERROR_CODES.BAD_USER_INPUT, '请阅读并同意《用户服务协议》和《个人信息保护政策》', { field: 'acceptAgreement' });
export const agreementOutdated = () =>
  new AppError(ERROR_CODES.BAD_USER_INPUT, '协议已更新，请刷新页面后重新阅读并同意', { field: 'acceptAgreement' });
export const samePhone = () => new AppError(ERROR_CODES.BAD_USER_INPUT, '新手机号与当前手机号相同', { field: 'phone' });
export const wrongCurrentPassword = () => new AppError(ERROR_CODES.INVALID_CREDENTIALS, '当前密码不正确', { field: 'currentPassword' });
