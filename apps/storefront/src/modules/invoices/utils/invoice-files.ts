import { withAccessToken } from '../../auth/utils/token-store';
import type { OnProgress } from '@yigou/web/ui';
import { uploadFile } from '../../upload/upload';
import { shanghaiMonth } from '@yigou/shared/time';

export interface InvoiceDraft {
  kind: 'normal' | 'special';
  title: string;
  taxNo: string;
  bankName: string;
  bankAccount: string;
  address: string;
  phone: string;
}

export const emptyDraft = (): InvoiceDraft => ({
  kind: 'normal',
  title: '',
  taxNo: '',
  bankName: '',
  bankAccount: '',
  address: '',
  phone: '',
});

/** The InvoiceInput for the API: empty fields as null (the server says in Chinese what a 专票 still needs). */
export function invoiceInputOf(d: InvoiceDraft) {
  const v = (s: string) => (s.trim() ? s.trim() : null);
  return d.kind === 'special'
    ? {
        kind: d.kind,
        title: d.title,
        taxNo: v(d.taxNo),
        bankName: v(d.bankName),
        bankAccount: v(d.bankAccount),
        address: v(d.address),
        phone: v(d.phone),
      }
    : { kind: d.kind, title: d.title, taxNo: v(d.taxNo) };
}

/** A field of the invoice form that a refusal can name. */
export type InvoiceField = Exclude<keyof InvoiceDraft, 'kind'>;
const INVOICE_FIELDS: readonly string[] = ['title', 'taxNo', 'bankName', 'bankAccount', 'address', 'phone'] satisfies InvoiceField[];

/**
 * The invoice form's field a server refusal names, if any: placeOrder names it under `invoice.` (invoice.title) or,
 * for a 专票's bank details, bare (bankName), requestInvoice always bare (taxNo). Other fields (lines, addressId) are null.
 */
export function invoiceFieldOf(field: string | null | undefined): InvoiceField | null {
  const name = field?.replace(/^invoice\./, '') ?? '';
  return INVOICE_FIELDS.includes(name) ? (name as InvoiceField) : null;
}

/** POST /uploads/invoices/:orderId: the issued PDF/OFD and its number. */
export function uploadInvoice(orderId: string, invoiceNo: string, file: File, onProgress?: OnProgress): Promise<{ invoiceNo: string }> {
  return uploadFile(`/uploads/invoices/${orderId}`, file, { invoiceNo }, onProgress);
}

/** GET /uploads/invoices/:orderId with the signed-in user's token (refreshed once if it expired), saved under the server's file name. */
export async function downloadInvoice(orderId: string): Promise<void> {
  const res = await withAccessToken((headers) => fetch(`/uploads/invoices/${orderId}`, { headers }));
  if (!res.ok) {
    const body = (await res.json().catch(() => ({}))) as { message?: string };
    // The server's message (Chinese, written for people); with none, the caller shows invoice.downloadFailed.
    throw new Error(body.message ?? '');
  }
  const disposition = res.headers.get('content-disposition') ?? '';
  const name = /filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1];
  const blob = await res.blob();
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name ? decodeURIComponent(name) : 'invoice.pdf';
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** This month in Shanghai, YYYY-MM. */
export const thisShanghaiMonth = (now = new Date()): string => shanghaiMonth(now);
