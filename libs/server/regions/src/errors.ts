import { AppError } from '@yigou/server/core';
import { ERROR_CODES } from '@yigou/shared/domain';

export function unknownRegion(code: string): AppError {
  return new AppError(ERROR_CODES.UNKNOWN_REGION, `未知的行政区划代码 ${code.slice(0, 20)}`, { field: 'countyCode' });
}

/** An address whose codes or names do not nest (county under city under province), on the named field. */
export const regionMismatch = (message: string, field: string) => new AppError(ERROR_CODES.REGION_MISMATCH, message, { field });

/** A region picked where a county is wanted. */
export const notACounty = (fullName: string) =>
  new AppError(ERROR_CODES.UNKNOWN_REGION, `${fullName}不是县级行政区划，请选择一个县`, { field: 'countyCode' });
