import { shanghaiYear } from '@yigou/shared/time';
/** The current year in China (UTC+8): quota years are Beijing calendar years. */
export function currentQuotaYear(now = new Date()): number {
  return shanghaiYear(now);
}

/** 0.1234 → "12.34%" (a display of a ratio, never of money). */
export function formatRate(rate: number): string {
  return `${(rate * 100).toFixed(2)}%`;
}

export interface QuotaScopes {
  /** Units whose dashboard the user may open as admin or member. */
  unitId: string | null;
  /** Regions the user reads rankings for (finance reviewer or county admin). */
  regionCode: string | null;
}

export function quotaScopes(
  user: { unit?: { id: string } | null; roles: { role: string; unitId?: string | null; regionCode?: string | null }[] } | null,
): QuotaScopes {
  if (!user) return { unitId: null, regionCode: null };
  const admin = user.roles.find((r) => r.role === 'unit_admin' && r.unitId);
  const region = user.roles.find((r) => (r.role === 'finance_reviewer' || r.role === 'county_admin') && r.regionCode);
  return { unitId: admin?.unitId ?? user.unit?.id ?? null, regionCode: region?.regionCode ?? null };
}

/** A rank as people read it: 并列 2 when another unit shares it. */
export function formatRank(rank: number, tied: boolean, locale: 'zh' | 'en' = 'zh'): string {
  if (!tied) return String(rank);
  return locale === 'zh' ? `并列 ${rank}` : `${rank} (tied)`;
}
