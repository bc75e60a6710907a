import { FINANCE_DESK_ROLES, type Role } from '@yigou/shared/domain';
import type { SessionUserFieldsFragment } from '../../../generated/graphql';

const DESK: readonly Role[] = FINANCE_DESK_ROLES;

/**
 * Mirrors the server's finance-desk rule (/finance: transfers, matching, refunds): platform
 * finance or the platform admin — never the county finance bureau (finance_reviewer).
 */
export function canUseFinanceDesk(user: SessionUserFieldsFragment | null): boolean {
  return !!user?.roles.some((g) => DESK.includes(g.role));
}

/** Binding-change approvals stay with the platform admin. */
export function canApproveBindingChanges(user: SessionUserFieldsFragment | null): boolean {
  return !!user?.roles.some((g) => g.role === 'platform_admin');
}
