import { useCallback, useRef, useState } from 'react';
import { useT } from '@yigou/web/i18n';

/** Fraction sent, 0–1, or null while the browser cannot tell (no Content-Length). */
export type OnProgress = (fraction: number | null) => void;

export interface XhrAnswer {
  status: number;
  body: unknown;
}

/** Thrown when the request never got an answer (network down, connection cut); the UI offers 重试. */
export class UploadNetworkError extends Error {}

/**
 * POSTs a multipart form with XMLHttpRequest, because only XHR reports upload progress (fetch does not); answers
 * the status and the JSON body (or null), whatever the status.
 */
export function xhrPostForm(
  path: string,
  form: FormData,
  { headers = {}, onProgress }: { headers?: Record<string, string>; onProgress?: OnProgress } = {},
): Promise<XhrAnswer> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    for (const [k, v] of Object.entries(headers)) xhr.setRequestHeader(k, v);
    xhr.upload.onprogress = (e) => onProgress?.(e.lengthComputable && e.total > 0 ? e.loaded / e.total : null);
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : null;
      } catch {
        body = null;
      }
      resolve({ status: xhr.status, body });
    };
    xhr.onerror = () => reject(new UploadNetworkError('network'));
    xhr.onabort = () => reject(new UploadNetworkError('aborted'));
    xhr.send(form);
  });
}

export type UploadState<R> =
  | { phase: 'idle' }
  | { phase: 'uploading'; file: File; fraction: number | null }
  | { phase: 'done'; file: File; result: R }
  | { phase: 'failed'; file: File; message: string };

/**
 * One upload at a time with its progress, its error and a retry of the same file. `send` does the request and
 * reports progress (e.g. through xhrPostForm); its error's message is shown (the server's Chinese message).
 */
export function useUpload<R>(send: (file: File, onProgress: OnProgress) => Promise<R>, onDone?: (result: R, file: File) => void) {
  const t = useT();
  const [state, setState] = useState<UploadState<R>>({ phase: 'idle' });
  const busy = useRef(false);
  const start = useCallback(
    async (file: File): Promise<R | null> => {
      if (busy.current) return null;
      busy.current = true;
      setState({ phase: 'uploading', file, fraction: 0 });
      try {
        const result = await send(file, (fraction) => setState({ phase: 'uploading', file, fraction }));
        setState({ phase: 'done', file, result });
        onDone?.(result, file);
        return result;
      } catch (e) {
        const message =
          e instanceof UploadNetworkError ? t('upload.network') : e instanceof Error && e.message ? e.message : t('upload.failed');
        setState({ phase: 'failed', file, message });
        return null;
      } finally {
        busy.current = false;
      }
    },
    [send, onDone, t],
  );
  const retry = useCallback(() => (state.phase === 'failed' ? start(state.file) : Promise.resolve(null)), [state, start]);
  const clear = useCallback(() => setState({ phase: 'idle' }), []);
  return { state, start, retry, clear };
}

/** The progress bar and the error with 重试 of a useUpload; nothing while idle or done. */
export function UploadStatus<R>({ upload, testId = 'upload' }: { upload: ReturnType<typeof useUpload<R>>; testId?: string }) {
  const t = useT();
  const s = upload.state;
  if (s.phase === 'uploading') {
    const percent = s.fraction === null ? undefined : Math.round(s.fraction * 100);
    return (
      <div className="yg-upload__status" data-testid={`${testId}-progress`}>
        <span className="yg-upload__name">{t('upload.uploading', { name: s.file.name })}</span>
        <span
          className="yg-progress"
          role="progressbar"
          aria-label={t('upload.progress')}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
        >
          <span
            className="yg-progress__bar"
            style={{ width: `${percent ?? 100}%` }}
            data-indeterminate={percent === undefined || undefined}
          />
        </span>
        {percent !== undefined && <span className="yg-upload__percent">{percent}%</span>}
      </div>
    );
  }
  if (s.phase === 'failed') {
    return (
      <div className="yg-upload__status">
        <p className="yg-field__error" role="alert" data-testid={`${testId}-error`}>
          {s.message}
        </p>
        <button
          type="button"
          className="yg-button yg-button--secondary"
          onClick={() => void upload.retry()}
          data-testid={`${testId}-retry`}
        >
          {t('upload.retry')}
        </button>
      </div>
    );
  }
  return null;
}

export interface UploadProps<R> {
  /** The button's words, e.g. 导入银行流水 (CSV). */
  label: string;
  accept?: string;
  send: (file: File, onProgress: OnProgress) => Promise<R>;
  onDone?: (result: R, file: File) => void;
  testId?: string;
  className?: string;
  disabled?: boolean;
}

/** A file button that uploads the moment a file is picked, with a progress bar, the server's message and 重试. */
export function Upload<R>({
  label,
  accept,
  send,
  onDone,
  testId = 'upload',
  className = 'yg-button yg-button--secondary',
  disabled,
}: UploadProps<R>) {
  const upload = useUpload(send, onDone);
  const uploading = upload.state.phase === 'uploading';
  return (
    <div className="yg-upload">
      <label className={className} aria-disabled={uploading || disabled || undefined}>
        {label}
        <input
          type="file"
          accept={accept}
          hidden
          disabled={uploading || disabled}
          data-testid={testId}
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void upload.start(file);
          }}
        />
      </label>
      <UploadStatus upload={upload} testId={testId} />
    </div>
  );
}
