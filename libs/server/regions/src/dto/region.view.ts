import { Field, ObjectType } from '@nestjs/graphql';
import type { RegionLevel } from '@yigou/shared/domain';
import { RegionLevelEnum } from './region-level.enum';

/** 行政区划 as clients see it: the `region` row without its foreign-key relation (`parent` is a field resolver). */
@ObjectType('Region')
export class RegionView {
  @Field() code: string;
  @Field() name: string;
  @Field(() => RegionLevelEnum) level: RegionLevel;
  @Field(() => String, { nullable: true }) parentCode: string | null;
  /** A region the platform serves (its counties appear in catalogue filters and onboarding); the rest of GB/T 2260 is for addresses. */
  @Field({ description: '平台服务的地区（目录筛选、供应商入驻可选）' }) served: boolean;
  @Field({ description: 'e.g. 山西省临汾市汾西县' }) fullName: string;
}
