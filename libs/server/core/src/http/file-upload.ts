import { applyDecorators, UseFilters, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { AppError, badInput } from '../errors/app-error';
import { ERROR_CODES } from '@yigou/shared/domain';
import { FileTooLargeFilter } from './rest-errors';

/**
 * Files come to the API as multipart/form-data (field `file`), never inside a JSON body: the JSON body limit
 * stays small (JSON_BODY_LIMIT) and each kind of file has its own limit, listed here and in the README's
 * "Uploads" table. nginx's client_max_body_size (docker/nginx.conf) is the largest of them plus framing.
 */
export const UPLOAD_LIMITS = {
  /** Product photos (POST /media/images). */
  image: { bytes: 10 * 1024 * 1024, label: '图片' },
  /** Supplier product spreadsheets (POST /catalog/imports). */
  products: { bytes: 10 * 1024 * 1024, label: '商品导入文件' },
  /** Work units (POST /uploads/work-units). */
  'work-units': { bytes: 5 * 1024 * 1024, label: '单位导入文件' },
  /** County household registry and benefit links (POST /uploads/households, /uploads/benefit-links). */
  households: { bytes: 10 * 1024 * 1024, label: '脱贫户导入文件' },
  'benefit-links': { bytes: 10 * 1024 * 1024, label: '帮扶关系导入文件' },
  /** A supplier's issued invoice, PDF or OFD (POST /uploads/invoices/:orderId). */
  invoice: { bytes: 5 * 1024 * 1024, label: '发票文件' },
} as const satisfies Record<string, { bytes: number; label: string }>;

export type UploadKind = keyof typeof UPLOAD_LIMITS;

/** The JSON (and urlencoded) body limit: GraphQL operations and their variables only, files go as multipart. */
export const JSON_BODY_LIMIT = '256kb';

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/** The part of a multer file the importers use. */
export interface UploadedBytes {
  buffer: Buffer;
  size: number;
  originalname: string;
}

/** A checked upload: its bytes, its file name (UTF-8) and, for spreadsheets, the format from the name. */
export interface UploadedSheet {
  bytes: Buffer;
  fileName: string;
  format: 'xlsx' | 'csv';
}

/**
 * On a controller method: takes one multipart file (field `file`) of this kind into memory, refusing a larger
 * one with 413 FILE_TOO_LARGE and the kind's Chinese message before the handler runs.
 */
export function FileUpload(kind: UploadKind): MethodDecorator {
  const { bytes, label } = UPLOAD_LIMITS[kind];
  return applyDecorators(
    UseFilters(new FileTooLargeFilter(`${label}不能超过 ${megabytes(bytes)}`)),
    UseInterceptors(FileInterceptor('file', { limits: { fileSize: bytes + 1, files: 1, fields: 20, fieldSize: 64 * 1024 } })),
  );
}

/** The file name as sent: browsers send UTF-8, multer reads it as latin1. */
export function uploadedFileName(file: UploadedBytes): string {
  return Buffer.from(file.originalname, 'latin1').toString('utf8');
}

/** The uploaded spreadsheet of a FileUpload route, or a coded error: missing file, too large, not .xlsx/.csv. */
export function uploadedSheet(file: UploadedBytes | undefined, kind: UploadKind): UploadedSheet {
  if (!file) throw badInput('请选择要导入的文件', 'file');
  const { bytes, label } = UPLOAD_LIMITS[kind];
  if (file.size > bytes) throw new AppError(ERROR_CODES.FILE_TOO_LARGE, `${label}不能超过 ${megabytes(bytes)}`, { field: 'file' });
  const fileName = uploadedFileName(file);
  const ext = /\.(xlsx|csv)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (ext !== 'xlsx' && ext !== 'csv') throw badInput('只支持 xlsx 或 csv 文件', 'file');
  return { bytes: file.buffer, fileName, format: ext };
}
