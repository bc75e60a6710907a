import { BadRequestException, Controller, HttpCode, Inject, Post, Req } from '@nestjs/common';
import type { RawBodyRequest } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { APP_CONFIG, AppConfig, Public, testNow } from '@yigou/server/core';
import { WechatNotificationRejected, WechatPayNotifyService } from '../services/wechatpay-notify.service';

/**
 * POST /webhooks/wechatpay: payment and refund notifications (notify_url). Checked on the raw body. WeChat Pay reads
 * 200/204 as received; anything else (400 with {code: 'FAIL'}) makes it send the notification again later.
 */
@Controller('webhooks')
export class WechatPayNotifyController {
  constructor(
    private readonly notifications: WechatPayNotifyService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Post('wechatpay')
  @HttpCode(200)
  async wechatpay(@Req() req: RawBodyRequest<FastifyRequest>): Promise<{ code: 'SUCCESS'; result: string }> {
    const header = (name: string) => {
      const v = req.headers[name];
      return Array.isArray(v) ? v[0] : v;
    };
    let notice;
    try {
      notice = this.notifications.verify(req.rawBody, {
        timestamp: header('wechatpay-timestamp'),
        nonce: header('wechatpay-nonce'),
        signature: header('wechatpay-signature'),
        serial: header('wechatpay-serial'),
      });
    } catch (e) {
      if (e instanceof WechatNotificationRejected) throw new BadRequestException({ code: 'FAIL', message: e.message });
      throw e;
    }
    const result = await this.notifications.handle(notice, testNow(this.config, req.headers));
    return { code: 'SUCCESS', result };
  }
}
