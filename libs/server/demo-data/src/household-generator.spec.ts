import { isValidIdNumber } from '@yigou/shared/validation';
import { HouseholdGenerator } from './household-generator';

const fenxiVillages = ['141034100201', '141034100202', '141034101201'];

describe('HouseholdGenerator', () => {
  it('makes 458 pear-grower households whose members add up to 1,419 people', () => {
    const hs = new HouseholdGenerator(7).generate({ count: 458, people: 1419, countyCode: '141034', villageCodes: fenxiVillages });
    expect(hs).toHaveLength(458);
    expect(hs.reduce((a, h) => a + h.members, 0)).toBe(1419);
    expect(hs.every((h) => h.members >= 1 && h.members <= 7)).toBe(true);
  });

  it('gives every head a valid, unique, county-prefixed ID number whose gender digit matches', () => {
    const gen = new HouseholdGenerator(7);
    const hs = [
      ...gen.generate({ count: 300, countyCode: '141034', villageCodes: fenxiVillages }),
      ...gen.generate({ count: 17, people: 28, countyCode: '141122', villageCodes: ['141122200201'], femaleHeads: true }),
    ];
    expect(hs.every((h) => isValidIdNumber(h.headIdNumber))).toBe(true);
    expect(hs.every((h) => h.headIdNumber.startsWith(h.countyCode))).toBe(true);
    expect(new Set(hs.map((h) => h.headIdNumber)).size).toBe(hs.length);
    const women = hs.slice(300);
    expect(women.every((h) => Number(h.headIdNumber[16]) % 2 === 0)).toBe(true);
  });

  it('numbers households uniquely within their village and spreads them over the villages', () => {
    const hs = new HouseholdGenerator(1).generate({ count: 120, countyCode: '141034', villageCodes: fenxiVillages });
    expect(new Set(hs.map((h) => h.householdNo)).size).toBe(120);
    expect(hs.every((h) => h.householdNo.startsWith(h.villageCode))).toBe(true);
    expect(new Set(hs.map((h) => h.villageCode))).toEqual(new Set(fenxiVillages));
  });

  it('is mostly lifted households with some monitored ones, incomes between 3,500 and 9,000 yuan', () => {
    const hs = new HouseholdGenerator(3).generate({ count: 1000, countyCode: '141034', villageCodes: fenxiVillages });
    const lifted = hs.filter((h) => h.category === 'lifted').length;
    expect(lifted).toBeGreaterThan(750);
    expect(hs.some((h) => h.category === 'marginal' || h.category === 'unstable')).toBe(true);
    expect(hs.every((h) => h.incomePerCapitaFen >= 350_000 && h.incomePerCapitaFen <= 900_000)).toBe(true);
    expect(hs.filter((h) => h.category === 'lifted').every((h) => h.incomePerCapitaFen >= 400_000)).toBe(true);
  });

  it('produces the same households for the same seed', () => {
    const spec = { count: 50, people: 160, countyCode: '141034', villageCodes: fenxiVillages };
    expect(new HouseholdGenerator(42).generate(spec)).toEqual(new HouseholdGenerator(42).generate(spec));
    expect(new HouseholdGenerator(43).generate(spec)).not.toEqual(new HouseholdGenerator(42).generate(spec));
  });

  it('refuses a people count that cannot fill the households', () => {
    expect(() => new HouseholdGenerator().memberCounts(10, 5)).toThrow();
  });
});
