import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { byKeys, Ctx, GraphQLContext, RequestContext, Roles } from '@yigou/server/core';
import { ProductCertification } from '../../entities/product-certification.entity';
import { Product } from '../../entities/product.entity';
import { shanghaiDate } from '@yigou/shared/time';
import { CertificationService } from '../services/certification.service';
import { CertificationDecisionInput, SubmitCertificationInput } from '../dto/certification.input';
import { ProductView } from '../../dto/product.view';
import { ProductCertificationView } from '../../dto/product-certification.view';

@Resolver(() => ProductCertificationView)
export class CertificationResolver {
  constructor(private readonly certifications: CertificationService) {}

  @Roles('supplier_staff', 'platform_admin')
  @Mutation(() => ProductCertificationView, { description: 'Submits a 扶贫产品认定 record for the county admin to verify' })
  submitCertification(@Ctx() ctx: RequestContext, @Args('input') input: SubmitCertificationInput): Promise<ProductCertification> {
    return this.certifications.submit(ctx, input);
  }

  @Roles('county_admin', 'platform_admin')
  @Mutation(() => ProductCertificationView)
  verifyCertification(@Ctx() ctx: RequestContext, @Args('input') input: CertificationDecisionInput): Promise<ProductCertification> {
    return this.certifications.verify(ctx, input);
  }

  @Roles('county_admin', 'platform_admin')
  @Mutation(() => ProductCertificationView, { description: 'Reason required' })
  rejectCertification(@Ctx() ctx: RequestContext, @Args('input') input: CertificationDecisionInput): Promise<ProductCertification> {
    return this.certifications.reject(ctx, input);
  }

  @Query(() => [ProductCertificationView], { description: 'A product’s certification records, newest first' })
  productCertifications(
    @Ctx() ctx: RequestContext,
    @Args('productId', { type: () => ID }) productId: string,
  ): Promise<ProductCertification[]> {
    return this.certifications.forProduct(ctx, productId);
  }

  @Roles('county_admin', 'platform_admin')
  @Query(() => [ProductCertificationView], { description: 'Certifications waiting for review in the caller’s counties' })
  certificationReviewQueue(@Ctx() ctx: RequestContext): Promise<ProductCertification[]> {
    return this.certifications.queue(ctx);
  }

  @ResolveField(() => Boolean, { description: 'Verified and valid today' })
  current(@Parent() c: ProductCertification, @Context() { ctx }: GraphQLContext): boolean {
    const today = shanghaiDate(ctx.now);
    return !!c.verifiedAt && c.validFrom <= today && today <= c.validTo;
  }

  @ResolveField(() => ProductView, { nullable: true })
  product(@Parent() c: ProductCertification, @Context() { loaders }: GraphQLContext): Promise<Product | null> {
    return loaders
      .get<string, Product | null>('catalog.productAnyStatus', async (ids) =>
        byKeys(ids, await this.certifications.productsByIds(ids), (p) => p.id),
      )
      .load(c.productId);
  }
}
