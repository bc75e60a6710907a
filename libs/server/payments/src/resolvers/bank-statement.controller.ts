import { Controller, HttpCode, Post, Req, UploadedFile } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { badInput, httpError, OneFileUpload, Public, UploadedBytes } from '@yigou/server/core';
import { AuthService } from '@yigou/server/identity';
import { statementTooLarge } from '../errors';
import { BankTransferService, ImportResult } from '../services/bank-transfer.service';

/** 5,000 rows of a bank statement are well under 2 MB; the limit leaves room for long memos. */
export const MAX_STATEMENT_BYTES = 5 * 1024 * 1024;

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
  @OneFileUpload(MAX_STATEMENT_BYTES, '文件不能超过 5 MB')
  async upload(@Req() req: FastifyRequest, @UploadedFile() file: UploadedBytes | undefined): Promise<ImportResult> {
    try {
      const ctx = await this.auth.restContext(req);
      ctx.requireUser();
      if (!file) throw badInput('请选择要导入的文件', 'file');
      if (file.size > MAX_STATEMENT_BYTES) throw statementTooLarge();
      return await this.transfers.importFile(ctx, file.buffer);
    } catch (err) {
      httpError(err);
    }
  }
}
