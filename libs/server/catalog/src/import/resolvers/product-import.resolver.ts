import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext, Roles } from '@yigou/server/core';
import { ProductImportJob } from '../entities/product-import-job.entity';
import { ProductImportService } from '../services/product-import.service';
import { ProductImportJobView } from '../dto/product-import-job.view';

@Resolver(() => ProductImportJobView)
export class ProductImportResolver {
  constructor(private readonly imports: ProductImportService) {}

  @Roles('supplier_staff', 'platform_admin')
  @Query(() => ProductImportJobView, { description: 'An import job: status, progress and row errors (poll while validating/importing)' })
  productImportJob(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<ProductImportJob> {
    return this.imports.job(ctx, id);
  }

  @Roles('supplier_staff', 'platform_admin')
  @Mutation(() => ProductImportJobView, { description: 'Imports the valid rows of a file that had errors' })
  confirmProductImport(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<ProductImportJob> {
    return this.imports.confirm(ctx, id);
  }
}
