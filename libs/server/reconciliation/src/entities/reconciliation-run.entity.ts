import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { Difference } from '../services/compare-figures';

export const RECONCILIATION_TRIGGERS = ['admin', 'cli', 'nightly'] as const;
export type ReconciliationTrigger = (typeof RECONCILIATION_TRIGGERS)[number];

/** One run of the reconciliation: when, who started it, whether it was clean and what differed. */
@Entity('reconciliation_run')
@Index(['finishedAt'])
@Check('reconciliation_run_trigger_check', `"trigger" IN ('admin', 'cli', 'nightly')`)
export class ReconciliationRun {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('timestamptz') startedAt: Date;
  @Column('timestamptz') finishedAt: Date;
  @Column('text') trigger: ReconciliationTrigger;
  @Column('uuid', { nullable: true }) startedBy: string | null;
  @Column('boolean') clean: boolean;
  @Column('int') differenceCount: number;
  @Column('int') ordersChecked: number;
  /** The first differences (at most MAX_STORED_DIFFERENCES), order numbers resolved. */
  @Column('jsonb') differences: (Difference & { orderNos: string[] })[];
}
