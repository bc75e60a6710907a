import { Field, Int, ObjectType } from '@nestjs/graphql';

/** One problem in an imported spreadsheet, shown beside its row and column (the jsonb `errors` of product_import_job). */
@ObjectType('ImportRowError')
export class ImportRowError {
  @Field(() => Int, { description: 'Spreadsheet row number (the header is row 1)' }) row: number;
  @Field() column: string;
  @Field() message: string;
}
