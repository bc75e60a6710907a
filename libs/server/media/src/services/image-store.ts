/** Where uploaded image bytes live. Keys look like "ab/<uuid>.png" and "ab/<uuid>.thumb.webp". */
export interface ImageStore {
  /** 'local' images are served by the API's static middleware; others through MediaServeController. */
  readonly kind: 'local' | 's3';
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  has(key: string): Promise<boolean>;
  /** The bytes for serving; null when there is no such object. `ifNoneMatch` lets the store answer 304. */
  get(key: string, ifNoneMatch?: string): Promise<StoredObject | null>;
  /** A URL the browser can fetch the object from directly (a public bucket or CDN), or null to proxy it. */
  publicUrl(key: string): string | null;
  remove(key: string): Promise<void>;
}

export interface StoredObject {
  /** null for 304 Not Modified */
  body: Buffer | null;
  contentType: string;
  etag: string | null;
}

export const IMAGE_STORE = Symbol('IMAGE_STORE');

/** The keys an upload creates; anything else is refused (clients cannot name arbitrary objects). */
export const IMAGE_KEY = /^[0-9a-f]{2}\/[0-9a-f-]{36}(?:\.thumb\.webp|\.(?:jpg|png|webp|gif))$/;

export const CONTENT_TYPES: Record<string, string> = { jpg: 'image/jpeg', png: 'image/png', webp: 'image/webp', gif: 'image/gif' };
