import { AppError } from '@yigou/server/core';
import { ERROR_CODES } from '@yigou/shared/domain';

export function unknownRegion(code: string): AppError {
  return new AppError(ERROR_CODES.UNKNOWN_REGION, `未知的行政区划代码 ${code.slice(0, 20)}`, { field: 'countyCode' });
}
