import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { ImportRowError } from '../dto/import-row-error.types';

export const IMPORT_JOB_STATUSES = ['validating', 'has_errors', 'importing', 'done', 'failed'] as const;
export type ImportJobStatus = (typeof IMPORT_JOB_STATUSES)[number];

/** One spreadsheet import: validated first, then imported in batches; the client polls it for progress. */
@Entity('product_import_job')
@Index(['supplierId', 'createdAt'])
@Check('product_import_job_status_check', `"status" IN ('validating','has_errors','importing','done','failed')`)
export class ProductImportJob {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') supplierId: string;
  @Column('uuid') createdBy: string;
  @Column('text') fileName: string;
  @Column('text') status: ImportJobStatus;
  @Column('int', { default: 0 }) totalRows: number;
  @Column('int', { default: 0 }) validRows: number;
  @Column('int', { default: 0 }) processedRows: number;
  @Column('int', { default: 0 }) importedProducts: number;
  @Column('int', { default: 0 }) errorCount: number;
  /** Up to 1,000 row errors (errorCount has them all). */
  @Column('jsonb', { default: () => `'[]'` }) errors: ImportRowError[];
  /** The validated rows waiting to be imported; cleared once imported. */
  @Column('jsonb', { nullable: true }) pendingRows: unknown[] | null;
  @Column('text', { nullable: true }) failureMessage: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @Column('timestamptz', { nullable: true }) finishedAt: Date | null;
  /** Refreshed by the process running the job; a validating/importing job whose heartbeat stops was cut off by a restart. */
  @Column('timestamptz', { default: () => 'now()' }) heartbeatAt: Date;
}
