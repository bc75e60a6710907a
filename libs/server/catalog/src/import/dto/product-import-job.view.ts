import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ImportRowError } from './import-row-error.types';
import type { ImportJobStatus } from '../entities/product-import-job.entity';

/** A supplier's spreadsheet import and how far it got (a `product_import_job` row). */
@ObjectType('ProductImportJob')
export class ProductImportJobView {
  @Field(() => ID) id: string;
  @Field(() => ID) supplierId: string;
  @Field() fileName: string;
  @Field(() => String) status: ImportJobStatus;
  @Field(() => Int) totalRows: number;
  @Field(() => Int) validRows: number;
  @Field(() => Int) processedRows: number;
  @Field(() => Int) importedProducts: number;
  @Field(() => Int) errorCount: number;
  /** Up to 1,000 row errors (errorCount has them all). */
  @Field(() => [ImportRowError]) errors: ImportRowError[];
  @Field(() => String, { nullable: true }) failureMessage: string | null;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) finishedAt: Date | null;
}
