import { AppError } from '@yigou/server/core';
import { ERROR_CODES } from '@yigou/shared/domain';

export const filingWindowClosed = (opens?: Date, closes?: Date) =>
  new AppError(
    ERROR_CODES.FILING_WINDOW_CLOSED,
    opens && closes
      ? `不在填报期内（填报期 ${opens.toISOString().slice(0, 10)} 至 ${closes.toISOString().slice(0, 10)}）`
      : '本年度尚未开放填报',
    { field: 'year' },
  );
