import { BadRequestException, Controller, Headers, HttpCode, Post, Req } from '@nestjs/common';
import type { RawBodyRequest } from '@nestjs/common';
import type { Request } from 'express';
import { Public } from '@yigou/server/core';
import { StripeWebhookService, WebhookRejected } from './stripe-webhook.service';

/** POST /webhooks/stripe: signature checked on the raw body (the app is created with rawBody: true). */
@Controller('webhooks')
export class StripeWebhookController {
  constructor(private readonly webhooks: StripeWebhookService) {}

  @Public()
  @Post('stripe')
  @HttpCode(200)
  async stripe(@Req() req: RawBodyRequest<Request>, @Headers('stripe-signature') signature: string | undefined): Promise<{ received: true; result: string }> {
    let event;
    try {
      event = this.webhooks.verify(req.rawBody, signature);
    } catch (e) {
      if (e instanceof WebhookRejected) throw new BadRequestException(e.message);
      throw e;
    }
    const result = await this.webhooks.handle(event);
    return { received: true, result };
  }
}
