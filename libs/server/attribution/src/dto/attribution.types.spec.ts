import 'reflect-metadata';
import { validationPipe } from '@yigou/server/core';
import { AttributionRuleInput, BenefitLinkInput, HouseholdInput, UpdateHouseholdInput } from './attribution.types';

const SUPPLIER = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const HOUSEHOLD = 'f47ac10b-58cc-4372-a567-0e02b2c3d479';
const link = { supplierId: SUPPLIER, householdId: HOUSEHOLD, type: 'employment', weight: 1, validFrom: '2026-01-01' };
const rule = { supplierId: SUPPLIER, kind: 'revenue_share', basisPoints: 820, validFrom: '2026-01-01' };
const household = {
  villageCode: '141034100001',
  householdNo: 'H-1',
  headName: '王某',
  idNumber: '141034199001010011',
  members: 3,
  category: 'lifted',
  incomePerCapitaFen: '600000',
};

/** What the global pipe answers for `value` as `metatype`: 'ok' or the refusal's message and field. */
async function answer(metatype: new () => object, value: unknown): Promise<string> {
  try {
    await validationPipe().transform(value, { type: 'body', data: 'input', metatype });
    return 'ok';
  } catch (e) {
    const err = e as { message: string; extensions?: { field?: string } };
    return `${err.message} @ ${err.extensions?.field}`;
  }
}

describe('benefit links and attribution rules check the supplier, product and days they share', () => {
  it.each([
    ['BenefitLinkInput', BenefitLinkInput, link],
    ['AttributionRuleInput', AttributionRuleInput, rule],
  ] as const)('%s: a good input passes; a bad supplier, product or date is refused on its field', async (_name, type, good) => {
    expect(await answer(type, good)).toBe('ok');
    expect(await answer(type, { ...good, productId: null, validTo: null })).toBe('ok');
    expect(await answer(type, { ...good, supplierId: 'x' })).toBe('供应商不正确 @ supplierId');
    expect(await answer(type, { ...good, productId: 'x' })).toBe('产品不正确 @ productId');
    expect(await answer(type, { ...good, validFrom: '2026-1-1' })).toBe('日期格式应为 YYYY-MM-DD @ validFrom');
    expect(await answer(type, { ...good, validTo: '明年' })).toBe('日期格式应为 YYYY-MM-DD @ validTo');
  });

  it('a benefit link still checks its own fields', async () => {
    expect(await answer(BenefitLinkInput, { ...link, householdId: 'x' })).toBe('农户不正确 @ householdId');
    expect(await answer(BenefitLinkInput, { ...link, type: 'gift' })).toBe('利益联结类型不正确 @ type');
  });
});

describe('registering and updating a household check its 帮扶责任人 alike', () => {
  it.each([
    ['HouseholdInput', HouseholdInput, household],
    ['UpdateHouseholdInput', UpdateHouseholdInput, {}],
  ] as const)('%s: none or a few pass; a name over 40 characters or over 20 names is refused', async (_name, type, base) => {
    expect(await answer(type, base)).toBe('ok');
    expect(await answer(type, { ...base, helpers: null })).toBe('ok');
    expect(await answer(type, { ...base, helpers: ['张三', '李四'] })).toBe('ok');
    expect(await answer(type, { ...base, helpers: ['张'.repeat(41)] })).toBe('帮扶责任人姓名过长 @ helpers');
    expect(await answer(type, { ...base, helpers: Array.from({ length: 21 }, (_, i) => `帮扶人${i}`) })).toMatch(/@ helpers$/);
    expect(await answer(type, { ...base, helpers: '张三' })).toMatch(/@ helpers$/);
  });
});
