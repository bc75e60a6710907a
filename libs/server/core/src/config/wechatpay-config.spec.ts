import { generateKeyPairSync } from 'node:crypto';
import { loadConfig } from './app-config';
import { loadWechatPayConfig } from './wechatpay-config';

const merchant = generateKeyPairSync('rsa', { modulusLength: 2048 });
const platform = generateKeyPairSync('rsa', { modulusLength: 2048 });
const full = {
  WECHATPAY_MCHID: '1900000109',
  WECHATPAY_APPID: 'wx0123456789abcdef',
  WECHATPAY_SERIAL_NO: '3775B6A45ACD588826D15E583A95F5DD',
  WECHATPAY_PRIVATE_KEY: merchant.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString().replace(/\n/g, '\\n'),
  WECHATPAY_APIV3_KEY: '0123456789abcdef0123456789abcdef',
  WECHATPAY_PLATFORM_CERT: platform.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  WECHATPAY_PLATFORM_SERIAL: 'PUB_KEY_ID_0119000001092024',
  WECHATPAY_NOTIFY_URL: 'https://shop.example.cn/webhooks/wechatpay',
};

describe('WeChat Pay settings', () => {
  it('off without WECHATPAY_MCHID; on with every setting (PEM with \\n escapes accepted)', () => {
    expect(loadConfig({}).wechatPay).toBeNull();
    expect(loadConfig(full).wechatPay).toMatchObject({
      mchid: '1900000109',
      platformSerial: 'PUB_KEY_ID_0119000001092024',
      baseUrl: 'https://api.mch.weixin.qq.com',
      timeoutMs: 10_000,
    });
  });

  it('names the one setting that is missing or wrong', () => {
    const { WECHATPAY_MCHID: _m, ...withoutMchid } = full;
    expect(() => loadConfig(withoutMchid)).toThrow(/^配置错误 WECHATPAY_MCHID: is required when WECHATPAY_\w+ is set$/);
    const { WECHATPAY_APIV3_KEY: _k, ...withoutKey } = full;
    expect(() => loadConfig(withoutKey)).toThrow(/WECHATPAY_APIV3_KEY: must be the 32-character APIv3 key/);
    expect(() => loadConfig({ ...full, WECHATPAY_PRIVATE_KEY: '/nowhere/apiclient_key.pem' })).toThrow(
      /WECHATPAY_PRIVATE_KEY: is neither a PEM nor a readable file/,
    );
    expect(() => loadConfig({ ...full, WECHATPAY_PLATFORM_CERT: '-----BEGIN PUBLIC KEY-----\\nxx\\n-----END PUBLIC KEY-----' })).toThrow(
      /WECHATPAY_PLATFORM_CERT/,
    );
    expect(() => loadConfig({ ...full, WECHATPAY_PLATFORM_SERIAL: '' })).toThrow(
      /WECHATPAY_PLATFORM_SERIAL: is required with a WeChat Pay public key/,
    );
    expect(() => loadConfig({ ...full, WECHATPAY_APPID: 'wx1' })).toThrow(/WECHATPAY_APPID/);
    expect(() =>
      loadWechatPayConfig({ ...full, NODE_ENV: 'production', WECHATPAY_NOTIFY_URL: 'http://shop.example.cn/webhooks/wechatpay' }),
    ).toThrow(/WECHATPAY_NOTIFY_URL: must be https/);
    expect(() => loadConfig({ ...full, WECHATPAY_TIMEOUT_MS: '5s' })).toThrow(/WECHATPAY_TIMEOUT_MS/);
  });
});
