import { Body, Controller, Req, UploadedFile } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { asSignedIn, badInput, RequestContext, UploadedBytes, uploadedSheet, UploadRoute } from '@yigou/server/core';
import { AuthService } from '@yigou/server/identity';
import { BenefitService } from '../services/benefit.service';
import { HouseholdImport } from '../entities/household-import.entity';
import { HouseholdService } from '../services/household.service';
import { SheetFile } from '../services/spreadsheet';

type ImportView = Pick<HouseholdImport, 'id' | 'kind' | 'status' | 'totalRows' | 'processedRows' | 'createdRows' | 'errors'>;

/**
 * County registry spreadsheets as multipart uploads (fields countyCode, file = .xlsx or .csv):
 * POST /uploads/households and POST /uploads/benefit-links. Each answers the import's progress record,
 * the same fields as the GraphQL householdImport(id) query.
 */
@Controller('uploads')
export class HouseholdImportController {
  constructor(
    private readonly registry: HouseholdService,
    private readonly benefits: BenefitService,
    private readonly auth: AuthService,
  ) {}

  @UploadRoute('households', 'households', 200)
  households(
    @Req() req: FastifyRequest,
    @UploadedFile() file: UploadedBytes | undefined,
    @Body() body: { countyCode?: string },
  ): Promise<ImportView> {
    return this.run(req, file, body, (ctx, sheet) => this.registry.importHouseholds(ctx, sheet));
  }

  @UploadRoute('benefit-links', 'benefit-links', 200)
  links(
    @Req() req: FastifyRequest,
    @UploadedFile() file: UploadedBytes | undefined,
    @Body() body: { countyCode?: string },
  ): Promise<ImportView> {
    return this.run(req, file, body, (ctx, sheet) => this.benefits.importLinks(ctx, sheet));
  }

  private run(
    req: FastifyRequest,
    file: UploadedBytes | undefined,
    body: { countyCode?: string },
    work: (ctx: RequestContext, sheet: SheetFile) => Promise<HouseholdImport>,
  ): Promise<ImportView> {
    return asSignedIn(this.auth.restContext(req), async (ctx) => {
      const countyCode = String(body.countyCode ?? '');
      if (!/^\d{6}$/.test(countyCode)) throw badInput('县代码应为 6 位', 'countyCode');
      const sheet = uploadedSheet(file);
      const job = await work(ctx, { countyCode, format: sheet.format, bytes: sheet.bytes });
      return {
        id: job.id,
        kind: job.kind,
        status: job.status,
        totalRows: job.totalRows,
        processedRows: job.processedRows,
        createdRows: job.createdRows,
        errors: job.errors,
      };
    });
  }
}
