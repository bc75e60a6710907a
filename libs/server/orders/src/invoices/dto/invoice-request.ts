import { registerEnumType } from '@nestjs/graphql';
import { badInput } from '@yigou/server/core';

/** 普票 (增值税普通发票) or 专票 (增值税专用发票: the buyer deducts input tax, so it carries the unit's bank and address). */
export const INVOICE_KINDS = ['normal', 'special'] as const;
export type InvoiceKind = (typeof INVOICE_KINDS)[number];
export const InvoiceKindEnum = Object.fromEntries(INVOICE_KINDS.map((k) => [k, k])) as { [K in InvoiceKind]: K };
registerEnumType(InvoiceKindEnum, { name: 'InvoiceKind', description: 'normal 普票 / special 专票' });

export const INVOICE_KIND_LABEL: Record<InvoiceKind, string> = { normal: '增值税普通发票', special: '增值税专用发票' };

/** What the buyer asks for, as checkout and requestInvoice receive it. */
export interface InvoiceRequestFields {
  kind?: InvoiceKind | null;
  title: string;
  taxNo?: string | null;
  bankName?: string | null;
  bankAccount?: string | null;
  address?: string | null;
  phone?: string | null;
}

/** The request as stored on the order (shop_order.invoice). Requests from before kinds existed read as 普票. */
export interface InvoiceRequestSnapshot {
  kind: InvoiceKind;
  title: string;
  taxNo: string | null;
  bankName: string | null;
  bankAccount: string | null;
  address: string | null;
  phone: string | null;
}

const clean = (v: string | null | undefined): string | null => {
  const t = (v ?? '').trim();
  return t ? t : null;
};

/**
 * The snapshot to store, or a coded error naming the field: a 专票 needs the tax number and the unit's 开户银行,
 * 银行账号, 注册地址 and 注册电话 (they are printed on it).
 */
export function invoiceSnapshot(input: InvoiceRequestFields): InvoiceRequestSnapshot {
  const kind: InvoiceKind = input.kind ?? 'normal';
  if (!INVOICE_KINDS.includes(kind)) throw badInput('发票类型应为普票或专票', 'kind');
  const s: InvoiceRequestSnapshot = {
    kind,
    title: (input.title ?? '').trim(),
    taxNo: clean(input.taxNo)?.toUpperCase() ?? null,
    bankName: clean(input.bankName),
    bankAccount: clean(input.bankAccount)?.replace(/\s+/g, '') ?? null,
    address: clean(input.address),
    phone: clean(input.phone),
  };
  if (s.title.length < 2 || s.title.length > 60) throw badInput('发票抬头为 2–60 个字', 'title');
  if (s.taxNo && !/^[0-9A-HJ-NPQRTUWXY]{15}$|^[0-9A-HJ-NPQRTUWXY]{18}$|^[0-9A-Z]{20}$/.test(s.taxNo))
    throw badInput('税号应为 15、18 或 20 位', 'taxNo');
  if (kind === 'special') {
    if (!s.taxNo) throw badInput('开具专票需要填写纳税人识别号', 'taxNo');
    if (!s.bankName) throw badInput('开具专票需要填写开户银行', 'bankName');
    if (!s.bankAccount) throw badInput('开具专票需要填写银行账号', 'bankAccount');
    if (!s.address) throw badInput('开具专票需要填写单位注册地址', 'address');
    if (!s.phone) throw badInput('开具专票需要填写单位注册电话', 'phone');
  }
  if (s.bankName && s.bankName.length > 60) throw badInput('开户银行不能超过 60 个字', 'bankName');
  if (s.bankAccount && !/^\d{8,32}$/.test(s.bankAccount)) throw badInput('银行账号应为 8–32 位数字', 'bankAccount');
  if (s.address && (s.address.length < 4 || s.address.length > 120)) throw badInput('单位注册地址为 4–120 个字', 'address');
  if (s.phone && !/^(1\d{10}|0\d{2,3}-?\d{7,8})$/.test(s.phone)) throw badInput('单位注册电话应为手机或固话号码', 'phone');
  return s;
}

/** A stored request, filling in what requests from before kinds existed lack. */
export function readInvoiceRequest(stored: Partial<InvoiceRequestSnapshot> | null): InvoiceRequestSnapshot | null {
  if (!stored) return null;
  return {
    kind: stored.kind ?? 'normal',
    title: stored.title ?? '',
    taxNo: stored.taxNo ?? null,
    bankName: stored.bankName ?? null,
    bankAccount: stored.bankAccount ?? null,
    address: stored.address ?? null,
    phone: stored.phone ?? null,
  };
}
