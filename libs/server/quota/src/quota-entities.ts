import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { decimalNumberTransformer, fenTransformer } from '@yigou/server/database';
import type { Fen } from '@yigou/shared/money';

export const CANTEEN_MODES = ['own', 'outsourced', 'shared', 'none'] as const;
export type CanteenMode = (typeof CANTEEN_MODES)[number];
export const FILING_STATUSES = ['submitted', 'approved', 'returned'] as const;
export type FilingStatus = (typeof FILING_STATUSES)[number];
export const LEDGER_KINDS = ['ordered', 'completed'] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];

/** Per jurisdiction and year: the filing window and when an order counts as completed. */
@Entity('quota_year_setting')
@Unique('quota_year_setting_region_year_key', ['regionCode', 'year'])
@Check('quota_year_setting_window_check', `"filing_closes_at" > "filing_opens_at"`)
export class QuotaYearSetting {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('varchar', { length: 12 }) regionCode: string;
  @Column('int') year: number;
  @Column('timestamptz') filingOpensAt: Date;
  @Column('timestamptz') filingClosesAt: Date;
  /** true: "completed" needs the buyer's rating (order.completed); false: receipt is enough (order.received). */
  @Column('boolean', { default: false }) completionRequiresRating: boolean;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}

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

/**
 * The counting ledger (计入台账): append-only rows per certified order line, kind
 * and unit, written by the counting rule (docs/counting.md) as the difference
 * an event makes, dated by it. A reversal is a negative row pointing at the row it reverses.
 */
@Entity('quota_ledger')
// (unit_id, year, occurred_at) INCLUDE (kind, amount_fen, product_id, supplier_id, buyer_id): the dashboard's index-only scan, created by migration QuotaLedgerCoveringIndex (TypeORM cannot declare INCLUDE)
@Index('quota_ledger_unit_year_idx', { synchronize: false })
@Index('quota_ledger_order_idx', ['orderId'])
// one original per event, line, kind and unit (a re-binding writes the old unit's reversal and the new unit's original in one event)
@Index('quota_ledger_event_line_kind_key', ['eventId', 'lineId', 'kind', 'unitId'], { unique: true, where: '"reverses_id" IS NULL' })
// one reversal of an original per event
@Index('quota_ledger_reverses_event_key', ['reversesId', 'eventId'], { unique: true, where: '"reverses_id" IS NOT NULL' })
@Check('quota_ledger_kind_check', `"kind" IN ('ordered','completed')`)
@Check('quota_ledger_sign_check', `("reverses_id" IS NULL AND "amount_fen" > 0) OR ("reverses_id" IS NOT NULL AND "amount_fen" < 0)`)
export class QuotaLedgerEntry {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' }) id: string;
  @Column('uuid') unitId: string;
  @Column('int') year: number;
  @Column('text') kind: LedgerKind;
  @Column('bigint', { transformer: fenTransformer }) amountFen: Fen;
  @Column('bigint') eventId: string;
  @Column('text') eventType: string;
  @Column('uuid') orderId: string;
  @Column('text') lineId: string;
  @Column('uuid') productId: string;
  @Column('uuid') supplierId: string;
  @Column('uuid') buyerId: string;
  @Column('bigint', { nullable: true }) reversesId: string | null;
  @Column('timestamptz') occurredAt: Date;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}

/** Running totals per unit and year, maintained in the same transaction as the ledger rows. */
@Entity('quota_unit_total')
@Index('quota_unit_total_region_year_idx', ['year', 'regionCode'])
export class QuotaUnitTotal {
  @PrimaryColumn('uuid') unitId: string;
  @PrimaryColumn('int') year: number;
  /** The unit's region when first counted: lets a jurisdiction read its totals without a list of unit ids. */
  @Column('varchar', { length: 12 }) regionCode: string;
  @Column('bigint', { default: 0, transformer: fenTransformer }) orderedFen: Fen;
  @Column('bigint', { default: 0, transformer: fenTransformer }) completedFen: Fen;
}

/** In-app reminders (提醒) to units behind the pace of the year. */
@Entity('quota_reminder')
@Index(['unitId', 'createdAt'])
export class QuotaReminder {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid') unitId: string;
  @Column('int') year: number;
  @Column('text') message: string;
  @Column('uuid') sentBy: string;
  @Column('timestamptz', { nullable: true }) readAt: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
