import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { AlipaySdk } from 'alipay-sdk';
import { APP_CONFIG, AppConfig } from '@yigou/server/core';

/** The configured official Alipay SDK (RSA2, 普通公钥 mode), or null when ALIPAY_APP_ID is not set (Alipay unavailable). */
@Injectable()
export class AlipayGateway implements OnModuleInit {
  readonly sdk: AlipaySdk | null;
  constructor(@Inject(APP_CONFIG) readonly config: AppConfig) {
    const c = config.alipay;
    this.sdk = c
      ? new AlipaySdk({
          appId: c.appId,
          privateKey: c.privateKey,
          keyType: 'PKCS8',
          alipayPublicKey: c.alipayPublicKey,
          gateway: c.gateway,
          signType: 'RSA2',
          timeout: c.timeoutMs,
          // Alipay's documented field names (out_trade_no, trade_status …), not camelCase copies.
          camelcase: false,
        })
      : null;
  }

  onModuleInit(): void {
    if (this.config.nodeEnv === 'test') return;
    const c = this.config.alipay;
    new Logger('Alipay').log(
      c
        ? `支付宝已启用：APPID ${c.appId}，网关 ${c.gateway}，异步通知 ${c.notifyUrl}`
        : '支付宝未配置（ALIPAY_APP_ID 等），结算页不提供支付宝',
    );
  }
}
