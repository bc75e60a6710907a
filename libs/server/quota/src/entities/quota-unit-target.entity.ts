import { Column, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { fenTransformer } from '@yigou/server/database';
import type { Fen } from '@yigou/shared/money';

/**
 * Each unit's effective target for a year (the approved filing's, else computed
 * from the unit's record by the rules), stored so the jurisdiction ranking is
 * one SQL query. Written when a unit files, when a filing is reviewed, when rules
 * or the year's setting change, and when the unit directory is synced (new units,
 * headcount/budget/region/parent changes); `QuotaTargetService.recomputeRegion`
 * rewrites a whole jurisdiction. Carries a snapshot of the unit's directory
 * record (name, parent, canteen, figures) so the ranking never reads identity's
 * tables; the sync compares it with the directory.
 */
@Entity('quota_unit_target')
@Index('quota_unit_target_year_region_idx', ['year', 'regionCode'])
@Index('quota_unit_target_year_parent_idx', ['year', 'parentId'])
export class QuotaUnitTarget {
  @PrimaryColumn('uuid') unitId: string;
  @PrimaryColumn('int') year: number;
  @Column('varchar', { length: 12 }) regionCode: string;
  @Column('text') unitName: string;
  @Column('uuid', { nullable: true }) parentId: string | null;
  @Column('text', { nullable: true }) parentName: string | null;
  @Column('boolean') hasCanteen: boolean;
  @Column('int') headcount: number;
  @Column('bigint', { transformer: fenTransformer }) canteenBudgetFen: Fen;
  @Column('bigint', { transformer: fenTransformer }) targetFen: Fen;
  /** true while no filing is approved: computed from the unit's record. */
  @Column('boolean') provisional: boolean;
  /** approved / submitted / returned / missing */
  @Column('text') filingStatus: string;
  /** The governing year setting's filing deadline (overdue = past it and not approved). */
  @Column('timestamptz', { nullable: true }) filingClosesAt: Date | null;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
