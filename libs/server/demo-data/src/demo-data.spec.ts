import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { isValidCreditCode } from '@yigou/shared/validation';
import { regionCodeLevel } from '@yigou/shared/domain';
import { demoImagesDir, readDemoData } from './demo-data.types';
import { demoScopes } from './demo-scopes';

describe('bundled demo data', () => {
  const data = readDemoData();
  const regionCodes = new Set(data.regions.map((r) => r.code));
  const supplierKeys = new Set(data.suppliers.map((s) => s.key));
  const productKeys = new Set(data.products.map((p) => p.key));

  it('gives every supplier a 统一社会信用代码 with a correct check character and a story', () => {
    for (const s of data.suppliers) {
      expect(isValidCreditCode(s.creditCode)).toBe(true);
      expect(s.creditCode.slice(2, 8)).toBe(s.county);
      expect(s.story.length).toBeGreaterThan(20);
    }
    expect(new Set(data.suppliers.map((s) => s.creditCode)).size).toBe(data.suppliers.length);
  });

  it('only refers to regions, suppliers and products it defines', () => {
    for (const r of data.regions) {
      expect(regionCodeLevel(r.code)).toBe(r.level);
      if (r.parent) expect(regionCodes.has(r.parent)).toBe(true);
    }
    for (const s of data.suppliers) {
      expect(regionCodes.has(s.county)).toBe(true);
      if (s.village) expect(s.village.startsWith(s.county)).toBe(true);
    }
    for (const p of data.products) expect(supplierKeys.has(p.supplier)).toBe(true);
    for (const l of data.benefitLinks) expect(productKeys.has(l.product)).toBe(true);
    for (const s of data.livestreams) for (const k of s.products) expect(productKeys.has(k)).toBe(true);
  });

  it('keeps amounts in positive integer fen', () => {
    for (const p of data.products) expect(Number.isSafeInteger(p.priceFen) && p.priceFen > 0).toBe(true);
    for (const u of data.workUnits) expect(Number.isSafeInteger(u.canteenBudgetFen ?? 0)).toBe(true);
  });

  it('has a drawn image for every product', () => {
    for (const p of data.products) expect(existsSync(join(demoImagesDir, `${p.key}.svg`))).toBe(true);
  });

  it('scopes the demo roles to 高寒合作社, 汾西县 and 汾西县第一中学, all of which exist', () => {
    const scopes = demoScopes();
    expect(scopes.supplier_staff.supplierKey).toBe('gaohan');
    expect(scopes.county_admin.regionCode).toBe('141034');
    expect(scopes.buyer.unitKey).toBe('fenxi-no1-school');
    expect(supplierKeys.has('gaohan')).toBe(true);
    expect(data.workUnits.some((u) => u.key === 'fenxi-no1-school')).toBe(true);
  });
});
