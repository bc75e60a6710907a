import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { RegionLevel } from '@yigou/shared/domain';

/** 行政区划: province → city → county → township → village, keyed by GB/T 2260 code. */
@Entity('region')
@Check('region_level_check', `"level" IN ('province', 'city', 'county', 'township', 'village')`)
export class Region {
  @PrimaryColumn('varchar', { length: 12 })
  code: string;

  @Column('text')
  name: string;

  @Index()
  @Column('text')
  level: RegionLevel;

  @Index()
  @Column('varchar', { length: 12, nullable: true })
  parentCode: string | null;

  /** Only here for the foreign key; resolvers load parents through RegionService. */
  @ManyToOne(() => Region, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'parent_code' })
  parentRegion?: Region | null;

  /** A region the platform serves (its counties appear in catalogue filters and onboarding); the rest of GB/T 2260 is for addresses. */
  @Column('boolean', { default: false })
  served: boolean;

  @Column('text')
  fullName: string;
}
