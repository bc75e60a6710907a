import type { Role } from '@yigou/shared/domain';

export const DEMO_COUNTY_CODE = '141034'; // 汾西县
export const DEMO_SUPPLIER_KEY = 'gaohan'; // 汾西县高寒农牧专业合作社
export const DEMO_UNIT_KEY = 'fenxi-no1-school'; // 汾西县第一中学

/** What each demo role is scoped to, by demo key or region code (ids come from DemoDataLoader.demoIds()). */
export interface DemoScope {
  supplierKey?: string;
  unitKey?: string;
  regionCode?: string;
}

export function demoScopes(): Record<Role, DemoScope> {
  return {
    buyer: { unitKey: DEMO_UNIT_KEY },
    unit_purchaser: { unitKey: DEMO_UNIT_KEY },
    unit_admin: { unitKey: DEMO_UNIT_KEY },
    supplier_staff: { supplierKey: DEMO_SUPPLIER_KEY },
    live_host: { regionCode: DEMO_COUNTY_CODE },
    county_admin: { regionCode: DEMO_COUNTY_CODE },
    finance_reviewer: { regionCode: DEMO_COUNTY_CODE },
    platform_admin: {},
    platform_finance: {},
    auditor: { regionCode: DEMO_COUNTY_CODE },
  };
}
