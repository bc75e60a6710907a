import { Field, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { RegionLevel } from '@yigou/shared/domain';
import { RegionLevelEnum } from '../dto/region-level.enum';

/** 行政区划: province → city → county → township → village, keyed by GB/T 2260 code. */
@ObjectType('Region')
@Entity('region')
@Check('region_level_check', `"level" IN ('province', 'city', 'county', 'township', 'village')`)
export class Region {
  @Field()
  @PrimaryColumn('varchar', { length: 12 })
  code: string;

  @Field()
  @Column('text')
  name: string;

  @Field(() => RegionLevelEnum)
  @Index()
  @Column('text')
  level: RegionLevel;

  @Field(() => String, { nullable: true })
  @Index()
  @Column('varchar', { length: 12, nullable: true })
  parentCode: string | null;

  /** Only here for the foreign key; resolvers load parents through RegionService. */
  @ManyToOne(() => Region, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'parent_code' })
  parentRegion?: Region | null;

  /** A region the platform serves (its counties appear in catalogue filters and onboarding); the rest of GB/T 2260 is for addresses. */
  @Field({ description: '平台服务的地区（目录筛选、供应商入驻可选）' })
  @Column('boolean', { default: false })
  served: boolean;

  @Field({ description: 'e.g. 山西省临汾市汾西县' })
  @Column('text')
  fullName: string;
}
