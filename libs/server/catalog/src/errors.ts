import { AppError } from '@yigou/server/core';
import { ERROR_CODES } from '@yigou/shared/domain';
import type { ProductStatus } from './dto/catalog.enums';

/** Confirming an import job that has no valid rows or is not waiting for confirmation. */
export const importNotConfirmable = (validRows: number) =>
  new AppError(ERROR_CODES.INVALID_TRANSITION, validRows === 0 ? '没有可导入的有效行' : '该导入任务不在等待确认的状态');
/** A certification decided a second time: `then` says what was tried (不能重复审核, 不能驳回). */
export const certificationDecided = (then: string) => new AppError(ERROR_CODES.INVALID_TRANSITION, `该认定记录已审核，${then}`);
export const stockBelowZero = () => new AppError(ERROR_CODES.INSUFFICIENT_STOCK, '调整后库存不能小于0', { field: 'quantity' });
/** A supplier putting back on sale a product the platform took down. */
export const takenDownByPlatform = (reason: string | null) =>
  new AppError(ERROR_CODES.INVALID_TRANSITION, `该商品已被平台下架（${reason}），请联系平台处理`);
/** A product that was on sale (or taken off) cannot become a draft again. */
export const noWayBackToDraft = (status: ProductStatus) =>
  new AppError(ERROR_CODES.INVALID_TRANSITION, status === 'on_sale' ? '已上架的商品不能改回草稿，请先下架' : '已下架的商品不能改回草稿');
