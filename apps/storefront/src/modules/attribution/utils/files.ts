import { shanghaiYear } from '@yigou/shared/time';
/** Saves a base64 XLSX the server sent. */
export function downloadBase64(filename: string, contentBase64: string): void {
  const bytes = Uint8Array.from(atob(contentBase64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export const CATEGORY_LABELS: Record<string, string> = {
  lifted: '脱贫户',
  not_lifted: '未脱贫户',
  unstable: '脱贫不稳定户',
  marginal: '边缘易致贫户',
  sudden_hardship: '突发严重困难户',
};

/** This year in China (quota and income years are Shanghai calendar years). */
export const thisYear = (): number => shanghaiYear();
