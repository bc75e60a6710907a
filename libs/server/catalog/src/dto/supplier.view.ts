import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { EnterpriseLevel, SupplierKind } from '@yigou/shared/domain';
import { EnterpriseLevelEnum, SupplierKindEnum } from './catalog.enums';

/** A supplier as buyers and reviewers see it: the `supplier` row's public columns; its regions are field resolvers. */
@ObjectType('Supplier')
export class SupplierView {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => SupplierKindEnum) kind: SupplierKind;
  /** 龙头企业 level (national/provincial/city/county); null for others. */
  @Field(() => EnterpriseLevelEnum, { nullable: true }) enterpriseLevel: EnterpriseLevel | null;
  @Field(() => String, { nullable: true }) story: string | null;
  @Field(() => String, { nullable: true }) contactName: string | null;
}
