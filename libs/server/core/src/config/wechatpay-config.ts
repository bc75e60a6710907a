import { createPrivateKey, createPublicKey, KeyObject, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ConfigError } from './app-config';

/** WeChat Pay API v3 (direct merchant, 直连商户): switched on when WECHATPAY_MCHID is set; every other setting is then required. */
export interface WechatPayConfig {
  /** 商户号 */
  mchid: string;
  /** The AppID bound to the merchant (公众号 / 移动应用 / 网站应用). */
  appid: string;
  /** Serial number of the merchant's API certificate (signs our requests). */
  serialNo: string;
  /** The merchant API private key (apiclient_key.pem). */
  privateKey: KeyObject;
  /** APIv3 key, 32 characters: decrypts notifications (AEAD_AES_256_GCM). */
  apiV3Key: string;
  /** WeChat Pay's key that signs responses and notifications: a platform certificate's, or a WeChat Pay public key. */
  platformPublicKey: KeyObject;
  /** What WeChat Pay sends in Wechatpay-Serial with it: the platform certificate's serial, or the public key id (PUB_KEY_ID_…). */
  platformSerial: string;
  /** Where WeChat Pay posts payment and refund notifications (https, our /webhooks/wechatpay). */
  notifyUrl: string;
  /** https://api.mch.weixin.qq.com unless pointed at a stand-in. */
  baseUrl: string;
  /** How long one request may take before its answer counts as unknown. */
  timeoutMs: number;
}

type Env = Record<string, string | undefined>;

/** A PEM given inline (newlines may be written as \n) or as a path to a file. */
function pem(env: Env, name: string): string {
  const raw = env[name]?.trim();
  if (!raw) throw new ConfigError(name, 'is required when WECHATPAY_MCHID is set');
  if (raw.startsWith('-----BEGIN')) return raw.replace(/\\n/g, '\n');
  try {
    return readFileSync(raw, 'utf8');
  } catch {
    throw new ConfigError(name, `is neither a PEM nor a readable file ("${raw}")`);
  }
}

function required(env: Env, name: string, pattern: RegExp, what: string): string {
  const raw = env[name]?.trim();
  if (!raw) throw new ConfigError(name, 'is required when WECHATPAY_MCHID is set');
  if (!pattern.test(raw)) throw new ConfigError(name, `must be ${what}`);
  return raw;
}

/** null when WeChat Pay is not configured (then it shows as unavailable); a ConfigError naming the first bad setting otherwise. */
export function loadWechatPayConfig(env: Env): WechatPayConfig | null {
  const mchid = env.WECHATPAY_MCHID?.trim();
  if (!mchid) {
    const stray = Object.keys(env).find((k) => k.startsWith('WECHATPAY_') && env[k]?.trim());
    if (stray) throw new ConfigError('WECHATPAY_MCHID', `is required when ${stray} is set`);
    return null;
  }
  if (!/^\d{8,12}$/.test(mchid)) throw new ConfigError('WECHATPAY_MCHID', 'must be the 8-12 digit 商户号');
  const appid = required(env, 'WECHATPAY_APPID', /^wx[0-9a-zA-Z]{16}$/, 'an AppID like wx0123456789abcdef');
  const serialNo = required(env, 'WECHATPAY_SERIAL_NO', /^[0-9A-Fa-f]{8,64}$/, "the hex serial number of the merchant's API certificate");
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey(pem(env, 'WECHATPAY_PRIVATE_KEY'));
  } catch (e) {
    if (e instanceof ConfigError) throw e;
    throw new ConfigError('WECHATPAY_PRIVATE_KEY', 'is not a readable private key (apiclient_key.pem)');
  }
  if (privateKey.asymmetricKeyType !== 'rsa') throw new ConfigError('WECHATPAY_PRIVATE_KEY', 'must be an RSA key');
  const apiV3Key = env.WECHATPAY_APIV3_KEY ?? '';
  if (Buffer.byteLength(apiV3Key) !== 32) throw new ConfigError('WECHATPAY_APIV3_KEY', 'must be the 32-character APIv3 key');
  const platform = pem(env, 'WECHATPAY_PLATFORM_CERT');
  let platformPublicKey: KeyObject;
  let platformSerial = env.WECHATPAY_PLATFORM_SERIAL?.trim() || '';
  try {
    if (platform.includes('CERTIFICATE')) {
      const cert = new X509Certificate(platform);
      platformPublicKey = cert.publicKey;
      platformSerial ||= cert.serialNumber.toUpperCase();
    } else {
      platformPublicKey = createPublicKey(platform);
    }
  } catch {
    throw new ConfigError('WECHATPAY_PLATFORM_CERT', 'is neither a platform certificate nor a WeChat Pay public key (PEM)');
  }
  if (!platformSerial)
    throw new ConfigError('WECHATPAY_PLATFORM_SERIAL', 'is required with a WeChat Pay public key (its id, PUB_KEY_ID_…)');
  const notifyUrl = required(env, 'WECHATPAY_NOTIFY_URL', /^https?:\/\/\S+$/, 'the full URL of /webhooks/wechatpay');
  if (!notifyUrl.startsWith('https://') && env.NODE_ENV === 'production')
    throw new ConfigError('WECHATPAY_NOTIFY_URL', 'must be https (WeChat Pay only calls https)');
  const baseUrl = (env.WECHATPAY_BASE_URL?.trim() || 'https://api.mch.weixin.qq.com').replace(/\/+$/, '');
  if (!/^https?:\/\/[^/\s]+$/.test(baseUrl))
    throw new ConfigError('WECHATPAY_BASE_URL', 'must be an origin like https://api.mch.weixin.qq.com');
  const t = env.WECHATPAY_TIMEOUT_MS?.trim();
  const timeoutMs = t ? Number(t) : 10_000;
  if (!/^\d+$/.test(t ?? '0') || timeoutMs < 100 || timeoutMs > 120_000)
    throw new ConfigError('WECHATPAY_TIMEOUT_MS', 'must be a whole number of milliseconds between 100 and 120000');
  return {
    mchid,
    appid,
    serialNo: serialNo.toUpperCase(),
    privateKey,
    apiV3Key,
    platformPublicKey,
    platformSerial,
    notifyUrl,
    baseUrl,
    timeoutMs,
  };
}
