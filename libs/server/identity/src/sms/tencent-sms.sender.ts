import { sms } from 'tencentcloud-sdk-nodejs-sms';
import type { SmsProviderSettings } from '@yigou/server/core';
import { splitEndpoint } from './aliyun-sms.sender';
import { SmsSender, SmsSendError, VerificationMessage } from './sms-sender';

type Client = InstanceType<typeof sms.v20210111.Client>;

/** Tencent Cloud SMS (2021-01-11 SendSms, TC3-HMAC-SHA256 signed by the SDK). Template parameters: code, minutes. */
export class TencentSmsSender implements SmsSender {
  readonly name = 'tencent' as const;
  private readonly client: Client;

  constructor(private readonly settings: SmsProviderSettings) {
    const target = settings.endpoint ? splitEndpoint(settings.endpoint) : { host: 'sms.tencentcloudapi.com', protocol: 'https' as const };
    this.client = new sms.v20210111.Client({
      credential: { secretId: settings.accessKeyId, secretKey: settings.accessKeySecret },
      region: settings.region,
      profile: { httpProfile: { endpoint: target.host, protocol: `${target.protocol}://`, reqTimeout: 10 } },
    });
  }

  async send(message: VerificationMessage): Promise<void> {
    let status: { Code?: string; Message?: string } | undefined;
    try {
      const res = await this.client.SendSms({
        PhoneNumberSet: [`+86${message.phone}`],
        SmsSdkAppId: this.settings.appId ?? '',
        SignName: this.settings.signName,
        TemplateId: this.settings.templateId,
        TemplateParamSet: [message.code, String(message.validMinutes)],
      });
      status = res.SendStatusSet?.[0];
    } catch (e) {
      throw new SmsSendError('tencent', (e as { code?: string }).code ?? 'request', (e as Error).message);
    }
    if (status?.Code !== 'Ok') throw new SmsSendError('tencent', status?.Code ?? 'unknown', status?.Message ?? '');
  }
}
