import { useCallback } from 'react';
import { useT, type MessageKey, type MessageParams } from '@yigou/web/i18n';

/** Invoice and 采购清单 strings: `invoice.<key>` in the i18n dictionaries. */
export type InvoiceLabelKey = MessageKey extends infer K ? (K extends `invoice.${infer R}` ? R : never) : never;

export function useInvoiceT(): (key: InvoiceLabelKey, params?: MessageParams) => string {
  const t = useT();
  return useCallback((key: InvoiceLabelKey, params?: MessageParams) => t(`invoice.${key}` as MessageKey, params), [t]);
}

/** 普票 / 专票 in the reader's language (an unknown kind as the API gave it). */
export function useInvoiceKind(): (kind: string | null | undefined) => string {
  const I = useInvoiceT();
  return useCallback((kind) => (kind === 'special' ? I('kind.special') : kind === 'normal' || !kind ? I('kind.normal') : kind), [I]);
}
