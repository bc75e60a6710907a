import type { Fen } from '@yigou/shared/money';
import type { AttributionRuleKind } from '../entities/attribution-rule.entity';

export interface RuleTerms {
  kind: AttributionRuleKind;
  fenPerUnit: Fen | null;
  /** The revenue share in basis points (1/100 of a percent): 8.2 % is 820, exactly. */
  basisPoints: number | null;
}

/**
 * An exact decimal percentage with at most two decimals ("8.2", "4.35", "10")
 * as integer basis points, read from its digits, never through floating point.
 * Null when the text is not such a number.
 */
export function percentToBasisPoints(text: string): number | null {
  const m = /^(\d{1,3})(?:\.(\d+))?$/.exec(text.trim());
  if (!m) return null;
  const frac = (m[2] ?? '').replace(/0+$/, '');
  if (frac.length > 2) return null;
  return Number(m[1]) * 100 + Number(frac.padEnd(2, '0'));
}

/** Basis points as the percentage text people read: 820 → "8.2", 435 → "4.35", 1000 → "10". */
export function basisPointsToPercent(bp: number): string {
  const whole = Math.trunc(bp / 100);
  const frac = String(bp % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return frac ? `${whole}.${frac}` : String(whole);
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

/** A percentage (two decimals, held as basis points) of the line's revenue, rounded down to the fen. */
export const revenueShareStrategy: AttributionStrategy = {
  kind: 'revenue_share',
  attributable(rule, line) {
    return Number((BigInt(line.amountFen) * BigInt(rule.basisPoints ?? 0)) / 10_000n);
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
