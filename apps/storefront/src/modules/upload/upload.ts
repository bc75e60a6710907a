import { type OnProgress, xhrPostForm } from '@yigou/web/ui';
import { withAccessToken } from '../auth/utils/token-store';

/** An error from one of the REST endpoints (uploads, imports), carrying the server's code and Chinese message. */
export class RestError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

/**
 * POSTs a multipart form (files go this way, never as base64 in GraphQL: the API's JSON body limit is small)
 * with the signed-in user's token (refreshed once if it expired), reporting upload progress (XMLHttpRequest: fetch
 * cannot); answers the JSON body or throws a RestError with the server's message (an UploadNetworkError when the connection drops).
 */
export async function postForm<T>(path: string, form: FormData, onProgress?: OnProgress): Promise<T> {
  const { status, body } = await withAccessToken((headers) => xhrPostForm(path, form, { headers, onProgress }));
  const answer = (body ?? {}) as T & { code?: string; message?: string };
  if (status < 200 || status >= 300)
    throw new RestError(typeof answer.message === 'string' ? answer.message : '上传失败，请稍后再试', answer.code ?? 'UNKNOWN');
  return answer;
}

/** POST /media/images: a validated image stored with its thumbnail (product images, live covers). */
export function uploadImage(file: File, onProgress?: OnProgress): Promise<{ url: string; thumbUrl: string }> {
  return uploadFile('/media/images', file, {}, onProgress);
}

/** Uploads one file as the `file` field, after any other fields, to one of the API's upload or import routes. */
export function uploadFile<T>(path: string, file: File, fields: Record<string, string> = {}, onProgress?: OnProgress): Promise<T> {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  form.append('file', file);
  return postForm<T>(path, form, onProgress);
}
