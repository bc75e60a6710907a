import { registerEnumType } from '@nestjs/graphql';
import { registerDecorator, type ValidationArguments } from 'class-validator';
import { type InputProblem, problemsRefusal } from '@yigou/server/core';

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

const clean = (v: unknown): string | null => {
  const t = typeof v === 'string' ? v.trim() : '';
  return t ? t : null;
};

/** The request as it would be stored: trimmed, the tax number in capitals, the account without spaces. */
function normalised(input: InvoiceRequestFields): InvoiceRequestSnapshot {
  return {
    kind: input.kind ?? 'normal',
    title: clean(input.title) ?? '',
    taxNo: clean(input.taxNo)?.toUpperCase() ?? null,
    bankName: clean(input.bankName),
    bankAccount: clean(input.bankAccount)?.replace(/\s+/g, '') ?? null,
    address: clean(input.address),
    phone: clean(input.phone),
  };
}

const TAX_NO = /^[0-9A-HJ-NPQRTUWXY]{15}$|^[0-9A-HJ-NPQRTUWXY]{18}$|^[0-9A-Z]{20}$/;
const PHONE = /^(1\d{10}|0\d{2,3}-?\d{7,8})$/;

/** A field's rule: what is said when it is missing (a 专票's detail, or always), and when a given value has the wrong form. */
interface FieldRule {
  field: Exclude<keyof InvoiceRequestSnapshot, 'kind'>;
  /** Needed on a 普票 too (the 抬头); otherwise only a 专票 needs it. */
  always?: true;
  missing: string;
  wrongForm: string;
  ok: (value: string) => boolean;
}

/**
 * The request's fields in the form's order: a 专票 needs the tax number and the unit's 开户银行, 银行账号, 注册地址 and
 * 注册电话 (they are printed on it); whatever is given must have its form, 普票 or 专票.
 */
const RULES: readonly FieldRule[] = [
  {
    field: 'title',
    always: true,
    missing: '发票抬头为 2–60 个字',
    wrongForm: '发票抬头为 2–60 个字',
    ok: (v) => v.length >= 2 && v.length <= 60,
  },
  { field: 'taxNo', missing: '开具专票需要填写纳税人识别号', wrongForm: '税号应为 15、18 或 20 位', ok: (v) => TAX_NO.test(v) },
  { field: 'bankName', missing: '开具专票需要填写开户银行', wrongForm: '开户银行不能超过 60 个字', ok: (v) => v.length <= 60 },
  { field: 'bankAccount', missing: '开具专票需要填写银行账号', wrongForm: '银行账号应为 8–32 位数字', ok: (v) => /^\d{8,32}$/.test(v) },
  {
    field: 'address',
    missing: '开具专票需要填写单位注册地址',
    wrongForm: '单位注册地址为 4–120 个字',
    ok: (v) => v.length >= 4 && v.length <= 120,
  },
  { field: 'phone', missing: '开具专票需要填写单位注册电话', wrongForm: '单位注册电话应为手机或固话号码', ok: (v) => PHONE.test(v) },
];

/**
 * The most characters a field may arrive with, before trimming: every rule above allows far fewer, so this only refuses
 * padding, and it bounds each field for the input-length posture (every String input field has a limit).
 */
export const INVOICE_FIELD_RAW_MAX = 200;

/** Every wrong field of the request at once, in the form's order (empty when it can be stored). */
export function invoiceProblems(input: InvoiceRequestFields): InputProblem[] {
  const s = normalised(input);
  if (!INVOICE_KINDS.includes(s.kind)) return [{ field: 'kind', message: '发票类型应为普票或专票' }];
  const problems: InputProblem[] = [];
  for (const rule of RULES) {
    const value = s[rule.field];
    const raw = input[rule.field];
    if (typeof raw === 'string' && raw.length > INVOICE_FIELD_RAW_MAX) problems.push({ field: rule.field, message: rule.wrongForm });
    else if (!value) {
      if (rule.always || s.kind === 'special') problems.push({ field: rule.field, message: rule.missing });
    } else if (!rule.ok(value)) problems.push({ field: rule.field, message: rule.wrongForm });
  }
  return problems;
}

/**
 * The snapshot to store, or a refusal naming every wrong field (`fields`; the first one's message and `field`), so a
 * 专票 missing four details is told of all four at once, not of the tax number alone.
 */
export function invoiceSnapshot(input: InvoiceRequestFields): InvoiceRequestSnapshot {
  const problems = invoiceProblems(input);
  if (problems.length) throw problemsRefusal(problems);
  return normalised(input);
}

/** Per validated input object: its problems by field, so the seven fields' checks read the request once. */
const checked = new WeakMap<object, ReadonlyMap<string, string>>();
const problemOf = (input: object, field: string): string | undefined => {
  let byField = checked.get(input);
  if (!byField) {
    byField = new Map(invoiceProblems(input as InvoiceRequestFields).map((p) => [p.field, p.message]));
    checked.set(input, byField);
  }
  return byField.get(field);
};

/**
 * invoiceSnapshot's rules as a class-validator check of one field of an invoice input (put on each, without
 * `@IsOptional()`: a 专票's missing detail is a problem), so the validation pipe names a wrong 抬头 and a 专票's missing
 * bank details in one refusal with the input's other wrong fields.
 */
export function InvoiceFieldRule(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'invoiceFieldRule',
      target: target.constructor,
      propertyName: propertyName as string,
      validator: {
        validate: (_value: unknown, args?: ValidationArguments) => !args || !problemOf(args.object, args.property),
        defaultMessage: (args?: ValidationArguments) => (args && problemOf(args.object, args.property)) ?? '发票信息不正确',
      },
    });
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
