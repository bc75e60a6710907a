import type { Fen } from '@yigou/shared/money';
import type { AttributionRuleKind } from './attribution-rule.entity';

export interface RuleTerms {
  kind: AttributionRuleKind;
  fenPerUnit: Fen | null;
  percent: number | null;
}

export interface CountedLine {
  quantity: number;
  /** Net amount of the line, fen. */
  amountFen: Fen;
}

/** How much of a counted line reaches households: one implementation per rule kind, chosen by the rule's data. */
export interface AttributionStrategy {
  readonly kind: AttributionRuleKind;
  attributable(rule: RuleTerms, line: CountedLine): Fen;
}

/** A fixed amount per unit sold (e.g. 18.00 yuan per box of 玉露香梨), never more than the line's net revenue. */
export const perUnitStrategy: AttributionStrategy = {
  kind: 'per_unit',
  attributable(rule, line) {
    const total = BigInt(rule.fenPerUnit ?? 0) * BigInt(line.quantity);
    return Number(total < BigInt(line.amountFen) ? total : BigInt(line.amountFen));
  },
};

/** A percentage (two decimals) of the line's net revenue, rounded down to the fen. */
export const revenueShareStrategy: AttributionStrategy = {
  kind: 'revenue_share',
  attributable(rule, line) {
    const basisPoints = BigInt(Math.round((rule.percent ?? 0) * 100));
    return Number((BigInt(line.amountFen) * basisPoints) / 10_000n);
  },
};

export const ATTRIBUTION_STRATEGIES: Record<AttributionRuleKind, AttributionStrategy> = {
  per_unit: perUnitStrategy,
  revenue_share: revenueShareStrategy,
};

export function attributableFen(rule: RuleTerms, line: CountedLine): Fen {
  if (line.amountFen <= 0 || line.quantity <= 0) return 0;
  return ATTRIBUTION_STRATEGIES[rule.kind].attributable(rule, line);
}
