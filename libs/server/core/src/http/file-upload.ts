import {
  applyDecorators,
  BadRequestException,
  Inject,
  CallHandler,
  ExecutionContext,
  HttpCode,
  mixin,
  NestInterceptor,
  PayloadTooLargeException,
  Post,
  Type,
  UseFilters,
  UseInterceptors,
} from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Observable } from 'rxjs';
import { Public } from '../auth/auth.decorators';
import { badInput } from '../errors/app-error';
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
  /** A supplier's issued invoice, PDF or OFD (POST /uploads/invoices/:orderId): a 数电票 is well under 200 KB; room for scans. */
  invoice: { bytes: 5 * 1024 * 1024, label: '发票文件' },
  /** A bank statement CSV for the finance desk (POST /payments/bank-statements): 5,000 rows are well under 2 MB. */
  'bank-statement': { bytes: 5 * 1024 * 1024, label: '银行流水文件' },
} as const satisfies Record<string, { bytes: number; label: string }>;

export type UploadKind = keyof typeof UPLOAD_LIMITS;

/** The JSON (and urlencoded) body limit: GraphQL operations and their variables only, files go as multipart. */
export const JSON_BODY_LIMIT = '256kb';
/** JSON_BODY_LIMIT in bytes (Fastify's bodyLimit). */
export const JSON_BODY_LIMIT_BYTES = 256 * 1024;

/** The multipart plugin's defaults (each FileUpload route passes its own file size): one file, a few small fields. */
export const MULTIPART_LIMITS = { files: 1, fields: 20, fieldSize: 64 * 1024, parts: 40 };

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/** The uploaded file as the importers use it (the shape multer had: FileUpload reads it into memory). */
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
 * Who may send a file, asked before a single byte of it is read. Upload routes are `@Public` for the guard (REST
 * requests do not pass through the GraphQL context) and authenticate in their handler, which runs only after the
 * whole file is in memory: without this gate an anonymous client could make the API hold 10 MB per request, and a
 * signed-in one could store files without end. Identity implements it (the caller must be signed in; each upload is
 * charged to the user's upload budget); it throws a coded error (UNAUTHENTICATED 401, RATE_LIMITED 429) to refuse.
 */
export abstract class UploadGate {
  abstract admit(req: FastifyRequest, kind: UploadKind): Promise<void>;
}

/**
 * On a controller method: asks the UploadGate, then takes one multipart file (field `file`) of this kind into memory,
 * refusing a larger one with 413 FILE_TOO_LARGE and the kind's Chinese message before the handler runs. This is the
 * size rule, once: a file of exactly the kind's limit is taken, one byte more is refused; handlers do not check the
 * size again.
 */
export function FileUpload(kind: UploadKind): MethodDecorator {
  const { bytes, label } = UPLOAD_LIMITS[kind];
  return applyDecorators(UseFilters(new FileTooLargeFilter(`${label}不能超过 ${megabytes(bytes)}`)), UseInterceptors(multipartFile(kind)));
}

/**
 * A route that takes one file of this kind: POST `path` answering `status`, `@Public` for the guard (REST requests do
 * not pass through the GraphQL context: the handler authenticates, and the UploadGate has already admitted the caller),
 * the file taken by FileUpload. Every upload controller's method says this the same way, once.
 */
export function UploadRoute(path: string, kind: UploadKind, status: number): MethodDecorator {
  return applyDecorators(Public(), Post(path), HttpCode(status), FileUpload(kind));
}

/**
 * Reads a multipart request (@fastify/multipart) before the handler, once the UploadGate let it in: the file of field `file` (at most
 * `fileSize` bytes — busboy truncates past it — else PayloadTooLargeException) as `req.file`, the other fields as `req.body` — what
 * `@UploadedFile()` and `@Body()` read. Nothing happens for a request that is not multipart.
 */
function multipartFile(kind: UploadKind): Type<NestInterceptor> {
  const fileSize = UPLOAD_LIMITS[kind].bytes;
  class MultipartFileInterceptor implements NestInterceptor {
    constructor(@Inject(UploadGate) private readonly gate: UploadGate) {}

    async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
      const req = context.switchToHttp().getRequest<FastifyRequest>();
      await this.gate.admit(req, kind);
      if (!req.isMultipart?.()) return next.handle();
      const fields: Record<string, string> = {};
      let file: UploadedBytes | undefined;
      try {
        for await (const part of req.parts({ limits: { ...MULTIPART_LIMITS, fileSize } })) {
          if (part.type === 'file') {
            if (part.fieldname !== 'file' || file)
              throw new BadRequestException({ code: ERROR_CODES.BAD_USER_INPUT, message: '只能上传一个文件（字段 file）', field: 'file' });
            const buffer = await part.toBuffer();
            file = { buffer, size: buffer.length, originalname: part.filename };
          } else if (typeof part.value === 'string') {
            fields[part.fieldname] = part.value;
          }
        }
      } catch (e) {
        if ((e as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw new PayloadTooLargeException();
        if (e instanceof BadRequestException) throw e;
        throw new BadRequestException({ code: ERROR_CODES.BAD_USER_INPUT, message: '上传内容不完整或格式不对', field: 'file' });
      }
      // @fastify/multipart's `req.file()` is a method of the request's prototype; this request's own file shadows it.
      (req as unknown as { file?: UploadedBytes }).file = file;
      req.body = fields;
      return next.handle();
    }
  }
  return mixin(MultipartFileInterceptor);
}

/** The file name as sent: browsers send UTF-8, the multipart parser reads it as latin1. */
export function uploadedFileName(file: UploadedBytes): string {
  return Buffer.from(file.originalname, 'latin1').toString('utf8');
}

/** The uploaded spreadsheet of a FileUpload route (which refused a file too large), or a coded error: missing file, not .xlsx/.csv. */
export function uploadedSheet(file: UploadedBytes | undefined): UploadedSheet {
  if (!file) throw badInput('请选择要导入的文件', 'file');
  const fileName = uploadedFileName(file);
  const ext = /\.(xlsx|csv)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (ext !== 'xlsx' && ext !== 'csv') throw badInput('只支持 xlsx 或 csv 文件', 'file');
  return { bytes: file.buffer, fileName, format: ext };
}
