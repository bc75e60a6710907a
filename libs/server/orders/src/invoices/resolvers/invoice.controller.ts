import { Body, Controller, Get, NotFoundException, Param, Req, Res, UploadedFile } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { ERROR_CODES } from '@yigou/shared/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { httpError, Public, UploadedBytes, UploadRoute } from '@yigou/server/core';
import { AuthService } from '@yigou/server/identity';
import { InvoiceService } from '../services/invoice.service';

/**
 * The invoice file of an order, under /uploads (nginx passes it to the API with the upload size limit):
 * POST /uploads/invoices/:orderId (multipart: file, invoiceNo) issues it; GET downloads it, signed in.
 */
@Controller('uploads/invoices')
export class InvoiceFileController {
  constructor(
    private readonly invoices: InvoiceService,
    private readonly auth: AuthService,
  ) {}

  @UploadRoute(':orderId', 'invoice', 201)
  async upload(
    @Req() req: FastifyRequest,
    @Param('orderId') orderId: string,
    @Body() body: { invoiceNo?: string },
    @UploadedFile() file: UploadedBytes | undefined,
  ) {
    try {
      const ctx = await this.auth.restContext(req);
      const issued = await this.invoices.issueUpload(ctx, orderId, typeof body?.invoiceNo === 'string' ? body.invoiceNo : undefined, file);
      return {
        id: issued.id,
        orderId: issued.orderId,
        invoiceNo: issued.invoiceNo,
        format: issued.format,
        fileBytes: issued.fileBytes,
        issuedAt: issued.issuedAt.toISOString(),
      };
    } catch (err) {
      httpError(err);
    }
  }

  @Public() // authenticated below
  @Get(':orderId')
  async download(@Req() req: FastifyRequest, @Param('orderId') orderId: string, @Res() res: FastifyReply): Promise<void> {
    try {
      const ctx = await this.auth.restContext(req);
      const file = await this.invoices.download(ctx, orderId);
      res
        .status(200)
        .headers({
          'content-type': file.contentType,
          'content-disposition': `attachment; filename="invoice.${file.fileName.split('.').pop()}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
          'cache-control': 'private, no-store',
          'x-content-type-options': 'nosniff',
        })
        .send(file.bytes);
    } catch (err) {
      if (err instanceof GraphQLError && err.extensions.code === ERROR_CODES.NOT_FOUND)
        throw new NotFoundException({ code: ERROR_CODES.NOT_FOUND, message: err.message });
      httpError(err);
    }
  }
}
