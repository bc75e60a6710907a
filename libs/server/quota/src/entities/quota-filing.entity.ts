import { Check, Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { decimalNumberTransformer, fenTransformer } from '@yigou/server/database';
import type { Fen } from '@yigou/shared/money';

export const CANTEEN_MODES = ['own', 'outsourced', 'shared', 'none'] as const;
export type CanteenMode = (typeof CANTEEN_MODES)[number];
export const FILING_STATUSES = ['submitted', 'approved', 'returned'] as const;
export type FilingStatus = (typeof FILING_STATUSES)[number];

/** A unit's yearly filing (填报): its figures, the target they give, and the finance review. */
@Entity('quota_filing')
@Unique('quota_filing_unit_year_key', ['unitId', 'year'])
@Index(['regionCode', 'year', 'status'])
@Check('quota_filing_figures_check', `"headcount" >= 0 AND "canteen_budget_fen" >= 0 AND "union_budget_fen" >= 0 AND "target_fen" >= 0`)
@Check('quota_filing_ratio_check', `"ratio_percent" IS NULL OR ("ratio_percent" > 0 AND "ratio_percent" <= 100)`)
@Check('quota_filing_status_check', `"status" IN ('submitted','approved','returned')`)
@Check('quota_filing_canteen_check', `"canteen_mode" IN ('own','outsourced','shared','none')`)
export class QuotaFiling {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') unitId: string;
  @Column('int') year: number;
  @Column('varchar', { length: 12 }) regionCode: string;
  @Column('int') headcount: number;
  @Column('text') canteenMode: CanteenMode;
  @Column('bigint', { transformer: fenTransformer }) canteenBudgetFen: Fen;
  /** The unit's own ratio when above the jurisdiction's; null: the rule's. */
  @Column('numeric', { precision: 5, scale: 2, nullable: true, transformer: decimalNumberTransformer }) ratioPercent: number | null;
  /** 工会经费 the union reserve is taken from. */
  @Column('bigint', { transformer: fenTransformer }) unionBudgetFen: Fen;
  @Column('bigint', { transformer: fenTransformer }) targetFen: Fen;
  @Column('text') status: FilingStatus;
  @Column('text', { nullable: true }) returnReason: string | null;
  @Column('uuid') filedBy: string;
  @Column('timestamptz') filedAt: Date;
  @Column('uuid', { nullable: true }) reviewedBy: string | null;
  @Column('timestamptz', { nullable: true }) reviewedAt: Date | null;
}
