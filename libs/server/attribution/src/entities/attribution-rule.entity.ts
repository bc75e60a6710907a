import { Check, Column, Entity, Index } from 'typeorm';
import { fenTransformer } from '@yigou/server/database';
import type { Fen } from '@yigou/shared/money';
import { SupplierTerm } from './supplier-term.entity';

export const ATTRIBUTION_RULE_KINDS = ['per_unit', 'revenue_share'] as const;
export type AttributionRuleKind = (typeof ATTRIBUTION_RULE_KINDS)[number];

/**
 * How much of a counted order line reaches linked households: a fixed fen
 * amount per unit sold, or a percentage of the line's revenue.
 */
@Entity('attribution_rule')
@Check('attribution_rule_kind_check', `"kind" IN ('per_unit', 'revenue_share')`)
@Check(
  'attribution_rule_amount_check',
  `("kind" = 'per_unit' AND "fen_per_unit" > 0) OR ("kind" = 'revenue_share' AND "percent" > 0 AND "percent" <= 100)`,
)
@Check('attribution_rule_dates_check', `"valid_to" IS NULL OR "valid_to" >= "valid_from"`)
@Index(['supplierId', 'productId'])
export class AttributionRule extends SupplierTerm {
  @Column('text')
  kind: AttributionRuleKind;

  @Column('bigint', { nullable: true, transformer: fenTransformer })
  fenPerUnit: Fen | null;

  /** The revenue share as exact decimal text ("8.20"), as PostgreSQL's numeric gives it: never a float. */
  @Column('numeric', { precision: 5, scale: 2, nullable: true })
  percent: string | null;
}
