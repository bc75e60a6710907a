import { AppError } from '@yigou/server/core';
import { ERROR_CODES } from '@yigou/shared/domain';
import type { SupplierStatus } from '../dto/catalog.enums';

export const STATUS_LABELS: Record<SupplierStatus, string> = {
  pending: '待县级推荐',
  recommended: '待平台审核',
  approved: '已入驻',
  rejected: '未通过',
  suspended: '已暂停',
};

export const creditCodeTaken = () =>
  new AppError(ERROR_CODES.CREDIT_CODE_TAKEN, '该统一社会信用代码已经入驻或正在申请，请勿重复申请', { field: 'creditCode' });

export const invalidTransition = (status: SupplierStatus, action: string) =>
  new AppError(ERROR_CODES.INVALID_TRANSITION, `该供应商当前状态为「${STATUS_LABELS[status]}」，不能${action}`);

export const supplierNotApproved = () =>
  new AppError(ERROR_CODES.SUPPLIER_NOT_APPROVED, '供应商尚未通过入驻审核或已被暂停，暂不能管理商品');
