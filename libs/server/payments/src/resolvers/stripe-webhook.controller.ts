import { BadRequestException, Controller, Headers, HttpCode, Inject, Post, Req } from '@nestjs/common';
import type { RawBodyRequest } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { APP_CONFIG, AppConfig, Public, testNow } from '@yigou/server/core';
import { StripeWebhookService, WebhookRejected } from '../services/stripe-webhook.service';

/** POST /webhooks/stripe: signature checked on the raw body (the app is created with rawBody: true). */
@Controller('webhooks')
export class StripeWebhookController {
  constructor(
    private readonly webhooks: StripeWebhookService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Post('stripe')
  @HttpCode(200)
  async stripe(
    @Req() req: RawBodyRequest<FastifyRequest>,
    @Headers('stripe-signature') signature: string | undefined,
  ): Promise<{ received: true; result: string }> {
    let event;
    try {
      event = this.webhooks.verify(req.rawBody, signature);
    } catch (e) {
      if (e instanceof WebhookRejected) throw new BadRequestException(e.message);
      throw e;
    }
    const result = await this.webhooks.handle(event, testNow(this.config, req.headers));
    return { received: true, result };
  }
}
