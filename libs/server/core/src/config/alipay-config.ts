import { createPrivateKey, createPublicKey, KeyObject } from 'node:crypto';

/**
 * Alipay (支付宝) direct, as a mainland merchant: 电脑网站支付 and 手机网站支付 through the official alipay-sdk,
 * RSA2 keys in 普通公钥 mode. Switched on by ALIPAY_APP_ID; then every other key is required, checked here so a
 * wrong key stops the API at start with one line instead of failing the first buyer.
 */
export interface AlipayConfig {
  appId: string;
  /** The application's private key (RSA, ≥ 2048 bits), as base64 DER (PKCS#8) — what the SDK takes with keyType PKCS8. */
  privateKey: string;
  /** 支付宝公钥 (not the application's public key): checks response and notification signatures; base64 DER (SPKI). */
  alipayPublicKey: string;
  /** OpenAPI gateway; tests point it at a local stand-in. */
  gateway: string;
  /** Where Alipay posts the asynchronous notification: the API's /webhooks/alipay, reachable from the internet. */
  notifyUrl: string;
  /** The storefront's origin; the buyer comes back to <returnUrl>/orders/<id> after paying. */
  returnUrl: string;
  /** How long one request to Alipay may take before its answer counts as unknown. */
  timeoutMs: number;
}

type Env = Record<string, string | undefined>;

export class AlipayConfigError extends Error {
  constructor(
    readonly setting: string,
    message: string,
  ) {
    super(message);
  }
}

const ALIPAY_VARS = [
  'ALIPAY_APP_ID',
  'ALIPAY_PRIVATE_KEY',
  'ALIPAY_PUBLIC_KEY',
  'ALIPAY_GATEWAY',
  'ALIPAY_NOTIFY_URL',
  'ALIPAY_RETURN_URL',
];
export const ALIPAY_DEFAULT_GATEWAY = 'https://openapi.alipay.com/gateway.do';

/** PEM (any header) or bare base64 → the key's base64 body. */
const body = (raw: string): string => raw.replace(/-----(BEGIN|END)[^-]+-----/g, '').replace(/\s+/g, '');

function rsaKey(name: string, raw: string, kind: 'private' | 'public'): KeyObject {
  const b64 = body(raw);
  if (!/^[A-Za-z0-9+/]+=*$/.test(b64)) throw new AlipayConfigError(name, 'must be a PEM or base64 RSA key');
  const der = Buffer.from(b64, 'base64');
  const tries: (() => KeyObject)[] =
    kind === 'private'
      ? [
          () => createPrivateKey({ key: der, format: 'der', type: 'pkcs8' }),
          () => createPrivateKey({ key: der, format: 'der', type: 'pkcs1' }),
        ]
      : [
          () => createPublicKey({ key: der, format: 'der', type: 'spki' }),
          () => createPublicKey({ key: der, format: 'der', type: 'pkcs1' }),
        ];
  for (const read of tries) {
    try {
      const key = read();
      if (key.asymmetricKeyType !== 'rsa') throw new AlipayConfigError(name, 'must be an RSA key (RSA2)');
      if ((key.asymmetricKeyDetails?.modulusLength ?? 0) < 2048)
        throw new AlipayConfigError(name, 'must be an RSA key of at least 2048 bits (RSA2)');
      return key;
    } catch (e) {
      if (e instanceof AlipayConfigError) throw e;
    }
  }
  throw new AlipayConfigError(
    name,
    kind === 'private' ? 'is not a readable RSA private key (PKCS#8 or PKCS#1)' : 'is not a readable RSA public key (支付宝公钥)',
  );
}

function httpUrl(env: Env, name: string, fallback?: string): string {
  const raw = env[name]?.trim() || fallback;
  if (!raw) throw new AlipayConfigError(name, 'is required when ALIPAY_APP_ID is set');
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw new AlipayConfigError(name, 'is not a valid URL');
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new AlipayConfigError(name, 'must start with https:// or http://');
  return raw.replace(/\/+$/, '');
}

/** null when Alipay is not configured (no ALIPAY_* setting at all); throws AlipayConfigError naming the setting otherwise. */
export function loadAlipayConfig(env: Env, production: boolean): AlipayConfig | null {
  if (!ALIPAY_VARS.some((n) => env[n]?.trim())) return null;
  const appId = env.ALIPAY_APP_ID?.trim() ?? '';
  if (!appId) throw new AlipayConfigError('ALIPAY_APP_ID', 'is required when any ALIPAY_ setting is given');
  if (!/^\d{16}$/.test(appId))
    throw new AlipayConfigError('ALIPAY_APP_ID', `must be the 16-digit APPID from the Alipay open platform, got "${appId}"`);
  const rawPrivate = env.ALIPAY_PRIVATE_KEY?.trim();
  if (!rawPrivate) throw new AlipayConfigError('ALIPAY_PRIVATE_KEY', 'is required when ALIPAY_APP_ID is set (应用私钥, RSA2)');
  const rawPublic = env.ALIPAY_PUBLIC_KEY?.trim();
  if (!rawPublic)
    throw new AlipayConfigError('ALIPAY_PUBLIC_KEY', 'is required when ALIPAY_APP_ID is set (支付宝公钥, not the application public key)');
  const privateKey = rsaKey('ALIPAY_PRIVATE_KEY', rawPrivate, 'private');
  const publicKey = rsaKey('ALIPAY_PUBLIC_KEY', rawPublic, 'public');
  const ownPublic = createPublicKey(privateKey).export({ format: 'der', type: 'spki' }).toString('base64');
  const alipayPublicKey = publicKey.export({ format: 'der', type: 'spki' }).toString('base64');
  if (ownPublic === alipayPublicKey)
    throw new AlipayConfigError('ALIPAY_PUBLIC_KEY', "is the application's own public key; give 支付宝公钥 from the open platform");
  const gateway = httpUrl(env, 'ALIPAY_GATEWAY', ALIPAY_DEFAULT_GATEWAY);
  const notifyUrl = httpUrl(env, 'ALIPAY_NOTIFY_URL');
  if (new URL(notifyUrl).search) throw new AlipayConfigError('ALIPAY_NOTIFY_URL', 'must not carry a query string (Alipay drops it)');
  const returnUrl = httpUrl(env, 'ALIPAY_RETURN_URL');
  if (production && !notifyUrl.startsWith('https://')) throw new AlipayConfigError('ALIPAY_NOTIFY_URL', 'must be https:// in production');
  const rawTimeout = env.ALIPAY_TIMEOUT_MS?.trim();
  const timeoutMs = rawTimeout ? Number(rawTimeout) : 10_000;
  if (!Number.isInteger(timeoutMs) || timeoutMs < 100 || timeoutMs > 120_000)
    throw new AlipayConfigError('ALIPAY_TIMEOUT_MS', `must be a whole number between 100 and 120000, got "${rawTimeout}"`);
  return {
    appId,
    privateKey: privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
    alipayPublicKey,
    gateway,
    notifyUrl,
    returnUrl,
    timeoutMs,
  };
}
