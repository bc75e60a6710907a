import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadBase64, XLSX_MIME } from './download';

describe('downloadBase64', () => {
  afterEach(() => vi.useRealTimers());

  it('saves the decoded bytes under the file name through a link, and releases the URL a second later', async () => {
    vi.useFakeTimers();
    const blobs: Blob[] = [];
    const create = vi.fn((b: Blob) => {
      blobs.push(b);
      return 'blob:x';
    });
    const revoke = vi.fn();
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: revoke });
    const clicked: { href: string; download: string; inDocument: boolean }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.getAttribute('href') ?? '', download: this.download, inDocument: document.body.contains(this) });
    });

    downloadBase64('报表.xlsx', btoa('PK\u0003\u0004'));

    expect(clicked).toEqual([{ href: 'blob:x', download: '报表.xlsx', inDocument: true }]);
    expect(blobs[0].type).toBe(XLSX_MIME);
    expect(new Uint8Array(await blobs[0].arrayBuffer())).toEqual(new Uint8Array([0x50, 0x4b, 3, 4]));
    expect(document.querySelectorAll('a').length).toBe(0);
    expect(revoke).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1000);
    expect(revoke).toHaveBeenCalledWith('blob:x');
  });

  it('takes another MIME type (the bulletin as PDF or CSV)', () => {
    const blobs: Blob[] = [];
    Object.assign(URL, { createObjectURL: (b: Blob) => (blobs.push(b), 'blob:y'), revokeObjectURL: () => undefined });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    downloadBase64('通报.pdf', btoa('%PDF'), 'application/pdf');
    expect(blobs[0].type).toBe('application/pdf');
  });
});
