import type { SmsConfig } from '@yigou/server/core';
import { AliyunSmsSender } from './aliyun-sms.sender';
import { SmsSender } from './sms-sender';
import { StandInSmsSender } from './stand-in-sms.sender';
import { TencentSmsSender } from './tencent-sms.sender';

/** The sender the settings name, or null when SMS is off (code-based features then answer 短信服务未开通). */
export function createSmsSender(config: SmsConfig): SmsSender | null {
  switch (config.provider) {
    case 'off':
      return null;
    case 'stand-in':
      return new StandInSmsSender();
    case 'aliyun':
      return new AliyunSmsSender(config);
    case 'tencent':
      return new TencentSmsSender(config);
  }
}
