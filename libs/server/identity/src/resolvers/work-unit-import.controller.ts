import { Controller, Req, UploadedFile } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { asSignedIn, UploadedBytes, uploadedSheet, UploadRoute } from '@yigou/server/core';
import { AuthService } from '../services/auth.service';
import { UnitImportResult, WorkUnitImportService } from '../services/work-unit-import.service';

/** POST /uploads/work-units (multipart: file = .xlsx or .csv): imports work units; answers { created, errors }. */
@Controller('uploads')
export class WorkUnitImportController {
  constructor(
    private readonly importer: WorkUnitImportService,
    private readonly auth: AuthService,
  ) {}

  @UploadRoute('work-units', 'work-units', 200)
  upload(@Req() req: FastifyRequest, @UploadedFile() file: UploadedBytes | undefined): Promise<UnitImportResult> {
    return asSignedIn(this.auth.restContext(req), (ctx) => {
      const sheet = uploadedSheet(file);
      return this.importer.importUnits(ctx, sheet.format, sheet.bytes);
    });
  }
}
