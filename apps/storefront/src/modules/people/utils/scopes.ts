import type { SessionUserFieldsFragment } from '../../../generated/graphql';

export interface ScopeChoice {
  id: string;
  label: string;
}

/** The distinct scopes (county codes or supplier ids) of one of the signed-in person's roles, with their names. */
export function scopesOf(user: SessionUserFieldsFragment | null, role: 'county_admin' | 'supplier_staff'): ScopeChoice[] {
  const out = new Map<string, string>();
  for (const g of user?.roles ?? []) {
    if (g.role !== role) continue;
    const id = role === 'county_admin' ? g.regionCode : g.supplierId;
    if (id && !out.has(id)) out.set(id, g.scopeLabel ?? id);
  }
  return [...out].map(([id, label]) => ({ id, label }));
}

export const isPlatformAdmin = (user: SessionUserFieldsFragment | null): boolean => !!user?.roles.some((r) => r.role === 'platform_admin');
