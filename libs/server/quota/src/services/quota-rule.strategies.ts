import type { CanteenMode } from '../entities/quota-filing.entity';
import type { QuotaRuleKind } from '../entities/quota-rule.entity';

/** The figures a unit files (or the unit record holds) that rules compute a target from. */
export interface UnitFigures {
  headcount: number;
  canteenMode: CanteenMode;
  canteenBudgetFen: number;
  /** The unit's own committed ratio (≥ the rule's counts; below is ignored). */
  ratioPercent: number | null;
  unionBudgetFen: number;
}

/**
 * A unit's figures as its unit record holds them, for a provisional target before it files (or while its filing is
 * not approved): own canteen or none, no committed ratio, no union budget.
 */
export function figuresFromRecord(unit: { headcount: number; hasCanteen: boolean; canteenBudgetFen: number }): UnitFigures {
  return {
    headcount: unit.headcount,
    canteenMode: unit.hasCanteen ? 'own' : 'none',
    canteenBudgetFen: Number(unit.canteenBudgetFen),
    ratioPercent: null,
    unionBudgetFen: 0,
  };
}

export interface RuleParams {
  kind: QuotaRuleKind;
  amountPerPersonFen: number | null;
  ratioPercent: number | null;
  fixedAmountFen: number | null;
}

/** One rule kind: how much of the yearly target it asks of a unit, in fen. */
export interface QuotaRuleStrategy {
  readonly kind: QuotaRuleKind;
  targetFen(rule: RuleParams, unit: UnitFigures): number;
}

/** amount × percent / 100, rounded up to the fen, in exact integer arithmetic (percent has 2 decimals). */
export function percentOf(amountFen: number, percent: number): number {
  const basisPoints = BigInt(Math.round(percent * 100));
  const n = BigInt(amountFen) * basisPoints;
  const q = n / 10000n;
  return Number(n % 10000n === 0n ? q : q + 1n);
}

const perCapita: QuotaRuleStrategy = {
  kind: 'per_capita',
  targetFen: (rule, unit) => (rule.amountPerPersonFen ?? 0) * unit.headcount,
};

const canteenRatio: QuotaRuleStrategy = {
  kind: 'canteen_ratio',
  targetFen: (rule, unit) => {
    // No canteen: nothing to reserve. Outsourced or shared canteens reserve from the budget the unit pays for.
    if (unit.canteenMode === 'none') return 0;
    const ratio = Math.max(rule.ratioPercent ?? 0, unit.ratioPercent ?? 0);
    return percentOf(unit.canteenBudgetFen, ratio);
  },
};

const fixedAmount: QuotaRuleStrategy = {
  kind: 'fixed_amount',
  targetFen: (rule) => rule.fixedAmountFen ?? 0,
};

const unionReserve: QuotaRuleStrategy = {
  kind: 'union_reserve',
  targetFen: (rule, unit) => percentOf(unit.unionBudgetFen, rule.ratioPercent ?? 0),
};

export const QUOTA_RULE_STRATEGIES: Readonly<Record<QuotaRuleKind, QuotaRuleStrategy>> = {
  per_capita: perCapita,
  canteen_ratio: canteenRatio,
  fixed_amount: fixedAmount,
  union_reserve: unionReserve,
};

export interface TargetBreakdown {
  kind: QuotaRuleKind | 'not_less_than_last_year';
  amountFen: number;
}

/**
 * The yearly target: the sum of every rule of the jurisdiction and year, each
 * by its own strategy; where a rule says "not less than last year", at least
 * last year's approved target.
 */
export function computeTarget(
  rules: readonly (RuleParams & { notLessThanLastYear?: boolean })[],
  unit: UnitFigures,
  lastYearTargetFen: number | null,
): { targetFen: number; parts: TargetBreakdown[] } {
  const parts: TargetBreakdown[] = rules.map((r) => ({ kind: r.kind, amountFen: QUOTA_RULE_STRATEGIES[r.kind].targetFen(r, unit) }));
  let targetFen = parts.reduce((s, p) => s + p.amountFen, 0);
  if (rules.some((r) => r.notLessThanLastYear) && lastYearTargetFen !== null && lastYearTargetFen > targetFen) {
    parts.push({ kind: 'not_less_than_last_year', amountFen: lastYearTargetFen - targetFen });
    targetFen = lastYearTargetFen;
  }
  return { targetFen, parts };
}
