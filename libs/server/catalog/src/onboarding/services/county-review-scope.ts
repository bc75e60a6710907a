import { forbidden, RequestContext, trimRegion } from '@yigou/server/core';
import type { Supplier } from '../../entities/supplier.entity';

/** The exact region codes whose admins cover a county: the county, its city and its province. */
export function regionScopesOf(countyCode: string): string[] {
  return [countyCode, `${countyCode.slice(0, 4)}00`, `${countyCode.slice(0, 2)}0000`];
}

/**
 * Who reviews a county's suppliers and their products' certifications: its county admins, those of a city or province
 * above it, and platform admins. A decision on another county's supplier is FORBIDDEN; another county's certification
 * asked for by id is NOT_FOUND, so its id tells a stranger nothing.
 */
export function mayReviewCounty(ctx: RequestContext, countyCode: string): boolean {
  return ctx.canActInRegion('county_admin', countyCode);
}

/** Who may see a supplier's application and its certifications: its own staff and its county's reviewers. */
export function maySeeSupplier(ctx: RequestContext, supplier: Pick<Supplier, 'id' | 'countyCode'>): boolean {
  return ctx.canActForSupplier(supplier.id) || mayReviewCounty(ctx, supplier.countyCode);
}

/**
 * `mayReviewCounty` for a list: null for a platform admin (every county), else a condition on a county code column
 * keeping the counties under the caller's county admin grants. FORBIDDEN with `refusal` for one who reviews none.
 */
export function reviewedCounties(
  ctx: RequestContext,
  refusal: string,
): { on: (column: string) => string; params: Record<string, string> } | null {
  if (ctx.hasRole('platform_admin')) return null;
  const regions = ctx
    .grantsFor('county_admin')
    .map((g) => g.regionCode)
    .filter((c): c is string => !!c);
  if (regions.length === 0) throw forbidden(refusal);
  return {
    on: (column) => `(${regions.map((_, i) => `${column} LIKE :r${i}`).join(' OR ')})`,
    params: Object.fromEntries(regions.map((r, i) => [`r${i}`, `${trimRegion(r)}%`])),
  };
}
