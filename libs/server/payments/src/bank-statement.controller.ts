import { Controller, HttpCode, Post, Req, UploadedFile, UseFilters, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request } from 'express';
import { AppError, badInput, Public } from '@yigou/server/core';
import { AuthService } from '@yigou/server/identity';
import { bearerOf, FileTooLargeFilter, httpError } from '@yigou/server/media';
import { ERROR_CODES } from '@yigou/shared/domain';
import { BankTransferService, ImportResult } from './bank-transfer.service';

/** 5,000 rows of a bank statement are well under 2 MB; the limit leaves room for long memos. */
export const MAX_STATEMENT_BYTES = 5 * 1024 * 1024;

/** The part of a multer file we use (types of multer are not in the compile's types list). */
interface UploadedBytes {
  buffer: Buffer;
  size: number;
}

/**
 * POST /payments/bank-statements (multipart, field "file"): imports a CSV bank statement (UTF-8 or GBK/GB18030,
 * detected; at most 5,000 rows) for the finance desk. A file, not a JSON body, so the API's 100 KB JSON limit does not apply.
 */
@Controller('payments')
export class BankStatementController {
  constructor(
    private readonly transfers: BankTransferService,
    private readonly auth: AuthService,
  ) {}

  @Public() // authenticated below: REST requests do not pass through the GraphQL context
  @Post('bank-statements')
  @HttpCode(200)
  @UseFilters(new FileTooLargeFilter('文件不能超过 5 MB'))
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_STATEMENT_BYTES + 1, files: 1 } }))
  async upload(@Req() req: Request, @UploadedFile() file: UploadedBytes | undefined): Promise<ImportResult> {
    try {
      const { ctx } = await this.auth.contextFromToken(bearerOf(req), req.ip ?? 'unknown');
      ctx.requireUser();
      if (!file) throw badInput('请选择要导入的文件', 'file');
      if (file.size > MAX_STATEMENT_BYTES) throw new AppError(ERROR_CODES.FILE_TOO_LARGE, '文件不能超过 5 MB', { field: 'file' });
      return await this.transfers.importFile(ctx, file.buffer);
    } catch (err) {
      httpError(err);
    }
  }
}
