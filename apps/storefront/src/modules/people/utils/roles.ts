import { useCallback } from 'react';
import { useI18n } from '@yigou/web/i18n';
import { roleLabel } from '@yigou/shared/domain';

/** A role's name in the current language. */
export function useRoleName(): (role: string) => string {
  const { locale } = useI18n();
  return useCallback((role: string) => roleLabel(role, locale === 'en' ? 'en' : 'zh'), [locale]);
}

/** Roles a platform admin grants, in the order people think of them. */
export const ADMIN_GRANTABLE = [
  'unit_purchaser',
  'unit_admin',
  'county_admin',
  'finance_reviewer',
  'live_host',
  'auditor',
  'supplier_staff',
  'platform_finance',
  'platform_admin',
] as const;
