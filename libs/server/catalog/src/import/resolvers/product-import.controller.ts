import { Body, Controller, Get, Query, Req, Res, UploadedFile } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { asSignedIn, badInput, Public, UploadedBytes, uploadedFileName, UploadRoute } from '@yigou/server/core';
import { AuthService } from '@yigou/server/identity';
import { templateFile } from '../services/import-sheet';
import { ProductImportJob } from '../entities/product-import-job.entity';
import { ProductImportService } from '../services/product-import.service';

/**
 * GET  /catalog/import-template?format=xlsx|csv — the template.
 * POST /catalog/imports (multipart: file, supplierId, importValidRows=true|false) — starts an import job;
 * poll the GraphQL query productImportJob(id) for progress and row errors.
 */
@Controller('catalog')
export class ProductImportController {
  constructor(
    private readonly imports: ProductImportService,
    private readonly auth: AuthService,
  ) {}

  @Public()
  @Get('import-template')
  async template(@Query('format') format: string | undefined, @Res() res: FastifyReply): Promise<void> {
    const f = format === 'csv' ? 'csv' : 'xlsx';
    const bytes = await templateFile(f);
    res
      .header('content-type', f === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header(
        'content-disposition',
        `attachment; filename="yigou-products-template.${f}"; filename*=UTF-8''${encodeURIComponent(`以购商品导入模板.${f}`)}`,
      )
      .send(bytes);
  }

  @UploadRoute('imports', 'products', 202)
  upload(
    @Req() req: FastifyRequest,
    @UploadedFile() file: UploadedBytes | undefined,
    @Body() body: { supplierId?: string; importValidRows?: string },
  ): Promise<ProductImportJob> {
    return asSignedIn(this.auth.restContext(req), async (ctx) => {
      if (!file) throw badInput('请选择要导入的文件', 'file');
      const fileName = uploadedFileName(file);
      const job = await this.imports.start(ctx, {
        supplierId: String(body.supplierId ?? ''),
        fileName,
        bytes: file.buffer,
        importValidRows: body.importValidRows === 'true',
      });
      return { ...job, pendingRows: null };
    });
  }
}
