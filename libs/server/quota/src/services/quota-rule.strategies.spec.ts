import { computeTarget, figuresFromRecord, percentOf, QUOTA_RULE_STRATEGIES, UnitFigures } from './quota-rule.strategies';

const unit: UnitFigures = {
  headcount: 210,
  canteenMode: 'own',
  canteenBudgetFen: 120_000_000,
  ratioPercent: null,
  unionBudgetFen: 5_000_000,
};
const rule = (
  kind: 'per_capita' | 'canteen_ratio' | 'fixed_amount' | 'union_reserve',
  p: Partial<{ amountPerPersonFen: number; ratioPercent: number; fixedAmountFen: number }> = {},
) => ({
  kind,
  amountPerPersonFen: p.amountPerPersonFen ?? null,
  ratioPercent: p.ratioPercent ?? null,
  fixedAmountFen: p.fixedAmountFen ?? null,
});

describe('quota rule strategies', () => {
  it('per capita is yuan per person times headcount (汾西县 300 yuan × 210)', () => {
    expect(QUOTA_RULE_STRATEGIES.per_capita.targetFen(rule('per_capita', { amountPerPersonFen: 30000 }), unit)).toBe(6_300_000);
  });
  it('canteen ratio takes the percentage of the canteen budget, the unit’s higher ratio winning', () => {
    const r = rule('canteen_ratio', { ratioPercent: 15 });
    expect(QUOTA_RULE_STRATEGIES.canteen_ratio.targetFen(r, unit)).toBe(18_000_000);
    expect(QUOTA_RULE_STRATEGIES.canteen_ratio.targetFen(r, { ...unit, ratioPercent: 20 })).toBe(24_000_000);
    expect(QUOTA_RULE_STRATEGIES.canteen_ratio.targetFen(r, { ...unit, ratioPercent: 5 })).toBe(18_000_000);
  });
  it('a unit without a canteen owes nothing under a canteen ratio; outsourced and shared canteens do', () => {
    const r = rule('canteen_ratio', { ratioPercent: 10 });
    expect(QUOTA_RULE_STRATEGIES.canteen_ratio.targetFen(r, { ...unit, canteenMode: 'none' })).toBe(0);
    expect(QUOTA_RULE_STRATEGIES.canteen_ratio.targetFen(r, { ...unit, canteenMode: 'outsourced' })).toBe(12_000_000);
    expect(QUOTA_RULE_STRATEGIES.canteen_ratio.targetFen(r, { ...unit, canteenMode: 'shared', canteenBudgetFen: 333 })).toBe(34);
  });
  it('fixed amount ignores the figures', () => {
    expect(QUOTA_RULE_STRATEGIES.fixed_amount.targetFen(rule('fixed_amount', { fixedAmountFen: 500_000 }), unit)).toBe(500_000);
  });
  it('union reserve is a ratio of the union budget', () => {
    expect(QUOTA_RULE_STRATEGIES.union_reserve.targetFen(rule('union_reserve', { ratioPercent: 30 }), unit)).toBe(1_500_000);
  });
  it('percentages round up to the fen in integer arithmetic', () => {
    expect(percentOf(1, 10)).toBe(1);
    expect(percentOf(999, 12.5)).toBe(125);
    expect(percentOf(9_007_199_254_740, 15)).toBe(1_351_079_888_211);
  });
  it('the target sums the rules and honours "not less than last year"', () => {
    const rules = [
      rule('per_capita', { amountPerPersonFen: 30000 }),
      { ...rule('canteen_ratio', { ratioPercent: 10 }), notLessThanLastYear: true },
    ];
    expect(computeTarget(rules, unit, null).targetFen).toBe(6_300_000 + 12_000_000);
    const floored = computeTarget(rules, unit, 20_000_000);
    expect(floored.targetFen).toBe(20_000_000);
    expect(floored.parts.at(-1)).toEqual({ kind: 'not_less_than_last_year', amountFen: 1_700_000 });
    expect(
      computeTarget(
        rules.map((r) => ({ ...r, notLessThanLastYear: false })),
        unit,
        20_000_000,
      ).targetFen,
    ).toBe(18_300_000);
  });
});

describe('figures from a unit record (the provisional target before an approved filing)', () => {
  it('takes headcount and canteen from the record, with no committed ratio and no union budget', () => {
    expect(figuresFromRecord({ headcount: 210, hasCanteen: true, canteenBudgetFen: 120_000_000 })).toEqual({
      headcount: 210,
      canteenMode: 'own',
      canteenBudgetFen: 120_000_000,
      ratioPercent: null,
      unionBudgetFen: 0,
    });
    expect(figuresFromRecord({ headcount: 12, hasCanteen: false, canteenBudgetFen: 0 }).canteenMode).toBe('none');
  });
});
