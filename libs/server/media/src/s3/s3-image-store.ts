import type { S3Config } from '@yigou/server/core';
import { ImageStore, StoredObject } from '../services/image-store';
import { EMPTY_SHA256, sha256Hex, signV4 } from './sigv4';

export class S3Error extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'S3Error';
  }
}

/**
 * An S3-compatible bucket (AWS S3, MinIO, Aliyun OSS / Tencent COS in S3 mode…) spoken to with
 * plain fetch and Signature V4: PutObject, GetObject, HeadObject, DeleteObject, nothing more.
 */
export class S3ImageStore implements ImageStore {
  readonly kind = 's3' as const;

  constructor(
    private readonly config: S3Config,
    private readonly timeoutMs = 15_000,
  ) {}

  /** The object's URL at the endpoint: path style <endpoint>/<bucket>/<key>, else <bucket>.<host>/<key>. */
  objectUrl(key: string): URL {
    const base = new URL(this.config.endpoint);
    const path = key.split('/').map(encodeURIComponent).join('/');
    const prefix = base.pathname.replace(/\/+$/, '');
    if (this.config.forcePathStyle) return new URL(`${base.protocol}//${base.host}${prefix}/${this.config.bucket}/${path}`);
    return new URL(`${base.protocol}//${this.config.bucket}.${base.host}${prefix}/${path}`);
  }

  private async send(
    method: string,
    key: string,
    body?: Buffer,
    headers: Record<string, string> = {},
    extra: Record<string, string> = {},
  ): Promise<Response> {
    const url = this.objectUrl(key);
    const payloadHash = body ? sha256Hex(body) : EMPTY_SHA256;
    const signed = signV4(
      { method, url, headers: { ...headers, 'x-amz-content-sha256': payloadHash }, payloadHash },
      { accessKeyId: this.config.accessKeyId, secretAccessKey: this.config.secretAccessKey, region: this.config.region, service: 's3' },
      new Date(),
    );
    return fetch(url, {
      method,
      headers: { ...signed.headers, ...extra },
      body: body ? new Uint8Array(body) : undefined,
      signal: AbortSignal.timeout(this.timeoutMs),
    });
  }

  private async fail(op: string, key: string, res: Response): Promise<never> {
    const text = await res.text().catch(() => '');
    const code = /<Code>([^<]+)<\/Code>/.exec(text)?.[1] ?? '';
    throw new S3Error(res.status, `S3 ${op} ${key} failed: ${res.status} ${code}`.trim());
  }

  async put(key: string, bytes: Buffer, contentType: string): Promise<void> {
    const res = await this.send('PUT', key, bytes, { 'content-type': contentType, 'cache-control': 'public, max-age=31536000, immutable' });
    if (!res.ok) await this.fail('PutObject', key, res);
    await res.arrayBuffer();
  }

  async has(key: string): Promise<boolean> {
    const res = await this.send('HEAD', key);
    if (res.status === 404) return false;
    if (!res.ok) await this.fail('HeadObject', key, res);
    return true;
  }

  async get(key: string, ifNoneMatch?: string): Promise<StoredObject | null> {
    // If-None-Match is not signed: a proxy or CDN in between may add or drop it
    const res = await this.send('GET', key, undefined, {}, ifNoneMatch ? { 'if-none-match': ifNoneMatch } : {});
    if (res.status === 404) {
      await res.arrayBuffer();
      return null;
    }
    const meta = { contentType: res.headers.get('content-type') ?? 'application/octet-stream', etag: res.headers.get('etag') };
    if (res.status === 304) return { body: null, ...meta };
    if (!res.ok) await this.fail('GetObject', key, res);
    return { body: Buffer.from(await res.arrayBuffer()), ...meta };
  }

  publicUrl(key: string): string | null {
    return this.config.publicUrl ? `${this.config.publicUrl}/${key}` : null;
  }

  async remove(key: string): Promise<void> {
    const res = await this.send('DELETE', key);
    if (!res.ok && res.status !== 404) await this.fail('DeleteObject', key, res);
    await res.arrayBuffer().catch(() => undefined);
  }
}
