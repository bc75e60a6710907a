import { ERROR_CODES } from '@yigou/shared/domain';
import { AppError, badInput, forbidden, notFound } from '@yigou/server/core';

export const outOfScope = (message: string) => forbidden(message);
export const reasonRequired = (message: string) => badInput(message, 'reason');
export const personNotFound = () => notFound('找不到该用户');
export const grantNotFound = () => notFound('找不到该角色授权，可能已被撤销');
export const unknownPhone = () => badInput('该手机号尚未注册以购账号，请对方先注册后再任命', 'phone');
export const alreadyHolds = () => new AppError(ERROR_CODES.ALREADY_HOLDS_ROLE, '该用户已拥有此角色', { field: 'role' });
export const accountSuspended = () =>
  new AppError(ERROR_CODES.ACCOUNT_SUSPENDED, '该账号已停用，请先恢复后再授予角色', { field: 'userId' });
export const lastPlatformAdmin = (what: 'withdraw' | 'suspend') =>
  new AppError(
    ERROR_CODES.LAST_PLATFORM_ADMIN,
    what === 'withdraw' ? '这是最后一位平台管理员，不能撤销其平台管理员角色' : '这是最后一位平台管理员，不能停用其账号',
    {
      field: 'userId',
    },
  );
export const notAMember = () => badInput('只能任命本单位成员为采购员，请先邀请对方加入本单位', 'userId');
