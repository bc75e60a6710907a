import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, RequestContext, Roles } from '@yigou/server/core';
import { ProductImportJob } from '../entities/product-import-job.entity';
import { ProductImportService } from '../services/product-import.service';

@Resolver(() => ProductImportJob)
export class ProductImportResolver {
  constructor(private readonly imports: ProductImportService) {}

  @Roles('supplier_staff', 'platform_admin')
  @Query(() => ProductImportJob, { description: 'An import job: status, progress and row errors (poll while validating/importing)' })
  productImportJob(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<ProductImportJob> {
    return this.imports.job(ctx, id);
  }

  @Roles('supplier_staff', 'platform_admin')
  @Mutation(() => ProductImportJob, { description: 'Imports the valid rows of a file that had errors' })
  confirmProductImport(@Ctx() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<ProductImportJob> {
    return this.imports.confirm(ctx, id);
  }
}
