import { createDecipheriv, createSign, createVerify, KeyObject, randomBytes } from 'node:crypto';

/**
 * WeChat Pay API v3's documented signing, with node:crypto only (pure functions, no I/O):
 * - requests: SHA256-RSA2048 over "METHOD\nPATH?QUERY\nTIMESTAMP\nNONCE\nBODY\n" in the Authorization header
 *   `WECHATPAY2-SHA256-RSA2048 mchid="…",nonce_str="…",signature="…",timestamp="…",serial_no="…"`;
 * - responses and notifications: SHA256-RSA2048 over "TIMESTAMP\nNONCE\nBODY\n" in Wechatpay-Signature, by the key
 *   Wechatpay-Serial names (platform certificate or WeChat Pay public key);
 * - notification resources: AEAD_AES_256_GCM with the APIv3 key, the 16-byte tag after the ciphertext.
 */
export const AUTH_SCHEMA = 'WECHATPAY2-SHA256-RSA2048';

export function requestMessage(method: string, pathAndQuery: string, timestamp: string, nonce: string, body: string): string {
  return `${method.toUpperCase()}\n${pathAndQuery}\n${timestamp}\n${nonce}\n${body}\n`;
}

export function authorization(p: {
  mchid: string;
  serialNo: string;
  privateKey: KeyObject;
  method: string;
  pathAndQuery: string;
  body: string;
  timestamp?: string;
  nonce?: string;
}): string {
  const timestamp = p.timestamp ?? String(Math.floor(Date.now() / 1000));
  const nonce = p.nonce ?? randomBytes(16).toString('hex').toUpperCase();
  const signature = createSign('RSA-SHA256')
    .update(requestMessage(p.method, p.pathAndQuery, timestamp, nonce, p.body))
    .sign(p.privateKey, 'base64');
  return `${AUTH_SCHEMA} mchid="${p.mchid}",nonce_str="${nonce}",signature="${signature}",timestamp="${timestamp}",serial_no="${p.serialNo}"`;
}

export interface SignedHeaders {
  timestamp: string | undefined;
  nonce: string | undefined;
  signature: string | undefined;
  serial: string | undefined;
}

export type SignatureProblem = 'missing' | 'unknown_serial' | 'bad_signature' | 'stale' | null;

/** null when WeChat Pay signed this body; otherwise what is wrong. The timestamp must be within `toleranceSeconds` of now, either way. */
export function checkSignature(
  h: SignedHeaders,
  body: string,
  key: { publicKey: KeyObject; serial: string },
  now: Date,
  toleranceSeconds = 300,
): SignatureProblem {
  if (!h.timestamp || !h.nonce || !h.signature || !h.serial) return 'missing';
  if (h.serial !== key.serial) return 'unknown_serial';
  let ok = false;
  try {
    ok = createVerify('RSA-SHA256').update(`${h.timestamp}\n${h.nonce}\n${body}\n`).verify(key.publicKey, h.signature, 'base64');
  } catch {
    ok = false;
  }
  if (!ok) return 'bad_signature';
  const t = Number(h.timestamp);
  if (!Number.isInteger(t) || Math.abs(t - now.getTime() / 1000) > toleranceSeconds) return 'stale';
  return null;
}

export interface EncryptedResource {
  algorithm: string;
  ciphertext: string;
  associated_data?: string;
  nonce: string;
  original_type?: string;
}

/** Decrypts a notification's resource; throws when the key, nonce, associated data or tag do not fit. */
export function decryptResource(r: EncryptedResource, apiV3Key: string): string {
  if (r.algorithm !== 'AEAD_AES_256_GCM') throw new Error(`unsupported algorithm ${r.algorithm}`);
  const data = Buffer.from(r.ciphertext, 'base64');
  if (data.length < 17) throw new Error('ciphertext too short');
  const decipher = createDecipheriv('aes-256-gcm', Buffer.from(apiV3Key, 'utf8'), Buffer.from(r.nonce, 'utf8'));
  decipher.setAuthTag(data.subarray(data.length - 16));
  decipher.setAAD(Buffer.from(r.associated_data ?? '', 'utf8'));
  return Buffer.concat([decipher.update(data.subarray(0, data.length - 16)), decipher.final()]).toString('utf8');
}

/** out_trade_no is 6-32 characters of [0-9A-Za-z_-|*]: our attempt's UUID without its hyphens (32 hex). */
export const outTradeNo = (attemptId: string): string => attemptId.replace(/-/g, '');
export const attemptIdOf = (tradeNo: string): string | null =>
  /^[0-9a-f]{32}$/i.test(tradeNo)
    ? `${tradeNo.slice(0, 8)}-${tradeNo.slice(8, 12)}-${tradeNo.slice(12, 16)}-${tradeNo.slice(16, 20)}-${tradeNo.slice(20)}`.toLowerCase()
    : null;
/** out_refund_no: 1-64 characters; our refund's UUID without hyphens. */
export const outRefundNo = (refundId: string): string => refundId.replace(/-/g, '');
