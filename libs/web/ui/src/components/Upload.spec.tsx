import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { I18nProvider } from '@yigou/web/i18n';
import { type OnProgress, Upload, UploadNetworkError, xhrPostForm } from './Upload';

/** A stand-in XMLHttpRequest the test drives: progress events, then an answer or a network error. */
class FakeXhr {
  static last: FakeXhr;
  upload: { onprogress: ((e: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  status = 0;
  responseText = '';
  headers: Record<string, string> = {};
  sent: unknown;
  method = '';
  url = '';
  constructor() {
    FakeXhr.last = this;
  }
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(k: string, v: string) {
    this.headers[k] = v;
  }
  send(body: unknown) {
    this.sent = body;
  }
}

afterEach(() => vi.unstubAllGlobals());

describe('xhrPostForm', () => {
  it('posts the form with the headers, reports upload progress and answers status and JSON body', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const progress = vi.fn();
    const form = new FormData();
    const answer = xhrPostForm('/media/images', form, { headers: { authorization: 'Bearer x' }, onProgress: progress });
    const xhr = FakeXhr.last;
    expect([xhr.method, xhr.url, xhr.headers.authorization, xhr.sent]).toEqual(['POST', '/media/images', 'Bearer x', form]);
    xhr.upload.onprogress!({ lengthComputable: true, loaded: 25, total: 100 });
    xhr.upload.onprogress!({ lengthComputable: false, loaded: 0, total: 0 });
    expect(progress.mock.calls).toEqual([[0.25], [null]]);
    xhr.status = 400;
    xhr.responseText = '{"message":"图片不能超过 5 MB"}';
    xhr.onload!();
    await expect(answer).resolves.toEqual({ status: 400, body: { message: '图片不能超过 5 MB' } });
  });

  it('rejects with UploadNetworkError when the connection drops', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const answer = xhrPostForm('/x', new FormData());
    FakeXhr.last.onerror!();
    await expect(answer).rejects.toBeInstanceOf(UploadNetworkError);
  });
});

describe('Upload', () => {
  it('shows the progress while sending, the server message on failure, and 重试上传 sends the same file again', async () => {
    const calls: { file: File; progress: OnProgress; settle: (ok: boolean) => void }[] = [];
    const send = (file: File, progress: OnProgress) =>
      new Promise<{ url: string }>((resolve, reject) =>
        calls.push({ file, progress, settle: (ok) => (ok ? resolve({ url: '/a.jpg' }) : reject(new Error('文件类型不支持'))) }),
      );
    const onDone = vi.fn();
    render(
      <I18nProvider>
        <Upload label="上传图片" accept="image/*" send={send} onDone={onDone} testId="img" />
      </I18nProvider>,
    );
    const file = new File(['x'], '梨.jpg', { type: 'image/jpeg' });
    fireEvent.change(screen.getByTestId('img'), { target: { files: [file] } });
    act(() => calls[0].progress(0.42));
    const bar = screen.getByRole('progressbar');
    expect(bar.getAttribute('aria-valuenow')).toBe('42');
    expect(screen.getByTestId('img-progress').textContent).toContain('正在上传 梨.jpg');
    expect((screen.getByTestId('img') as HTMLInputElement).disabled).toBe(true);

    await act(async () => calls[0].settle(false));
    expect(screen.getByTestId('img-error').textContent).toBe('文件类型不支持');
    expect(onDone).not.toHaveBeenCalled();

    fireEvent.click(screen.getByTestId('img-retry'));
    expect(calls).toHaveLength(2);
    expect(calls[1].file).toBe(file);
    await act(async () => calls[1].settle(true));
    expect(onDone).toHaveBeenCalledWith({ url: '/a.jpg' }, file);
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says the connection dropped (in Chinese) on a network error', async () => {
    render(
      <I18nProvider>
        <Upload label="导入" send={() => Promise.reject(new UploadNetworkError('network'))} testId="csv" />
      </I18nProvider>,
    );
    fireEvent.change(screen.getByTestId('csv'), { target: { files: [new File(['a'], 'a.csv')] } });
    expect((await screen.findByTestId('csv-error')).textContent).toBe('网络中断，文件没有传完，请重试');
  });
});
