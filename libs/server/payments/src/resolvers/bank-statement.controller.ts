import { Controller, Req, UploadedFile } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { asSignedIn, badInput, UploadedBytes, UploadRoute } from '@yigou/server/core';
import { AuthService } from '@yigou/server/identity';
import { BankTransferService, ImportResult } from '../services/bank-transfer.service';

/**
 * POST /payments/bank-statements (multipart, field "file"): imports a CSV bank statement (UTF-8 or GBK/GB18030,
 * detected; at most 5,000 rows) for the finance desk. A file, not a JSON body, so the API's JSON limit does not apply;
 * its size limit is FileUpload's ('bank-statement').
 */
@Controller('payments')
export class BankStatementController {
  constructor(
    private readonly transfers: BankTransferService,
    private readonly auth: AuthService,
  ) {}

  @UploadRoute('bank-statements', 'bank-statement', 200)
  upload(@Req() req: FastifyRequest, @UploadedFile() file: UploadedBytes | undefined): Promise<ImportResult> {
    return asSignedIn(this.auth.restContext(req), async (ctx) => {
      if (!file) throw badInput('请选择要导入的文件', 'file');
      return this.transfers.importFile(ctx, file.buffer);
    });
  }
}
