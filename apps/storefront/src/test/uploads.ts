import { vi } from 'vitest';

export interface SentUpload {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: FormData;
}

/**
 * Stands in for the API's upload routes: uploads go through XMLHttpRequest (for their progress), so this replaces
 * it with one that reports half and all of the file sent, then answers `status` and `body` as JSON. Returns what was
 * sent. Undo with vi.unstubAllGlobals().
 */
export function mockUploads(status: number, body: unknown): SentUpload[] {
  const sent: SentUpload[] = [];
  class Xhr {
    upload: { onprogress: ((e: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = { onprogress: null };
    onload: (() => void) | null = null;
    onerror: (() => void) | null = null;
    onabort: (() => void) | null = null;
    status = 0;
    responseText = '';
    private request: SentUpload = { method: '', url: '', headers: {}, body: new FormData() };
    open(method: string, url: string) {
      Object.assign(this.request, { method, url });
    }
    setRequestHeader(k: string, v: string) {
      this.request.headers[k] = v;
    }
    send(form: FormData) {
      sent.push({ ...this.request, body: form });
      setTimeout(() => {
        this.upload.onprogress?.({ lengthComputable: true, loaded: 50, total: 100 });
        this.upload.onprogress?.({ lengthComputable: true, loaded: 100, total: 100 });
        this.status = status;
        this.responseText = JSON.stringify(body);
        this.onload?.();
      }, 0);
    }
  }
  vi.stubGlobal('XMLHttpRequest', Xhr);
  return sent;
}
