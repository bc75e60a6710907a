import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { decimalNumberTransformer, fenTransformer } from '@yigou/server/database';
import type { Fen } from '@yigou/shared/money';

export const QUOTA_RULE_KINDS = ['per_capita', 'canteen_ratio', 'fixed_amount', 'union_reserve'] as const;
export type QuotaRuleKind = (typeof QUOTA_RULE_KINDS)[number];

/**
 * 以购代捐 quota rule for a jurisdiction and year: per capita (fen × headcount),
 * a ratio of canteen purchases, a fixed amount, or a union (工会) reserve.
 * Which amount column is used depends on `kind`.
 */
@Entity('quota_rule')
@Unique('quota_rule_region_year_kind_key', ['regionCode', 'year', 'kind'])
@Check('quota_rule_kind_check', `"kind" IN ('per_capita', 'canteen_ratio', 'fixed_amount', 'union_reserve')`)
@Check('quota_rule_year_check', `"year" BETWEEN 2000 AND 2100`)
@Check(
  'quota_rule_amount_check',
  `("kind" <> 'per_capita' OR "amount_per_person_fen" > 0)
   AND ("kind" NOT IN ('canteen_ratio', 'union_reserve') OR ("ratio_percent" > 0 AND "ratio_percent" <= 100))
   AND ("kind" <> 'fixed_amount' OR "fixed_amount_fen" > 0)`,
)
export class QuotaRule {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The jurisdiction the rule applies to (GB/T 2260: a county, city or province). */
  @Index()
  @Column('varchar', { length: 12 })
  regionCode: string;

  @Column('int')
  year: number;

  @Column('text')
  kind: QuotaRuleKind;

  @Column('bigint', { nullable: true, transformer: fenTransformer })
  amountPerPersonFen: Fen | null;

  /** e.g. 15.00 = 15% */
  @Column('numeric', { precision: 5, scale: 2, nullable: true, transformer: decimalNumberTransformer })
  ratioPercent: number | null;

  @Column('bigint', { nullable: true, transformer: fenTransformer })
  fixedAmountFen: Fen | null;

  @Column('text', { nullable: true })
  note: string | null;

  /** 不低于上年: the unit's target for this year is at least its approved target of last year. */
  @Column('boolean', { default: false })
  notLessThanLastYear: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
