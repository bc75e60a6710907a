import type { OnProgress } from '@yigou/web/ui';
import { uploadFile } from '../../upload/upload';

export { RestError } from '../../upload/upload';

/** POST /catalog/imports: starts an import job; poll productImportJob(id). */
export function startImport(supplierId: string, file: File, importValidRows: boolean, onProgress?: OnProgress): Promise<{ id: string }> {
  return uploadFile('/catalog/imports', file, { supplierId, importValidRows: String(importValidRows) }, onProgress);
}

export const templateHref = (format: 'xlsx' | 'csv') => `/catalog/import-template?format=${format}`;

/** "68.5" yuan → "6850" fen string; null when it is not a price with at most two decimals. */
export function yuanToFenString(yuan: string): string | null {
  const m = /^(\d{1,9})(?:\.(\d{1,2}))?$/.exec(yuan.trim());
  if (!m) return null;
  return String(Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0')));
}

export function fenToYuanInput(fen: string): string {
  const n = Number(fen);
  return Number.isFinite(n) ? (n / 100).toFixed(2) : '';
}
