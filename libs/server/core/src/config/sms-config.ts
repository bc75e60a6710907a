import { ConfigError } from './app-config';

/**
 * Which SMS service sends verification codes (SMS_PROVIDER):
 * - `aliyun`: Aliyun SMS (dysmsapi 2017-05-25, SendSms). Needs SMS_ACCESS_KEY_ID, SMS_ACCESS_KEY_SECRET, SMS_SIGN_NAME, SMS_TEMPLATE_ID.
 * - `tencent`: Tencent Cloud SMS (2021-01-11, SendSms). Needs the same plus SMS_APP_ID (SmsSdkAppId); SMS_REGION (ap-guangzhou).
 * - `stand-in`: writes the code to the log and to a test inbox; development and tests only (refused in production).
 * - `off`: no SMS; code-based sign-in, registration and recovery show as unavailable.
 * Default: stand-in in development and tests, off in production. SMS_ENDPOINT points a real SDK at another host (tests).
 */
export type SmsConfig = { provider: 'off' } | { provider: 'stand-in' } | ({ provider: 'aliyun' | 'tencent' } & SmsProviderSettings);

/** What a real SMS sender (Aliyun or Tencent) is built with. */
export interface SmsProviderSettings {
  accessKeyId: string;
  accessKeySecret: string;
  signName: string;
  templateId: string;
  appId: string | null;
  region: string;
  /** host[:port] or http(s)://host:port; null = the provider's public endpoint */
  endpoint: string | null;
}

type Env = Record<string, string | undefined>;

export function smsConfig(env: Env, nodeEnv: 'development' | 'production' | 'test'): SmsConfig {
  const raw = env.SMS_PROVIDER?.trim() || (nodeEnv === 'production' ? 'off' : 'stand-in');
  if (raw === 'off') return { provider: 'off' };
  if (raw === 'stand-in') {
    if (nodeEnv === 'production')
      throw new ConfigError('SMS_PROVIDER', 'stand-in only writes codes to the log; in production use aliyun, tencent or off');
    return { provider: 'stand-in' };
  }
  if (raw !== 'aliyun' && raw !== 'tencent')
    throw new ConfigError('SMS_PROVIDER', `must be aliyun, tencent, stand-in or off, got "${raw}"`);
  const need = (name: string): string => {
    const v = env[name]?.trim();
    if (!v) throw new ConfigError(name, `is required when SMS_PROVIDER=${raw}`);
    return v;
  };
  const accessKeyId = need('SMS_ACCESS_KEY_ID');
  const accessKeySecret = need('SMS_ACCESS_KEY_SECRET');
  const signName = need('SMS_SIGN_NAME');
  const templateId = need('SMS_TEMPLATE_ID');
  const appId = raw === 'tencent' ? need('SMS_APP_ID') : null;
  const region = env.SMS_REGION?.trim() || (raw === 'tencent' ? 'ap-guangzhou' : 'cn-hangzhou');
  if (!/^[a-z0-9-]+$/.test(region)) throw new ConfigError('SMS_REGION', `must look like ap-guangzhou or cn-hangzhou, got "${region}"`);
  const endpoint = env.SMS_ENDPOINT?.trim() || null;
  if (endpoint && !/^(https?:\/\/)?[A-Za-z0-9.-]+(:\d{1,5})?$/.test(endpoint)) {
    throw new ConfigError('SMS_ENDPOINT', `must be a host, host:port or http(s)://host:port, got "${endpoint}"`);
  }
  return { provider: raw, accessKeyId, accessKeySecret, signName, templateId, appId, region, endpoint };
}
