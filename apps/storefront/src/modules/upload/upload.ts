import { tokenStore } from '../auth/utils/token-store';

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
 * with the signed-in user's token; answers the JSON body or throws a RestError with the server's message.
 */
export async function postForm<T>(path: string, form: FormData): Promise<T> {
  const token = tokenStore.get()?.accessToken;
  const res = await fetch(path, { method: 'POST', body: form, headers: token ? { authorization: `Bearer ${token}` } : {} });
  const body = (await res.json().catch(() => ({}))) as T & { code?: string; message?: string };
  if (!res.ok) throw new RestError(typeof body.message === 'string' ? body.message : '上传失败，请稍后再试', body.code ?? 'UNKNOWN');
  return body;
}

/** POST /media/images: a validated image stored with its thumbnail (product images, live covers). */
export function uploadImage(file: File): Promise<{ url: string; thumbUrl: string }> {
  const form = new FormData();
  form.append('file', file);
  return postForm('/media/images', form);
}

/** Uploads one spreadsheet as the `file` field, with any other fields, to one of the API's import routes. */
export function uploadSheet<T>(path: string, file: File, fields: Record<string, string> = {}): Promise<T> {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  form.append('file', file);
  return postForm<T>(path, form);
}
