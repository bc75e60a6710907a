import { AppError } from '@yigou/server/core';
import { ERROR_CODES } from '@yigou/shared/domain';

export const offerClosed = (message = '直播优惠不在有效时间内') => new AppError(ERROR_CODES.LIVE_OFFER_CLOSED, message);
export const soldOut = () => new AppError(ERROR_CODES.LIVE_SOLD_OUT, '直播专享库存已抢完');
export const buyerLimit = (limit: number) => new AppError(ERROR_CODES.LIVE_BUYER_LIMIT, `每人限购 ${limit} 件`, { limit });
export const sessionState = (message: string) => new AppError(ERROR_CODES.LIVE_SESSION_STATE, message);
export const commentTooFast = (seconds: number) =>
  new AppError(ERROR_CODES.LIVE_COMMENT_TOO_FAST, `发言太快了，请 ${seconds} 秒后再试`, { retryAfterSeconds: seconds });
export const muted = () => new AppError(ERROR_CODES.LIVE_MUTED, '您已被主播禁言');
