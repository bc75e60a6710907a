import type { SessionUserFieldsFragment } from '../../../generated/graphql';

export interface AdminUnit {
  unitId: string;
  name: string;
}

/** The units this person administers (a unit_admin grant names its unit). */
export function adminUnits(user: SessionUserFieldsFragment | null): AdminUnit[] {
  const seen = new Set<string>();
  const out: AdminUnit[] = [];
  for (const g of user?.roles ?? []) {
    if (g.role !== 'unit_admin' || !g.unitId || seen.has(g.unitId)) continue;
    seen.add(g.unitId);
    out.push({ unitId: g.unitId, name: g.scopeLabel ?? g.unitId });
  }
  return out;
}

/** Mirrors the server's rule for importing units: platform admins and the finance office. */
export function canImportUnits(user: SessionUserFieldsFragment | null): boolean {
  return !!user?.roles.some((g) => g.role === 'platform_admin' || g.role === 'finance_reviewer');
}

/** Invitation codes as the server accepts them: 4–16 characters, compared upper-case. */
export function normalizeCode(raw: string): string {
  return raw.trim().toUpperCase();
}

export function isPlausibleCode(code: string): boolean {
  return /^[A-Z0-9]{4,16}$/.test(code);
}

/** The full invitation URL for a link path the API returns ("/join-unit?code=…"). */
export function absoluteLink(path: string, origin = typeof window === 'undefined' ? '' : window.location.origin): string {
  return `${origin}${path}`;
}
