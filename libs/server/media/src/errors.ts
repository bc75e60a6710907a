import { AppError } from '@yigou/server/core';
import { ERROR_CODES } from '@yigou/shared/domain';

export const noImage = () => new AppError(ERROR_CODES.INVALID_IMAGE, '请选择图片文件', { field: 'file' });
export const notAnImage = () =>
  new AppError(ERROR_CODES.INVALID_IMAGE, '文件不是有效的图片（支持 JPG、PNG、WebP、GIF）', { field: 'file' });
export const imageBroken = () => new AppError(ERROR_CODES.INVALID_IMAGE, '图片已损坏，无法读取', { field: 'file' });
export const imageNotSaved = () => new AppError(ERROR_CODES.INTERNAL, '图片保存失败，请稍后重试', { field: 'file' });
