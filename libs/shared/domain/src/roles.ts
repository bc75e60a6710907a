export const ROLES = [
  'buyer',
  'unit_purchaser',
  'unit_admin',
  'supplier_staff',
  'live_host',
  'county_admin',
  'finance_reviewer',
  'platform_admin',
  'platform_finance',
] as const;
export type Role = (typeof ROLES)[number];

/** Which kind of scope a role carries (which unit, which supplier, which region). */
export const ROLE_SCOPE: Record<Role, 'unit' | 'supplier' | 'region' | null> = {
  buyer: 'unit',
  unit_purchaser: 'unit',
  unit_admin: 'unit',
  supplier_staff: 'supplier',
  live_host: 'region',
  county_admin: 'region',
  finance_reviewer: 'region',
  platform_admin: null,
  platform_finance: null,
};

export const ROLE_LABELS: Record<Role, { zh: string; en: string }> = {
  buyer: { zh: '个人买家', en: 'Buyer' },
  unit_purchaser: { zh: '单位采购员', en: 'Unit purchaser' },
  unit_admin: { zh: '单位管理员', en: 'Unit admin' },
  supplier_staff: { zh: '供应商', en: 'Supplier staff' },
  live_host: { zh: '主播', en: 'Live host' },
  county_admin: { zh: '县乡村振兴局', en: 'County admin' },
  finance_reviewer: { zh: '财政局审核员', en: 'Finance reviewer' },
  platform_admin: { zh: '平台管理员', en: 'Platform admin' },
  platform_finance: { zh: '平台财务', en: 'Platform finance' },
};

/**
 * The platform finance desk (对公转账 record/import/match, refunds, the all-orders view):
 * platform finance staff, and the platform admin who keeps every platform power.
 * Not the county finance bureau (finance_reviewer), which reviews quota filings and never touches money.
 */
export const FINANCE_DESK_ROLES = ['platform_finance', 'platform_admin'] as const satisfies readonly Role[];
export type FinanceDeskRole = (typeof FINANCE_DESK_ROLES)[number];

/** A role (or the 'system' actor of automatic steps) as people read it; an unknown code is shown as it is. */
export function roleLabel(role: string, locale: 'zh' | 'en' = 'zh'): string {
  if (role === 'system') return locale === 'zh' ? '系统自动' : 'System';
  return (ROLE_LABELS as Record<string, { zh: string; en: string } | undefined>)[role]?.[locale] ?? role;
}
