import Dysmsapi, { SendSmsRequest } from '@alicloud/dysmsapi20170525';
import { Config } from '@alicloud/openapi-client';
import type { SmsProviderSettings } from '@yigou/server/core';
import { SmsSender, SmsSendError, VerificationMessage } from './sms-sender';

/** host and protocol from SMS_ENDPOINT (`host`, `host:port` or `http(s)://host:port`). */
export function splitEndpoint(endpoint: string): { host: string; protocol: 'http' | 'https' } {
  const m = /^(https?):\/\/(.+)$/.exec(endpoint);
  return m ? { protocol: m[1] as 'http' | 'https', host: m[2] } : { protocol: 'https', host: endpoint };
}

/** Aliyun SMS (dysmsapi 2017-05-25 SendSms, RPC style signed by the SDK). Template: `验证码${code}，${min}分钟内有效`. */
export class AliyunSmsSender implements SmsSender {
  readonly name = 'aliyun' as const;
  private readonly client: Dysmsapi;

  constructor(private readonly settings: SmsProviderSettings) {
    const target = settings.endpoint ? splitEndpoint(settings.endpoint) : { host: 'dysmsapi.aliyuncs.com', protocol: 'https' as const };
    const config = new Config({
      accessKeyId: settings.accessKeyId,
      accessKeySecret: settings.accessKeySecret,
      regionId: settings.region,
      endpoint: target.host,
      protocol: target.protocol,
      connectTimeout: 5000,
      readTimeout: 10000,
    });
    this.client = new Dysmsapi(config as unknown as ConstructorParameters<typeof Dysmsapi>[0]);
  }

  async send(message: VerificationMessage): Promise<void> {
    const request = new SendSmsRequest({
      phoneNumbers: message.phone,
      signName: this.settings.signName,
      templateCode: this.settings.templateId,
      templateParam: JSON.stringify({ code: message.code, min: String(message.validMinutes) }),
    });
    let body: { code?: string; message?: string } | undefined;
    try {
      body = (await this.client.sendSms(request)).body;
    } catch (e) {
      throw new SmsSendError('aliyun', (e as { code?: string }).code ?? 'request', (e as Error).message);
    }
    if (body?.code !== 'OK') throw new SmsSendError('aliyun', body?.code ?? 'unknown', body?.message ?? '');
  }
}
