import { FINANCE_DESK_ROLES, type FinanceDeskRole, type Role } from '@yigou/shared/domain';
import { forbidden, unauthenticated } from '../errors/app-error';

export interface RoleGrant {
  role: Role;
  /** The work unit, supplier or region (GB/T 2260 code) the role is limited to, when scoped. */
  unitId?: string | null;
  supplierId?: string | null;
  regionCode?: string | null;
}

export interface AuthenticatedUser {
  id: string;
  displayName: string;
  unitId: string | null;
  grants: RoleGrant[];
}

/**
 * Who is asking and from where. Services take it first, so that every rule can
 * check scope (which unit, which supplier, which county) without reaching into HTTP.
 */
export class RequestContext {
  constructor(
    readonly user: AuthenticatedUser | null,
    readonly ip: string,
    readonly now: Date = new Date(),
  ) {}

  static anonymous(ip = 'unknown'): RequestContext {
    return new RequestContext(null, ip);
  }

  get isAuthenticated(): boolean {
    return this.user !== null;
  }

  requireUser(): AuthenticatedUser {
    if (!this.user) throw unauthenticated();
    return this.user;
  }

  hasRole(role: Role): boolean {
    return !!this.user?.grants.some((g) => g.role === role);
  }

  /**
   * The role the user runs the platform finance desk as (transfers, matching, refunds, all
   * orders), or null when they may not: platform_finance, else platform_admin. Never the
   * county finance bureau (finance_reviewer).
   */
  financeDeskRole(): FinanceDeskRole | null {
    return FINANCE_DESK_ROLES.find((r) => this.hasRole(r)) ?? null;
  }

  grantsFor(role: Role): RoleGrant[] {
    return this.user?.grants.filter((g) => g.role === role) ?? [];
  }

  /** True when the user may act for this region: a platform admin, or a grant on it or on an ancestor code. */
  canActInRegion(role: Role, regionCode: string): boolean {
    if (this.hasRole('platform_admin')) return true;
    return this.grantsFor(role).some((g) => !!g.regionCode && regionCode.startsWith(trimRegion(g.regionCode)));
  }

  requireRegion(role: Role, regionCode: string): void {
    if (!this.canActInRegion(role, regionCode)) throw forbidden('您无权处理其他地区的数据');
  }

  canActForSupplier(supplierId: string): boolean {
    if (this.hasRole('platform_admin')) return true;
    return this.grantsFor('supplier_staff').some((g) => g.supplierId === supplierId);
  }

  requireSupplier(supplierId: string): void {
    if (!this.canActForSupplier(supplierId)) throw forbidden('您无权操作其他供应商的数据');
  }
}

/** "141000" (a city) covers every code starting "1410"; a province "140000" covers "14". */
export function trimRegion(code: string): string {
  if (code.length === 6) {
    if (code.endsWith('0000')) return code.slice(0, 2);
    if (code.endsWith('00')) return code.slice(0, 4);
  }
  return code;
}
