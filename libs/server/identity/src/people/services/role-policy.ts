import { ROLE_SCOPE, ROLES, type Role } from '@yigou/shared/domain';

/** A role with its scope, as granted or withdrawn. */
export interface ScopedRole {
  role: Role;
  unitId: string | null;
  supplierId: string | null;
  regionCode: string | null;
}

/** What the actor holds (the request's grants). */
export interface ActorGrant {
  role: Role;
  unitId?: string | null;
  supplierId?: string | null;
  regionCode?: string | null;
}

/** Roles anyone may be given. `buyer` is everyone's from registration, never granted or withdrawn by hand. */
export const GRANTABLE_ROLES: readonly Role[] = ROLES.filter((r) => r !== 'buyer');

/**
 * The county-scoped roles a county admin (县乡村振兴局) gives and takes within their own county. Not auditor: the auditor checks the county
 * office.
 */
export const COUNTY_DELEGATED_ROLES: readonly Role[] = ['county_admin', 'finance_reviewer', 'live_host'];

/** The roles through which someone may appoint others. */
export type AppointingRole = 'platform_admin' | 'county_admin' | 'unit_admin' | 'supplier_staff';

/** "141000" covers "1410…", "140000" covers "14…", a county covers itself. */
function regionCovers(grantCode: string, code: string): boolean {
  let prefix = grantCode;
  if (grantCode.length === 6 && grantCode.endsWith('0000')) prefix = grantCode.slice(0, 2);
  else if (grantCode.length === 6 && grantCode.endsWith('00')) prefix = grantCode.slice(0, 4);
  return code.startsWith(prefix);
}

/** County codes (GB/T 2260): six digits, not a province (xx0000) or city (xxxx00). */
export function isCountyCode(code: string): boolean {
  return /^\d{6}$/.test(code) && !code.endsWith('00');
}

/** Whether the scope fields fit the role: which are needed, and none extra. Null when fine, else the Chinese reason. */
export function scopeShapeProblem(g: ScopedRole): { message: string; field: string } | null {
  if (!GRANTABLE_ROLES.includes(g.role)) return { message: '个人买家身份随注册自动拥有，不能授予或撤销', field: 'role' };
  const kind = ROLE_SCOPE[g.role];
  const given = { unit: !!g.unitId, supplier: !!g.supplierId, region: !!g.regionCode };
  if (kind === 'unit' && !given.unit) return { message: '请选择该角色所属的单位', field: 'unitId' };
  if (kind === 'supplier' && !given.supplier) return { message: '请选择该角色所属的供应商', field: 'supplierId' };
  if (kind === 'region' && !given.region) return { message: '请选择该角色所属的县', field: 'regionCode' };
  if (kind === 'region' && !isCountyCode(g.regionCode!)) return { message: '请选择一个县（区），不能是省或市', field: 'regionCode' };
  const extra = (['unit', 'supplier', 'region'] as const).filter((k) => k !== kind && given[k]);
  if (extra.length)
    return {
      message: kind ? '该角色只能限定一个范围，请只选择对应的单位、县或供应商' : '平台角色不限定单位、县或供应商',
      field: `${extra[0] === 'region' ? 'regionCode' : extra[0] + 'Id'}`,
    };
  return null;
}

/**
 * Through which of the actor's roles they may give or take `g`, or the Chinese reason they may not.
 * Platform admins: every grantable role. County admins: county admin, finance reviewer and host of
 * their own county. Unit admins: their own unit's purchasers. Supplier staff: their own supplier's staff.
 */
export function appointingRole(actor: readonly ActorGrant[], g: ScopedRole): { as: AppointingRole } | { refused: string } {
  const holds = (r: Role) => actor.filter((a) => a.role === r);
  if (holds('platform_admin').length) return { as: 'platform_admin' };
  if (
    COUNTY_DELEGATED_ROLES.includes(g.role) &&
    holds('county_admin').some((a) => !!a.regionCode && !!g.regionCode && regionCovers(a.regionCode, g.regionCode))
  ) {
    return { as: 'county_admin' };
  }
  if (g.role === 'unit_purchaser' && holds('unit_admin').some((a) => !!a.unitId && a.unitId === g.unitId)) return { as: 'unit_admin' };
  if (g.role === 'supplier_staff' && holds('supplier_staff').some((a) => !!a.supplierId && a.supplierId === g.supplierId))
    return { as: 'supplier_staff' };
  if (holds('county_admin').length) {
    return {
      refused: COUNTY_DELEGATED_ROLES.includes(g.role) ? '您只能任免本县的角色' : '县乡村振兴局只能任免本县的县管理员、财政审核员和主播',
    };
  }
  if (holds('unit_admin').length)
    return { refused: g.role === 'unit_purchaser' ? '您只能任免本单位的采购员' : '单位管理员只能任免本单位的采购员' };
  if (holds('supplier_staff').length)
    return { refused: g.role === 'supplier_staff' ? '您只能邀请同事加入本供应商' : '供应商只能邀请同事加入本供应商' };
  return { refused: '您无权任免该角色' };
}

/** "2–200 characters" after trimming; null when fine. */
export function reasonProblem(reason: string | null | undefined): string | null {
  const text = (reason ?? '').trim();
  if (text.length < 2) return '请填写原因（至少 2 个字）';
  if (text.length > 200) return '原因最多 200 个字';
  return null;
}
