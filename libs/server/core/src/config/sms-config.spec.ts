import { ConfigError, loadConfig } from './app-config';
import { smsConfig } from './sms-config';

const aliyun = {
  SMS_PROVIDER: 'aliyun',
  SMS_ACCESS_KEY_ID: 'LTAI',
  SMS_ACCESS_KEY_SECRET: 'secret',
  SMS_SIGN_NAME: '以购',
  SMS_TEMPLATE_ID: 'SMS_1',
};

describe('SMS settings', () => {
  it('defaults to the stand-in in development and tests, off in production', () => {
    expect(smsConfig({}, 'development')).toEqual({ provider: 'stand-in' });
    expect(smsConfig({}, 'test')).toEqual({ provider: 'stand-in' });
    expect(smsConfig({}, 'production')).toEqual({ provider: 'off' });
    expect(loadConfig({ NODE_ENV: 'test' }).sms).toEqual({ provider: 'stand-in' });
  });

  it('refuses the stand-in in production, with one line naming the setting', () => {
    expect(() => smsConfig({ SMS_PROVIDER: 'stand-in' }, 'production')).toThrow(ConfigError);
    expect(() => smsConfig({ SMS_PROVIDER: 'stand-in' }, 'production')).toThrow(
      /^配置错误 SMS_PROVIDER: stand-in only writes codes to the log/,
    );
  });

  it('names the missing or wrong setting of a real provider', () => {
    expect(() => smsConfig({ SMS_PROVIDER: 'twilio' }, 'production')).toThrow(
      '配置错误 SMS_PROVIDER: must be aliyun, tencent, stand-in or off, got "twilio"',
    );
    expect(() => smsConfig({ ...aliyun, SMS_TEMPLATE_ID: '' }, 'production')).toThrow(
      '配置错误 SMS_TEMPLATE_ID: is required when SMS_PROVIDER=aliyun',
    );
    expect(() => smsConfig({ ...aliyun, SMS_PROVIDER: 'tencent' }, 'production')).toThrow(
      '配置错误 SMS_APP_ID: is required when SMS_PROVIDER=tencent',
    );
    expect(() => smsConfig({ ...aliyun, SMS_ENDPOINT: 'ftp://x' }, 'production')).toThrow(/SMS_ENDPOINT/);
  });

  it('reads a complete Aliyun or Tencent configuration', () => {
    expect(smsConfig(aliyun, 'production')).toEqual({
      provider: 'aliyun',
      accessKeyId: 'LTAI',
      accessKeySecret: 'secret',
      signName: '以购',
      templateId: 'SMS_1',
      appId: null,
      region: 'cn-hangzhou',
      endpoint: null,
    });
    expect(smsConfig({ ...aliyun, SMS_PROVIDER: 'tencent', SMS_APP_ID: '1400000001' }, 'production')).toMatchObject({
      provider: 'tencent',
      appId: '1400000001',
      region: 'ap-guangzhou',
    });
  });
});
