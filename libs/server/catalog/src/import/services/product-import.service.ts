import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { queryNamed } from '@yigou/server/database';
import { badInput, notFound, PublicResponseCache, RequestContext } from '@yigou/server/core';
import { RegionService } from '@yigou/server/regions';
import { isUuid } from '@yigou/shared/validation';
import { importNotConfirmable } from '../../errors';
import { searchColumnsFor } from '../../services/pinyin';
import { ProductManagementService } from '../../products/services/product-management.service';
import { StockService } from '../../services/stock.service';
import { ImportRow, readSheetRows, SheetFormatError, validateRows } from './import-sheet';
import { ProductImportJob } from '../entities/product-import-job.entity';
import { ImportRowError } from '../dto/import-row-error.types';
import { INSERT_IMPORTED_PRODUCT, INSERT_IMPORTED_SKUS } from '../sql/product-import.sql';

const MAX_STORED_ERRORS = 1000;
const BATCH = 250;

/**
 * Spreadsheet import: the file is validated row by row first; a file with errors imports nothing
 * unless the user asked to import the valid rows (up front, or afterwards with confirm()). The
 * import itself is one transaction (all or nothing) while the job row, updated outside it, shows progress.
 */
@Injectable()
export class ProductImportService {
  private readonly log = new Logger('ProductImportService');
  private readonly running = new Map<string, Promise<void>>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly products: ProductManagementService,
    private readonly stock: StockService,
    private readonly regions: RegionService,
    private readonly publicCache: PublicResponseCache,
  ) {}

  /** Creates the job and starts validating in the background; poll job() for progress. */
  async start(
    ctx: RequestContext,
    input: { supplierId: string; fileName: string; bytes: Buffer; importValidRows: boolean },
  ): Promise<ProductImportJob> {
    const me = ctx.requireUser();
    if (!isUuid(input.supplierId)) throw badInput('请选择供应商', 'supplierId');
    ctx.requireSupplier(input.supplierId);
    await this.products.requireApprovedSupplier(input.supplierId);
    const lower = input.fileName.toLowerCase();
    if (!lower.endsWith('.xlsx') && !lower.endsWith('.csv')) throw badInput('只支持 .xlsx 或 .csv 文件', 'file');
    const job = await this.db.getRepository(ProductImportJob).save(
      this.db.getRepository(ProductImportJob).create({
        supplierId: input.supplierId,
        createdBy: me.id,
        fileName: input.fileName.slice(0, 200),
        status: 'validating',
      }),
    );
    this.track(job.id, this.validateAndMaybeImport(job.id, input.supplierId, me.id, input.fileName, input.bytes, input.importValidRows));
    return job;
  }

  /** After a file with errors: import its valid rows. */
  async confirm(ctx: RequestContext, jobId: string): Promise<ProductImportJob> {
    const job = await this.job(ctx, jobId);
    const res = await this.db
      .createQueryBuilder()
      .update(ProductImportJob)
      .set({ status: 'importing', heartbeatAt: () => 'now()' })
      .where(`id = :id AND status = 'has_errors' AND valid_rows > 0`, { id: job.id })
      .execute();
    if (!res.affected) throw importNotConfirmable(job.validRows);
    const rows = (job.pendingRows ?? []) as ImportRow[];
    this.track(job.id, this.importRows(job.id, job.supplierId, ctx.requireUser().id, rows));
    return this.db.getRepository(ProductImportJob).findOneByOrFail({ id: job.id });
  }

  async job(ctx: RequestContext, id: string): Promise<ProductImportJob> {
    ctx.requireUser();
    const job = isUuid(id) ? await this.db.getRepository(ProductImportJob).findOneBy({ id }) : null;
    // another supplier's job is answered like one that does not exist
    if (!job || !ctx.canActForSupplier(job.supplierId)) throw notFound('导入任务不存在');
    return job;
  }

  /** Resolves when the job's background work has finished (for tests and the benchmark). */
  async settled(jobId: string): Promise<void> {
    await this.running.get(jobId);
  }

  /** The jobs this process is working on (their heartbeat is kept fresh by ProductImportRecovery). */
  runningJobIds(): string[] {
    return [...this.running.keys()];
  }

  private track(jobId: string, work: Promise<void>): void {
    const p = work.catch(async (e: unknown) => {
      this.log.error(`import ${jobId} failed: ${String(e)}`);
      await this.db
        .getRepository(ProductImportJob)
        .update({ id: jobId }, { status: 'failed', failureMessage: '导入失败，没有导入任何商品，请稍后重试', finishedAt: new Date() });
    });
    this.running.set(
      jobId,
      p.finally(() => this.running.delete(jobId)),
    );
  }

  private async validateAndMaybeImport(
    jobId: string,
    supplierId: string,
    actorId: string,
    fileName: string,
    bytes: Buffer,
    importValidRows: boolean,
  ): Promise<void> {
    const repo = this.db.getRepository(ProductImportJob);
    let result: { valid: ImportRow[]; errors: ImportRowError[]; total: number };
    try {
      const table = await readSheetRows(fileName, bytes);
      const rows = table.map((r) => r.cells);
      const originCodes = [
        ...new Set(
          rows
            .slice(1)
            .map((r) => String(r[7] ?? '').trim())
            .filter((c) => /^\d{6,12}$/.test(c)),
        ),
      ];
      const known = new Set((originCodes.length ? await this.regions.byCodes(originCodes) : []).map((r) => r.code));
      result = validateRows(
        rows,
        known,
        table.map((r) => r.number),
      );
    } catch (e) {
      if (e instanceof SheetFormatError) {
        await repo.update({ id: jobId }, { status: 'failed', failureMessage: e.message, finishedAt: new Date() });
        return;
      }
      throw e;
    }
    const { valid, errors, total } = result;
    const hold = errors.length > 0 && (!importValidRows || valid.length === 0);
    await repo.update(
      { id: jobId },
      {
        totalRows: total,
        validRows: valid.length,
        errorCount: errors.length,
        errors: errors.slice(0, MAX_STORED_ERRORS),
        status: hold ? 'has_errors' : 'importing',
        pendingRows: hold ? valid : null,
        finishedAt: hold ? new Date() : null,
      },
    );
    if (hold) return;
    await this.importRows(jobId, supplierId, actorId, valid);
  }

  private async importRows(jobId: string, supplierId: string, actorId: string, rows: ImportRow[]): Promise<void> {
    const repo = this.db.getRepository(ProductImportJob);
    await repo.update({ id: jobId }, { status: 'importing', processedRows: 0, finishedAt: null, heartbeatAt: new Date() });
    const groups = new Map<string, ImportRow[]>();
    for (const r of rows) groups.set(r.name, [...(groups.get(r.name) ?? []), r]);
    let processed = 0;
    let sinceReport = 0;
    await this.db.transaction(async (em) => {
      for (const [name, skus] of groups) {
        const first = skus[0];
        const search = searchColumnsFor(name);
        const [{ id: productId }] = await queryNamed(em, INSERT_IMPORTED_PRODUCT, {
          supplierId,
          name,
          category: first.category,
          originCode: first.originCode,
          description: first.description,
          searchPinyin: search.searchPinyin,
          searchInitials: search.searchInitials,
        });
        const skuIds = await queryNamed(em, INSERT_IMPORTED_SKUS, {
          productId,
          specs: skus.map((s) => s.spec),
          units: skus.map((s) => s.unit),
          pricesFen: skus.map((s) => String(s.priceFen)),
          weightsGrams: skus.map((s) => s.weightGrams),
          sortOrders: skus.map((_, i) => i),
        });
        for (const [i, s] of skus.entries()) {
          if (s.stock > 0) {
            await this.stock.apply(
              'received',
              { skuId: skuIds[i].id, quantity: s.stock, reason: '表格导入', actorId, refType: 'import', refId: jobId },
              em,
            );
          }
        }
        processed += skus.length;
        sinceReport += skus.length;
        if (sinceReport >= BATCH) {
          sinceReport = 0;
          await repo.update({ id: jobId }, { processedRows: processed });
        }
      }
    });
    this.publicCache.invalidate();
    await repo.update(
      { id: jobId },
      { status: 'done', processedRows: processed, importedProducts: groups.size, pendingRows: null, finishedAt: new Date() },
    );
  }
}
