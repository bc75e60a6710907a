import { AppError } from '@yigou/server/core';
import { ERROR_CODES } from '@yigou/shared/domain';

export const INVOICE_ERROR_CODES = {
  ALREADY_ISSUED: ERROR_CODES.INVOICE_ALREADY_ISSUED,
  NOT_REQUESTED: ERROR_CODES.INVOICE_NOT_REQUESTED,
  BAD_FILE: ERROR_CODES.INVALID_INVOICE_FILE,
  ISSUER_UNAVAILABLE: ERROR_CODES.INVOICE_ISSUER_UNAVAILABLE,
  ISSUER_FAILED: ERROR_CODES.INVOICE_ISSUER_FAILED,
} as const;

export const invoiceAlreadyIssued = (invoiceNo: string) =>
  new AppError(INVOICE_ERROR_CODES.ALREADY_ISSUED, `该订单的发票已开具（发票号码 ${invoiceNo}），不能重复开票`, { invoiceNo });
export const invoiceNotRequested = () => new AppError(INVOICE_ERROR_CODES.NOT_REQUESTED, '买家没有申请发票，无需开票');
export const badInvoiceFile = (message: string) => new AppError(INVOICE_ERROR_CODES.BAD_FILE, message, { field: 'file' });
export const issuerUnavailable = () => new AppError(INVOICE_ERROR_CODES.ISSUER_UNAVAILABLE, '数电票开票平台未配置，请上传发票文件');
export const issuerFailed = (message: string) => new AppError(INVOICE_ERROR_CODES.ISSUER_FAILED, message);
