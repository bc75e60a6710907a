import { generateKeyPairSync } from 'node:crypto';
import { loadConfig } from './app-config';

const keys = () => generateKeyPairSync('rsa', { modulusLength: 2048 });
const app = keys();
const alipay = keys();
const base = {
  ALIPAY_APP_ID: '2021000199990001',
  ALIPAY_PRIVATE_KEY: app.privateKey.export({ format: 'pem', type: 'pkcs1' }).toString(),
  ALIPAY_PUBLIC_KEY: alipay.publicKey.export({ format: 'der', type: 'spki' }).toString('base64'),
  ALIPAY_NOTIFY_URL: 'https://api.yigou.example.cn/webhooks/alipay',
  ALIPAY_RETURN_URL: 'https://yigou.example.cn/',
};

describe('Alipay settings', () => {
  it('are off without any ALIPAY_ setting (Alipay shows as unavailable)', () => {
    expect(loadConfig({}).alipay).toBeNull();
  });

  it('take a PKCS#1 PEM or bare base64 key, and default to the production gateway', () => {
    const c = loadConfig(base).alipay!;
    expect(c).toMatchObject({
      appId: '2021000199990001',
      gateway: 'https://openapi.alipay.com/gateway.do',
      returnUrl: 'https://yigou.example.cn',
      timeoutMs: 10_000,
    });
    expect(c.privateKey).toBe(app.privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'));
  });

  it('stop the start with one line naming the setting', () => {
    const bad: [Record<string, string>, RegExp][] = [
      [{ ALIPAY_NOTIFY_URL: base.ALIPAY_NOTIFY_URL }, /ALIPAY_APP_ID: is required/],
      [{ ...base, ALIPAY_APP_ID: '12345' }, /ALIPAY_APP_ID: must be the 16-digit APPID/],
      [{ ...base, ALIPAY_PRIVATE_KEY: '' }, /ALIPAY_PRIVATE_KEY: is required/],
      [{ ...base, ALIPAY_PRIVATE_KEY: 'not a key' }, /ALIPAY_PRIVATE_KEY/],
      [
        {
          ...base,
          ALIPAY_PRIVATE_KEY: generateKeyPairSync('rsa', { modulusLength: 1024 })
            .privateKey.export({ format: 'pem', type: 'pkcs8' })
            .toString(),
        },
        /at least 2048 bits/,
      ],
      [
        { ...base, ALIPAY_PUBLIC_KEY: app.publicKey.export({ format: 'pem', type: 'spki' }).toString() },
        /ALIPAY_PUBLIC_KEY: is the application's own public key/,
      ],
      [{ ...base, ALIPAY_PUBLIC_KEY: 'MIIB' }, /ALIPAY_PUBLIC_KEY/],
      [{ ...base, ALIPAY_NOTIFY_URL: 'ftp://x' }, /ALIPAY_NOTIFY_URL: must start with/],
      [{ ...base, ALIPAY_NOTIFY_URL: 'https://api.example/webhooks/alipay?x=1' }, /query string/],
      [{ ...base, ALIPAY_RETURN_URL: '' }, /ALIPAY_RETURN_URL: is required/],
      [{ ...base, ALIPAY_TIMEOUT_MS: '5' }, /ALIPAY_TIMEOUT_MS/],
    ];
    for (const [env, message] of bad) {
      expect(() => loadConfig(env)).toThrow(message);
      expect(() => loadConfig(env)).toThrow(/^配置错误 ALIPAY_[A-Z_]+: [^\n]+$/);
    }
  });
});
