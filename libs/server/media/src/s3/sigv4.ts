import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/**
 * AWS Signature Version 4 (header form), enough for S3 PutObject/GetObject/HeadObject/DeleteObject
 * against AWS or any S3-compatible store. Tested against AWS's published test vectors (sigv4.spec.ts).
 */
export interface SigV4Credentials {
  accessKeyId: string;
  secretAccessKey: string;
  region: string;
  service: string;
}

export interface SigV4Request {
  method: string;
  url: URL;
  /** Headers to sign besides host and x-amz-date (names in any case). */
  headers?: Record<string, string>;
  /** Hex SHA-256 of the body, or 'UNSIGNED-PAYLOAD'. */
  payloadHash: string;
}

export const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

export const sha256Hex = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex');
const hmac = (key: string | Buffer, data: string): Buffer => createHmac('sha256', key).update(data, 'utf8').digest();

/** RFC 3986 encoding as SigV4 wants it (unreserved characters A-Z a-z 0-9 - _ . ~ stay). */
export function awsEncode(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}

/** 20150830T123600Z */
export function amzDate(at: Date): string {
  return at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

function canonicalQuery(url: URL): string {
  const pairs: [string, string][] = [];
  url.searchParams.forEach((v, k) => pairs.push([awsEncode(k), awsEncode(v)]));
  pairs.sort(([ak, av], [bk, bv]) => (ak < bk ? -1 : ak > bk ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  return pairs.map(([k, v]) => `${k}=${v}`).join('&');
}

/** S3 encodes each path segment once (no double encoding as other services do). */
function canonicalPath(url: URL): string {
  return (
    url.pathname
      .split('/')
      .map((seg) => awsEncode(decodeURIComponent(seg)))
      .join('/') || '/'
  );
}

export interface SigV4Parts {
  canonicalRequest: string;
  stringToSign: string;
  signedHeaders: string;
  signature: string;
  authorization: string;
  /** All headers to send (x-amz-date and authorization added; host is sent by the HTTP client). */
  headers: Record<string, string>;
}

export function signV4(req: SigV4Request, creds: SigV4Credentials, at: Date): SigV4Parts {
  const date = amzDate(at);
  const day = date.slice(0, 8);
  const all: Record<string, string> = { host: req.url.host };
  for (const [k, v] of Object.entries(req.headers ?? {})) all[k.toLowerCase()] = v;
  all['x-amz-date'] = date;
  const names = Object.keys(all).sort();
  const canonicalHeaders = names.map((n) => `${n}:${all[n].trim().replace(/\s+/g, ' ')}\n`).join('');
  const signedHeaders = names.join(';');
  const canonicalRequest = [
    req.method.toUpperCase(),
    canonicalPath(req.url),
    canonicalQuery(req.url),
    canonicalHeaders,
    signedHeaders,
    req.payloadHash,
  ].join('\n');
  const scope = `${day}/${creds.region}/${creds.service}/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', date, scope, sha256Hex(canonicalRequest)].join('\n');
  const key = hmac(hmac(hmac(hmac(`AWS4${creds.secretAccessKey}`, day), creds.region), creds.service), 'aws4_request');
  const signature = createHmac('sha256', key).update(stringToSign, 'utf8').digest('hex');
  const authorization = `AWS4-HMAC-SHA256 Credential=${creds.accessKeyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
  const headers: Record<string, string> = {};
  for (const n of names) if (n !== 'host') headers[n] = all[n];
  headers.authorization = authorization;
  return { canonicalRequest, stringToSign, signedHeaders, signature, authorization, headers };
}

export interface ParsedAuthorization {
  accessKeyId: string;
  day: string;
  region: string;
  service: string;
  signedHeaders: string[];
  signature: string;
}

export function parseAuthorization(header: string | undefined): ParsedAuthorization | null {
  const m =
    /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, ?SignedHeaders=([a-z0-9;-]+), ?Signature=([0-9a-f]{64})$/.exec(
      header ?? '',
    );
  if (!m) return null;
  return { accessKeyId: m[1], day: m[2], region: m[3], service: m[4], signedHeaders: m[5].split(';'), signature: m[6] };
}

/**
 * Checks a received request's signature (what an S3 server does): recomputes it from the
 * method, path, query and the headers it claims to have signed. Used by the test stand-in.
 */
export function verifyV4(
  req: { method: string; url: URL; headers: Record<string, string | string[] | undefined> },
  secretAccessKey: string,
  expectedAccessKeyId: string,
): { ok: true } | { ok: false; reason: string } {
  const auth = parseAuthorization(req.headers.authorization as string | undefined);
  if (!auth) return { ok: false, reason: 'missing or malformed Authorization' };
  if (auth.accessKeyId !== expectedAccessKeyId) return { ok: false, reason: 'unknown access key' };
  const date = String(req.headers['x-amz-date'] ?? '');
  const at = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(date);
  if (!at || date.slice(0, 8) !== auth.day) return { ok: false, reason: 'bad x-amz-date' };
  if (!auth.signedHeaders.includes('host') || !auth.signedHeaders.includes('x-amz-date'))
    return { ok: false, reason: 'host and x-amz-date must be signed' };
  const headers: Record<string, string> = {};
  for (const n of auth.signedHeaders) {
    if (n === 'host' || n === 'x-amz-date') continue;
    const v = req.headers[n];
    if (v === undefined) return { ok: false, reason: `signed header ${n} missing` };
    headers[n] = Array.isArray(v) ? v.join(',') : v;
  }
  const url = new URL(req.url.toString());
  url.host = String(req.headers.host ?? '');
  const when = new Date(Date.UTC(+at[1], +at[2] - 1, +at[3], +at[4], +at[5], +at[6]));
  const payloadHash = String(req.headers['x-amz-content-sha256'] ?? EMPTY_SHA256);
  const expected = signV4(
    { method: req.method, url, headers, payloadHash },
    { accessKeyId: auth.accessKeyId, secretAccessKey, region: auth.region, service: auth.service },
    when,
  );
  if (expected.signedHeaders !== auth.signedHeaders.join(';')) return { ok: false, reason: 'signed header list differs' };
  const same = timingSafeEqual(Buffer.from(expected.signature), Buffer.from(auth.signature));
  return same ? { ok: true } : { ok: false, reason: 'signature does not match' };
}
