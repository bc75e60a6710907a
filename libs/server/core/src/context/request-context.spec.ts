import type { Role } from '@yigou/shared/domain';
import { RequestContext } from './request-context';

const as = (...roles: Role[]) =>
  new RequestContext(
    {
      id: 'u1',
      displayName: 'x',
      unitId: null,
      grants: roles.map((role) => ({ role, regionCode: role === 'finance_reviewer' ? '141034' : null })),
    },
    '127.0.0.1',
  );

describe('RequestContext.financeDeskRole', () => {
  it('lets platform finance work the finance desk as platform_finance', () => {
    expect(as('platform_finance').financeDeskRole()).toBe('platform_finance');
  });

  it('keeps the desk open to the platform admin, recorded as platform_admin', () => {
    expect(as('platform_admin').financeDeskRole()).toBe('platform_admin');
  });

  it('records a user holding both roles as platform_finance at the desk', () => {
    expect(as('platform_admin', 'platform_finance').financeDeskRole()).toBe('platform_finance');
  });

  it('keeps the county finance bureau (finance_reviewer) and everyone else away from money', () => {
    expect(as('finance_reviewer').financeDeskRole()).toBeNull();
    expect(as('buyer', 'unit_purchaser', 'unit_admin', 'county_admin').financeDeskRole()).toBeNull();
    expect(RequestContext.anonymous().financeDeskRole()).toBeNull();
  });
});
