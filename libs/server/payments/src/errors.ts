import { AppError } from '@yigou/server/core';
import { ERROR_CODES } from '@yigou/shared/domain';

/** A second payment started while the first one's success is still being confirmed. */
export const paidAlready = () => new AppError(ERROR_CODES.INVALID_ORDER_STATE, '上一笔支付已成功，正在确认到账，请稍后刷新订单');
/** A transfer matched beyond its amount, or to an order it was already matched to, on the named field. */
export const transferOverMatched = (message: string, field: string) => new AppError(ERROR_CODES.TRANSFER_OVER_MATCHED, message, { field });
