import { Controller, Inject, Post, Req, Res } from '@nestjs/common';
import type { RawBodyRequest } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { APP_CONFIG, AppConfig, Public, testNow } from '@yigou/server/core';
import { AlipayNotifyRejected, AlipayNotifyService } from '../services/alipay-notify.service';

/**
 * POST /webhooks/alipay (the notify_url): answered with plain `success` only once the notification is recorded —
 * anything else and Alipay sends it again (for up to 25 hours). A bad signature is `400 fail` and records nothing.
 * `X-Yigou-Result` says what the ledger did (for operators and tests; Alipay reads only the body).
 */
@Controller('webhooks')
export class AlipayNotifyController {
  constructor(
    private readonly notify: AlipayNotifyService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Post('alipay')
  async alipay(@Req() req: RawBodyRequest<FastifyRequest>, @Res() res: FastifyReply): Promise<void> {
    const params = AlipayNotifyService.parse(req.rawBody);
    const now = testNow(this.config, req.headers) ?? new Date();
    try {
      this.notify.verify(params, now);
    } catch (e) {
      if (!(e instanceof AlipayNotifyRejected)) throw e;
      res
        .status(400)
        .type('text/plain')
        .header('x-yigou-result', `rejected: ${e.message}`.replace(/[^\x20-\x7e]/g, '?').slice(0, 200))
        .send('fail');
      return;
    }
    const result = await this.notify.handle(params, now);
    res.status(200).type('text/plain').header('x-yigou-result', result).send('success');
  }
}
