import { AppError } from '@yigou/server/core';
import { ERROR_CODES } from '@yigou/shared/domain';

/** 查看明文 more often than `perHour` in the last hour; `retryAfterSeconds` until the oldest reveal leaves the hour. */
export const revealsTooOften = (perHour: number, retryAfterSeconds: number) =>
  new AppError(
    ERROR_CODES.TOO_MANY_ATTEMPTS,
    `查看明文过于频繁：每人每小时最多 ${perHour} 次，请 ${Math.ceil(retryAfterSeconds / 60)} 分钟后再试`,
    {
      retryAfterSeconds,
    },
  );
