/** The MIME type of the XLSX workbooks the API sends as base64. */
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Saves a base64 file the API returned (reports, exports, the bulletin) through a temporary link: the one place
 * the storefront turns `contentBase64` into a download. The object URL is released a second later, after the
 * browser has started the download.
 */
export function downloadBase64(filename: string, contentBase64: string, mimeType: string = XLSX_MIME): void {
  const bytes = Uint8Array.from(atob(contentBase64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
