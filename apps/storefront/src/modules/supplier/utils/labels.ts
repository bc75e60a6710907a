import { useCallback } from 'react';
import { useT, zhCN, type MessageKey } from '@yigou/web/i18n';

/**
 * The supplier portal's and review area's strings live in the i18n dictionaries under
 * `supplierPortal.<key>` (libs/web/i18n/src/messages); useL() reads them by the short key.
 */
const PREFIX = 'supplierPortal.';

export type SupplierLabelKey = MessageKey extends infer K ? (K extends `supplierPortal.${infer R}` ? R : never) : never;

export function useL(): (key: SupplierLabelKey) => string {
  const t = useT();
  return useCallback((key: SupplierLabelKey) => t(`${PREFIX}${key}` as MessageKey), [t]);
}

export function hasLabel(key: string): key is SupplierLabelKey {
  return Object.prototype.hasOwnProperty.call(zhCN, PREFIX + key);
}
