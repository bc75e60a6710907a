import { ArgumentsHost, Catch, Controller, ExceptionFilter, HttpCode, HttpException, PayloadTooLargeException, Post, Req, UploadedFile, UseFilters, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { GraphQLError } from 'graphql';
import type { Request, Response } from 'express';
import { AppError, Public } from '@yigou/server/core';
import { AuthService } from '@yigou/server/identity';
import { ERROR_CODES } from '@yigou/shared/domain';
import { MAX_IMAGE_BYTES, MediaStorageService, StoredImage } from './media-storage.service';

/** The part of a multer file we use (types of multer are not in the compile's types list). */
interface UploadedBytes { buffer: Buffer; size: number; originalname: string }

/** REST errors carry the same {code, message, field} as GraphQL's extensions. */
export function httpError(err: unknown): never {
  if (err instanceof HttpException) throw err;
  if (err instanceof GraphQLError) {
    const ext = err.extensions as { code?: string; field?: string };
    const status =
      ext.code === ERROR_CODES.UNAUTHENTICATED || ext.code === ERROR_CODES.INVALID_TOKEN ? 401 : ext.code === ERROR_CODES.FORBIDDEN ? 403 : ext.code === ERROR_CODES.INTERNAL ? 500 : 400;
    throw new HttpException({ code: ext.code, message: err.message, field: ext.field ?? null }, status);
  }
  throw err;
}

export function bearerOf(req: Request): string | null {
  const h = req.headers.authorization;
  return h && h.startsWith('Bearer ') ? h.slice(7).trim() : null;
}

/** Multer's own size refusal, in our error shape (code, Chinese message). */
@Catch(PayloadTooLargeException)
export class FileTooLargeFilter implements ExceptionFilter {
  constructor(private readonly message = '文件不能超过 10 MB') {}
  catch(_: PayloadTooLargeException, host: ArgumentsHost): void {
    host.switchToHttp().getResponse<Response>().status(413).json({ code: ERROR_CODES.FILE_TOO_LARGE, message: this.message, field: 'file' });
  }
}

/** POST /media/images (multipart, field "file"): stores an image, returns its url and thumbnail url. */
@Controller('media')
export class MediaUploadController {
  constructor(
    private readonly storage: MediaStorageService,
    private readonly auth: AuthService,
  ) {}

  @Public() // authenticated below: REST requests do not pass through the GraphQL context
  @Post('images')
  @UseFilters(new FileTooLargeFilter('图片不能超过 10 MB'))
  @HttpCode(201)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_IMAGE_BYTES + 1, files: 1 } }))
  async upload(@Req() req: Request, @UploadedFile() file: UploadedBytes | undefined): Promise<StoredImage> {
    try {
      const { ctx } = await this.auth.contextFromToken(bearerOf(req), req.ip ?? 'unknown');
      ctx.requireUser();
      if (!file) throw new AppError(ERROR_CODES.INVALID_IMAGE, '请选择图片文件', { field: 'file' });
      return await this.storage.saveImage(file.buffer);
    } catch (err) {
      httpError(err);
    }
  }
}
