import { appointingRole, isCountyCode, reasonProblem, scopeShapeProblem, ScopedRole } from './role-policy';

const role = (r: Partial<ScopedRole> & Pick<ScopedRole, 'role'>): ScopedRole => ({
  unitId: null,
  supplierId: null,
  regionCode: null,
  ...r,
});

describe('who may appoint whom', () => {
  it('platform admins appoint every grantable role', () => {
    expect(appointingRole([{ role: 'platform_admin' }], role({ role: 'auditor', regionCode: '141034' }))).toEqual({ as: 'platform_admin' });
  });

  it('a county admin appoints county admins, finance reviewers and hosts of their county, and a city grant covers its counties', () => {
    const county = [{ role: 'county_admin' as const, regionCode: '141034' }];
    expect(appointingRole(county, role({ role: 'live_host', regionCode: '141034' }))).toEqual({ as: 'county_admin' });
    expect(appointingRole(county, role({ role: 'live_host', regionCode: '141122' }))).toEqual({ refused: '您只能任免本县的角色' });
    expect(appointingRole(county, role({ role: 'auditor', regionCode: '141034' }))).toHaveProperty('refused');
    expect(
      appointingRole([{ role: 'county_admin', regionCode: '141000' }], role({ role: 'finance_reviewer', regionCode: '141034' })),
    ).toEqual({ as: 'county_admin' });
  });

  it('a unit admin appoints their own unit’s purchasers; supplier staff their own supplier’s staff; a buyer nobody', () => {
    expect(appointingRole([{ role: 'unit_admin', unitId: 'u1' }], role({ role: 'unit_purchaser', unitId: 'u1' }))).toEqual({
      as: 'unit_admin',
    });
    expect(appointingRole([{ role: 'unit_admin', unitId: 'u1' }], role({ role: 'unit_purchaser', unitId: 'u2' }))).toEqual({
      refused: '您只能任免本单位的采购员',
    });
    expect(appointingRole([{ role: 'supplier_staff', supplierId: 's1' }], role({ role: 'supplier_staff', supplierId: 's1' }))).toEqual({
      as: 'supplier_staff',
    });
    expect(appointingRole([{ role: 'supplier_staff', supplierId: 's1' }], role({ role: 'supplier_staff', supplierId: 's2' }))).toEqual({
      refused: '您只能邀请同事加入本供应商',
    });
    expect(appointingRole([{ role: 'buyer' }], role({ role: 'platform_finance' }))).toEqual({ refused: '您无权任免该角色' });
  });
});

describe('scopes and reasons', () => {
  it('each role needs exactly its kind of scope', () => {
    expect(scopeShapeProblem(role({ role: 'unit_admin', unitId: 'u' }))).toBeNull();
    expect(scopeShapeProblem(role({ role: 'platform_finance' }))).toBeNull();
    expect(scopeShapeProblem(role({ role: 'unit_admin' }))?.field).toBe('unitId');
    expect(scopeShapeProblem(role({ role: 'live_host', regionCode: '140000' }))?.field).toBe('regionCode');
    expect(scopeShapeProblem(role({ role: 'platform_admin', supplierId: 's' }))?.field).toBe('supplierId');
    expect(scopeShapeProblem(role({ role: 'buyer' }))?.field).toBe('role');
  });

  it('county codes are six digits and not a province or city', () => {
    expect([isCountyCode('141034'), isCountyCode('141000'), isCountyCode('140000'), isCountyCode('141034100')]).toEqual([
      true,
      false,
      false,
      false,
    ]);
  });

  it('a reason has 2–200 characters after trimming', () => {
    expect(
      [reasonProblem(' 好 '), reasonProblem('调任'), reasonProblem('长'.repeat(201)), reasonProblem(null)].map((p) => p === null),
    ).toEqual([false, true, false, false]);
  });
});
